namespace GraphNews.Extraction.Ner;

/// <summary>
/// The summed weights of the features a word carries wherever it stands (the word, its exact form, shape, affixes and
/// clusters), per word as written, for the sentences tagged after it: most tokens of news are words met before ("the",
/// "said", "Trump"), so their scoring reads only the features of their context. The sums are whole quantised weights, so
/// emissions come out exactly as without them. One per tagger scratch, never shared; bounded, emptied when full.
/// </summary>
public sealed class WordScores
{
    /// <summary>Words kept at most: the common words of news and the names of the day, about 1.5 MB of sums.</summary>
    public const int Capacity = 16384;

    /// <summary>Sums per word: one per label, padded as the weight rows are.</summary>
    public const int Width = QuantisedRows.Width;

    private readonly Dictionary<string, int> entries = new(StringComparer.Ordinal);
    private readonly int[] sums = new int[Capacity * Width];

    /// <summary>The entry holding the word's sums, or -1.</summary>
    public int Find(string word) => entries.TryGetValue(word, out var entry) ? entry : -1;

    /// <summary>Empties the store when a sentence of <paramref name="words"/> new words might not fit, before entries are read for it.</summary>
    public void MakeRoom(int words)
    {
        if (entries.Count + words > Capacity)
        {
            entries.Clear();
        }
    }

    /// <summary>Stores the sums of a word not held yet; a word met twice in one sentence keeps its first entry.</summary>
    public void Add(string word, ReadOnlySpan<int> wordSums)
    {
        if (entries.Count < Capacity && entries.TryAdd(word, entries.Count))
        {
            wordSums.CopyTo(Sums(entries.Count - 1));
        }
    }

    public Span<int> Sums(int entry) => sums.AsSpan(entry * Width, Width);
}
