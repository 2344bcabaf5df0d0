using System.Collections.Frozen;
using System.Globalization;

namespace GraphNews.Stories;

/// <summary>Turns title and text into hashed terms with sublinear frequencies, dropping function words.</summary>
public sealed class TextTerms
{
    private readonly FrozenSet<string> stopwords;

    public TextTerms(IEnumerable<string> stopwords) => this.stopwords = stopwords.ToFrozenSet(StringComparer.Ordinal);

    public static TextTerms LoadDefault()
    {
        using var stream = typeof(TextTerms).Assembly.GetManifestResourceStream("GraphNews.Stories.Data.stopwords.txt")
            ?? throw new InvalidOperationException("The stop-word list is missing from GraphNews.Stories.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                words.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return new TextTerms(words);
    }

    /// <summary>
    /// The article's <paramref name="limit"/> most frequent terms (title words count twice: the headline
    /// says what the article is about), as (hash, 1 + ln tf), most frequent first.
    /// </summary>
    public IReadOnlyList<(int Hash, float Weight)> Extract(string title, string text, int limit) =>
        Words(title, text, limit).Select(w => (Hash(w.Term), w.Weight)).ToList();

    /// <summary>As <see cref="Extract"/>, with each term as its word.</summary>
    public IReadOnlyList<(string Term, float Weight)> Words(string title, string text, int limit)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var position = 0;
        void Add(string source, int times)
        {
            foreach (var token in Tokens(source))
            {
                counts[token] = counts.TryGetValue(token, out var seen) ? (seen.Count + times, seen.First) : (times, position);
                position++;
            }
        }

        Add(title, 2);
        Add(text, 1);
        return counts
            .OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First)
            .Take(limit)
            .Select(c => (c.Key, (float)(1 + Math.Log(c.Value.Count))))
            .ToList();
    }

    /// <summary>The lower-case words of a name that can identify it (three letters or more).</summary>
    public static HashSet<string> NameWords(string name) =>
        name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLower(CultureInfo.InvariantCulture))
            .Where(w => w.Length >= 3)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A hash that is the same in every process (string.GetHashCode is not), since signatures are stored.</summary>
    public static int Hash(string term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return unchecked((int)hash);
    }

    private IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var token = text[start..i].ToLower(CultureInfo.InvariantCulture);
                start = -1;
                if (token.Length >= 3 && !stopwords.Contains(token) && !token.All(char.IsDigit))
                {
                    yield return token;
                }
            }
        }
    }
}
