using System.Globalization;
using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A batting line of a cricket scorecard ("M. Atherton c Moin Khan b Wasim Akram 12", "N. Hussain lbw b Mushtaq Ahmed 8",
/// "G. Thorpe run out 54") names the batsman and the fielder and bowler of the dismissal. Each run of capitalised words
/// next to a dismissal word (<c>dismissal</c> in Data/names.tsv, written in lower case: c, b, lbw, st, run out, not out …)
/// is a person, and the dismissal words split what the model read as one name ("Moin Khan b Wasim Akram").
/// A line is a batting line when it ends in the runs scored and has a dismissal word after a name.
/// </summary>
public sealed class Scorecards(WordLists words)
{
    private const string Dismissal = "dismissal";

    /// <param name="tokens">One sentence.</param>
    /// <param name="tags">Its BIO tags, rewritten in place when it is a batting line.</param>
    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        if (tokens.Count < 3 || !IsRuns(tokens[^1]))
        {
            return;
        }

        // Names and dismissals in line order; anything else makes it no batting line.
        var parts = new List<(int Start, int End, bool IsName)>();
        var i = 0;
        while (i < tokens.Count - 1)
        {
            var dismissal = IsLowerCase(tokens[i]) ? words.StartsWith(Dismissal, tokens, i, tokens.Count - 1) : 0;
            if (dismissal > 0)
            {
                parts.Add((i, i + dismissal, false));
                i += dismissal;
                continue;
            }

            var end = i;
            while (end < tokens.Count - 1 && IsNameWord(tokens, end))
            {
                end++;
            }

            if (end == i)
            {
                return;
            }

            parts.Add((i, end, true));
            i = end;
        }

        if (parts.Count < 2 || !parts[0].IsName || parts[1].IsName)
        {
            return;
        }

        Array.Fill(tags, EntityLabels.OutsideTag);
        foreach (var (start, end, isName) in parts.Where(p => p.IsName))
        {
            SpanReader.Write(tags, start, end, "PER");
        }
    }

    /// <summary>A capitalised word, an initial ("M."), or a name particle before one ("de Silva", "ul Haq").</summary>
    private bool IsNameWord(IReadOnlyList<string> tokens, int i) =>
        (tokens[i].Length > 0 && char.IsUpper(tokens[i][0]))
        || (words.Contains("person-particle", tokens[i]) && i + 1 < tokens.Count - 1 && tokens[i + 1].Length > 0 && char.IsUpper(tokens[i + 1][0]));

    private static bool IsLowerCase(string token) => token.Length > 0 && (char.IsLower(token[0]) || token == "&");

    /// <summary>Runs scored: a number, with a star for a batsman not out ("54*").</summary>
    private static bool IsRuns(string token) =>
        int.TryParse(token.TrimEnd('*'), NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs < 1000;
}
