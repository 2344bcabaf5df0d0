using System.Globalization;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A line of a sports results table ("Bolton 3 Leeds 1", "Feyenoord Rotterdam 2 Ajax Amsterdam 0") names two teams,
/// a row of a standings table ("Newcastle 4 3 0 1 9 5 9") one, and a team named after its town is an organisation
/// there, not the town. A row led by a known first name is a player's and is left alone. Countries keep their type (national
/// teams are named by their country, which news NER corpora tag as a place) and known organisations stay organisations.
/// </summary>
/// <param name="isKnownName">Whether tokens [start, end) of a sentence are exactly a country or organisation the knowledge base knows.</param>
/// <param name="isFirstName">Whether a word is a known first name: a standings row led by one is a player's.</param>
public sealed class ResultsLines(Func<IReadOnlyList<string>, int, int, bool> isKnownName, Func<string, bool> isFirstName)
{
    private const int MaxScore = 200;

    /// <param name="tokens">One sentence.</param>
    /// <param name="tags">Its BIO tags, rewritten in place.</param>
    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        if ((Teams(tokens) ?? StandingsRow(tokens)) is not { } teams || teams.Any(t => isFirstName(tokens[t.Start])))
        {
            return;
        }

        foreach (var (start, end) in teams)
        {
            // The score after a name is no part of it.
            if (end < tags.Length)
            {
                tags[end] = EntityLabels.OutsideTag;
            }

            if (isKnownName(tokens, start, end))
            {
                continue;
            }

            SpanReader.Write(tags, start, end, "ORG");
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

    /// <summary>The team of a standings row: "Newcastle 4 3 0 1 9 5 9" (a name, then three numbers or more, and nothing else).</summary>
    private static (int Start, int End)[]? StandingsRow(IReadOnlyList<string> tokens)
    {
        var end = 0;
        while (end < tokens.Count && IsNameWord(tokens[end]))
        {
            end++;
        }

        return end > 0 && tokens.Count - end >= 3 && tokens.Skip(end).All(IsScore) ? [(0, end)] : null;
    }

    private static bool IsNameWord(string token) => token.Length > 0 && char.IsUpper(token[0]) && token.All(c => char.IsLetter(c) || c is '-' or '.' or '\'');

    private static bool IsScore(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score <= MaxScore;
}
