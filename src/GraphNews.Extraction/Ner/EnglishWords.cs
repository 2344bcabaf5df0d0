namespace GraphNews.Extraction.Ner;

/// <summary>
/// Common English words in lower case (SCOWL, see <c>Lexicons/SCOWL-LICENSE.txt</c>), beside the model's own vocabulary,
/// which misses words such as "schoolboy": read by the rules only, never a model feature. Loaded once, on first use.
/// </summary>
public static class EnglishWords
{
    private static readonly Lazy<HashSet<ulong>> Words = new(() =>
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("GraphNews.Extraction.Ner.Lexicons.english-words.txt")
            ?? throw new InvalidOperationException("The English word list is missing from the GraphNews.Extraction assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<ulong>();
        while (reader.ReadLine() is { } word)
        {
            if (word.Length > 0)
            {
                words.Add(FeatureHash.Lower(word));
            }
        }

        return words;
    });

    /// <summary>Whether a word (its <see cref="FeatureHash.Lower(ReadOnlySpan{char})"/> hash) is a common English word.</summary>
    public static bool Contains(ulong lowerHash) => Words.Value.Contains(lowerHash);

    public static bool Contains(string word) => Contains(FeatureHash.Lower(word));
}
