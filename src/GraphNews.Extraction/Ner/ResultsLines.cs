using System.Globalization;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A line of a sports results table ("Bolton 3 Leeds 1", "Feyenoord Rotterdam 2 Ajax Amsterdam 0") names two teams,
/// and a team named after its town is an organisation there, not the town. Countries keep their type (national
/// teams are named by their country, which news NER corpora tag as a place) and known organisations stay organisations.
/// </summary>
public static class ResultsLines
{
    private const int MaxScore = 200;

    /// <param name="tokens">One sentence.</param>
    /// <param name="tags">Its BIO tags, rewritten in place.</param>
    /// <param name="isKnownName">Whether tokens [start, end) are exactly a country or organisation the knowledge base knows.</param>
    public static void Apply(IReadOnlyList<string> tokens, string[] tags, Func<int, int, bool> isKnownName)
    {
        if (Teams(tokens) is not { } teams)
        {
            return;
        }

        foreach (var (start, end) in teams)
        {
            // The score after a name is no part of it.
            tags[end] = EntityLabels.OutsideTag;
            if (isKnownName(start, end))
            {
                continue;
            }

            tags[start] = "B-ORG";
            for (var i = start + 1; i < end; i++)
            {
                tags[i] = "I-ORG";
            }
        }
    }

    /// <summary>The two team names when the sentence is "NAME SCORE NAME SCORE" (an optional final full stop), else null.</summary>
    private static (int Start, int End)[]? Teams(IReadOnlyList<string> tokens)
    {
        var count = tokens.Count > 0 && tokens[^1] == "." ? tokens.Count - 1 : tokens.Count;
        var teams = new List<(int, int)>();
        var i = 0;
        while (i < count)
        {
            var start = i;
            while (i < count && IsNameWord(tokens[i]))
            {
                i++;
            }

            if (i == start || i >= count || !IsScore(tokens[i]))
            {
                return null;
            }

            teams.Add((start, i));
            i++;
        }

        return teams.Count == 2 ? [.. teams] : null;
    }

    private static bool IsNameWord(string token) => token.Length > 0 && char.IsUpper(token[0]) && token.All(c => char.IsLetter(c) || c is '-' or '.' or '\'');

    private static bool IsScore(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score <= MaxScore;
}
