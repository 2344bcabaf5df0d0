using System.Collections.Frozen;

namespace GraphNews.Extraction.KnowledgeBase;

/// <summary>
/// Named closed word classes from Data/names.tsv and Data/syntax.tsv (org-word, function, aux, …),
/// looked up case-insensitively. Multi-word entries are matched as phrases.
/// </summary>
public sealed class WordLists
{
    // Frozen once read: every rule of the overlay asks them for most tokens of every sentence, and a frozen set answers
    // a word of no list (most words) without hashing it when no entry is as long.
    private readonly FrozenDictionary<string, FrozenSet<string>> singles;

    // Phrases by their first and by their last word, so a lookup compares only the phrases that can match there.
    private readonly FrozenDictionary<string, FrozenDictionary<string, string[][]>> phrasesByFirstWord;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string[][]>> phrasesByLastWord;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> values;

    public WordLists(IEnumerable<string[]> rows, Func<string, IReadOnlyList<string>> tokenize)
    {
        var singles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var phrasesByFirstWord = new Dictionary<string, Dictionary<string, List<string[]>>>(StringComparer.Ordinal);
        var phrasesByLastWord = new Dictionary<string, Dictionary<string, List<string[]>>>(StringComparer.Ordinal);
        var values = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var (list, word) = (row.Cell(0), row.Cell(1));
            if (list.Length == 0 || word.Length == 0)
            {
                continue;
            }

            var tokens = tokenize(word);
            if (tokens.Count == 1)
            {
                Set(singles, list).Add(tokens[0]);
            }
            else if (tokens.Count > 1)
            {
                var phrase = tokens.ToArray();
                Phrases(phrasesByFirstWord, list, phrase[0]).Add(phrase);
                Phrases(phrasesByLastWord, list, phrase[^1]).Add(phrase);
            }

            if (row.Cell(2).Length > 0)
            {
                if (!values.TryGetValue(list, out var map))
                {
                    map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    values[list] = map;
                }

                map[word] = row.Cell(2);
            }
        }

        this.singles = singles.ToFrozenDictionary(l => l.Key, l => l.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        this.phrasesByFirstWord = Freeze(phrasesByFirstWord);
        this.phrasesByLastWord = Freeze(phrasesByLastWord);
        this.values = values.ToFrozenDictionary(l => l.Key, l => l.Value.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string[][]>> Freeze(Dictionary<string, Dictionary<string, List<string[]>>> byList) =>
        byList.ToFrozenDictionary(
            l => l.Key,
            l => l.Value.ToFrozenDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
            StringComparer.Ordinal);

    /// <summary>The one-word entries of a list.</summary>
    public IEnumerable<string> Members(string list) => singles.TryGetValue(list, out var set) ? set : [];

    public bool Contains(string list, string token) => singles.TryGetValue(list, out var set) && set.Contains(token);

    /// <summary>True when the token is hyphenated and its last part, in lower case, is a listed word ("Kurdish-led" for "led").</summary>
    public bool ContainsLastHyphenPart(string list, string token)
    {
        var hyphen = token.LastIndexOf('-');
        return hyphen > 0 && hyphen < token.Length - 1 && Contains(list, token[(hyphen + 1)..].ToLowerInvariant());
    }

    /// <summary>The value column of an entry ("m" for the pronoun "he"), or null.</summary>
    public string? ValueOf(string list, string word) =>
        values.TryGetValue(list, out var map) && map.TryGetValue(word, out var value) ? value : null;

    /// <summary>True when tokens [start, end) end with a listed word or phrase of <paramref name="list"/>.</summary>
    public bool EndsWith(string list, IReadOnlyList<string> tokens, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        if (Contains(list, tokens[end - 1]))
        {
            return true;
        }

        return phrasesByLastWord.TryGetValue(list, out var byWord) && byWord.TryGetValue(tokens[end - 1], out var listed)
            && listed.Any(p => p.Length <= end - start && Matches(p, tokens, end - p.Length));
    }

    /// <summary>The length of a listed word or phrase of <paramref name="list"/> starting at <paramref name="start"/>, or 0.</summary>
    public int StartsWith(string list, IReadOnlyList<string> tokens, int start, int end)
    {
        if (start >= end)
        {
            return 0;
        }

        var best = Contains(list, tokens[start]) ? 1 : 0;
        if (phrasesByFirstWord.TryGetValue(list, out var byWord) && byWord.TryGetValue(tokens[start], out var listed))
        {
            foreach (var p in listed)
            {
                if (p.Length > best && p.Length <= end - start && Matches(p, tokens, start))
                {
                    best = p.Length;
                }
            }
        }

        return best;
    }

    private static HashSet<string> Set(Dictionary<string, HashSet<string>> singles, string list)
    {
        if (!singles.TryGetValue(list, out var set))
        {
            set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            singles[list] = set;
        }

        return set;
    }

    private static List<string[]> Phrases(Dictionary<string, Dictionary<string, List<string[]>>> byList, string list, string word)
    {
        if (!byList.TryGetValue(list, out var byWord))
        {
            byWord = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
            byList[list] = byWord;
        }

        if (!byWord.TryGetValue(word, out var listed))
        {
            listed = [];
            byWord[word] = listed;
        }

        return listed;
    }

    private static bool Matches(string[] phrase, IReadOnlyList<string> tokens, int start)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(phrase[i], tokens[start + i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
