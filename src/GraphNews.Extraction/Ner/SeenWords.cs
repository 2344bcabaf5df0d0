namespace GraphNews.Extraction.Ner;

/// <summary>
/// What the tagger worked out about each word it met, per word as written, for the sentences tagged after it: the word's
/// lower-case hash, case, shape, clusters and whether the knowledge phrases start with it, and the summed weights of the
/// features it carries wherever it stands (the word, its exact form, shape, affixes and clusters). Most tokens of news are
/// words met before ("the", "said", "Trump"), so they cost only the features of their context. The sums are whole
/// quantised weights, so emissions come out exactly as without them. One per tagger scratch, never shared; bounded,
/// emptied when full.
/// </summary>
public sealed class SeenWords
{
    /// <summary>Words kept at most: the common words of news and the names of the day, about 3 MB.</summary>
    public const int Capacity = 16384;

    /// <summary>Sums per word: one per label, padded as the weight rows are.</summary>
    public const int Width = QuantisedRows.Width;

    private readonly Dictionary<string, int> entries = new(StringComparer.Ordinal);
    private readonly WordFacts[] facts = new WordFacts[Capacity];
    private readonly int[] sums = new int[Capacity * Width];

    /// <summary>The entry of the word, or -1.</summary>
    public int Find(string word) => entries.TryGetValue(word, out var entry) ? entry : -1;

    /// <summary>Empties the store when a sentence of <paramref name="words"/> new words might not fit, before entries are read for it.</summary>
    public void MakeRoom(int words)
    {
        if (entries.Count + words > Capacity)
        {
            entries.Clear();
        }
    }

    /// <summary>Stores a word not held yet; a word met twice in one sentence keeps its first entry.</summary>
    public void Add(string word, in WordFacts wordFacts, ReadOnlySpan<int> wordSums)
    {
        if (entries.Count < Capacity && entries.TryAdd(word, entries.Count))
        {
            var entry = entries.Count - 1;
            facts[entry] = wordFacts;
            wordSums.CopyTo(Sums(entry));
        }
    }

    public ref readonly WordFacts Facts(int entry) => ref facts[entry];

    public Span<int> Sums(int entry) => sums.AsSpan(entry * Width, Width);
}

/// <summary>What a word as written gives every feature of it, wherever it stands.</summary>
public readonly record struct WordFacts(ulong Lower, CaseClass Case, ulong Shape, uint Cluster, uint EmbeddingCluster, PhraseLookup KnownFirst, int KnownFirstType);
