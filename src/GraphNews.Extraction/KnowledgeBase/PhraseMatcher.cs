namespace GraphNews.Extraction.KnowledgeBase;

/// <summary>
/// Finds the longest listed phrase (a sequence of tokens) starting at a token position. Built once from
/// data files, then read-only, so one instance serves every thread.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Tokens, List<T> Values)>> byFirstToken;
    private readonly Dictionary<string, List<(string[] Tokens, List<T> Values)>> byFoldedFirstToken;
    private readonly StringComparer comparer;

    public PhraseMatcher(bool ignoreCase)
    {
        comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        byFirstToken = new Dictionary<string, List<(string[], List<T>)>>(comparer);
        byFoldedFirstToken = new Dictionary<string, List<(string[], List<T>)>>(comparer);
    }

    public int Count { get; private set; }

    /// <param name="alsoFolded">
    /// The phrase also matches text that writes its letters with other accents or none ("México", "Cote d'Ivoire"), when
    /// no phrase matches as written; the listed phrases (<see cref="Entries"/>) stay as they are.
    /// </param>
    public void Add(IReadOnlyList<string> phrase, T value, bool alsoFolded = false)
    {
        if (phrase.Count == 0)
        {
            return;
        }

        if (Add(byFirstToken, phrase, value))
        {
            Count++;
        }

        if (alsoFolded)
        {
            Add(byFoldedFirstToken, phrase.Select(Diacritics.Fold).ToArray(), value);
        }
    }

    /// <returns>Whether the phrase is new.</returns>
    private bool Add(Dictionary<string, List<(string[] Tokens, List<T> Values)>> index, IReadOnlyList<string> phrase, T value)
    {
        if (!index.TryGetValue(phrase[0], out var candidates))
        {
            candidates = [];
            index[phrase[0]] = candidates;
        }

        foreach (var (tokens, values) in candidates)
        {
            if (tokens.Length == phrase.Count && tokens.Select((t, i) => comparer.Equals(t, phrase[i])).All(x => x))
            {
                if (!values.Contains(value))
                {
                    values.Add(value);
                }

                return false;
            }
        }

        candidates.Add((phrase.ToArray(), [value]));
        candidates.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        return true;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/> that ends before <paramref name="limit"/>.</summary>
    public PhraseMatch<T>? Match(IReadOnlyList<string> tokens, int start, int limit)
    {
        if (start >= limit)
        {
            return null;
        }

        if (byFirstToken.TryGetValue(tokens[start], out var candidates) && Longest(candidates, tokens, start, limit, folded: false) is { } match)
        {
            return match;
        }

        return byFoldedFirstToken.Count > 0 && byFoldedFirstToken.TryGetValue(Diacritics.Fold(tokens[start]), out var folded)
            ? Longest(folded, tokens, start, limit, folded: true)
            : null;
    }

    private PhraseMatch<T>? Longest(List<(string[] Tokens, List<T> Values)> candidates, IReadOnlyList<string> tokens, int start, int limit, bool folded)
    {
        foreach (var (phrase, values) in candidates)
        {
            if (start + phrase.Length > limit)
            {
                continue;
            }

            var matches = true;
            for (var i = 1; i < phrase.Length && matches; i++)
            {
                matches = comparer.Equals(phrase[i], folded ? Diacritics.Fold(tokens[start + i]) : tokens[start + i]);
            }

            if (matches)
            {
                return new PhraseMatch<T>(start, start + phrase.Length, values);
            }
        }

        return null;
    }

    /// <summary>Every listed phrase with its values.</summary>
    public IEnumerable<(string[] Tokens, IReadOnlyList<T> Values)> Entries =>
        byFirstToken.Values.SelectMany(candidates => candidates.Select(c => (c.Tokens, (IReadOnlyList<T>)c.Values)));

    public bool Contains(string singleToken) =>
        byFirstToken.TryGetValue(singleToken, out var candidates) && candidates.Any(c => c.Tokens.Length == 1);
}

/// <summary>A phrase found at tokens [Start, End) with the values listed for it.</summary>
public sealed record PhraseMatch<T>(int Start, int End, IReadOnlyList<T> Values)
{
    public int Length => End - Start;
}
