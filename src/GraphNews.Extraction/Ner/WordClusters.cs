using System.Numerics;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Hierarchical word clusters (lower-case word hash → bit path with a leading 1 bit), learned from
/// unlabelled text. Words with similar contexts share path prefixes, so a name never seen in the
/// labelled data still gets the features of its cluster.
/// </summary>
public sealed class WordClusters(Dictionary<ulong, uint> paths)
{
    public static readonly int[] PrefixLengths = [4, 8, 12, 20];

    public static WordClusters Empty { get; } = new([]);

    public int Count => paths.Count;

    public IReadOnlyDictionary<ulong, uint> Entries => paths;

    public uint ClusterOf(ulong lowerHash) => paths.GetValueOrDefault(lowerHash);

    /// <summary>The first <paramref name="bits"/> bits of the path (the whole path if shorter).</summary>
    public static uint Prefix(uint path, int bits)
    {
        var length = 31 - BitOperations.LeadingZeroCount(path);
        return length <= bits ? path : path >> (length - bits);
    }
}
