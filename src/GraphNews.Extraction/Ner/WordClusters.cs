using System.Numerics;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Hierarchical word clusters (lower-case word hash → bit path with a leading 1 bit), learned from
/// unlabelled text or read from a cluster file. Words with similar contexts share path prefixes, so a
/// name never seen in the labelled data still gets the features of its cluster.
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

    /// <summary>The path as the string of its bits after the leading 1 ("0110"), as cluster files write it.</summary>
    public static string FormatPath(uint path)
    {
        if (path == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(path), "A bit path starts with a 1 bit.");
        }

        var length = 31 - BitOperations.LeadingZeroCount(path);
        return length == 0 ? string.Empty : Convert.ToString(path & ((1u << length) - 1), 2).PadLeft(length, '0');
    }

    /// <summary>Reads a cluster file: <c>word&lt;TAB&gt;bitpath</c> per line, '#' lines and blank lines ignored.</summary>
    public static WordClusters Read(string path)
    {
        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    /// <inheritdoc cref="Read(string)"/>
    public static WordClusters Read(TextReader reader, string source)
    {
        var entries = new Dictionary<ulong, uint>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 2 || fields[0].Trim().Length == 0)
            {
                throw new InvalidDataException($"{source}, line {number}: expected 'word<TAB>bitpath', found '{Shorten(line)}'.");
            }

            var bits = fields[1].Trim();
            if (bits.Length > 31 || bits.Any(c => c is not ('0' or '1')))
            {
                throw new InvalidDataException($"{source}, line {number}: the bit path '{Shorten(bits)}' is not a string of at most 31 zeros and ones.");
            }

            var cluster = 1u;
            foreach (var bit in bits)
            {
                cluster = (cluster << 1) | (bit == '1' ? 1u : 0u);
            }

            var word = fields[0].Trim();
            if (!entries.TryAdd(FeatureHash.Lower(word), cluster))
            {
                throw new InvalidDataException($"{source}, line {number}: the word '{Shorten(word)}' is listed twice (words are compared in lower case).");
            }
        }

        return new WordClusters(entries);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
