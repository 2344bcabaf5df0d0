using System.Text.RegularExpressions;
using static GraphNews.Extraction.Ner.SportsTokens;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A line of a sports results table ("Bolton 3 Leeds 1", "Feyenoord Rotterdam 2 Ajax Amsterdam 0") names two teams,
/// a row of a standings table ("Newcastle 4 3 0 1 9 5 9") one, and a team named after its town is an organisation
/// there, not the town. A results line may list each team's scorers in brackets after its score ("Brazil 1 ( Ronaldo 20 )
/// Norway 1 ( Ole Gunnar Solskjaer 55 , Flo 78 pen )"): they are people. A row led by a known first name is a player's and
/// is left alone. A header row of a table ("W L PCT GB") names nobody. Known names keep the knowledge base's type
/// (national teams are named by their country, which news NER corpora tag as a place).
/// </summary>
/// <param name="knownType">The BIO type of tokens [start, end) when they are exactly a country or organisation the knowledge base knows, else null.</param>
/// <param name="isFirstName">Whether a word is a known first name: a standings row led by one is a player's.</param>
/// <param name="isParticle">Whether a lower-case word may stand inside a name ("Vasco da Gama 3 Bragantino 1").</param>
public sealed partial class ResultsLines(Func<IReadOnlyList<string>, int, int, string?> knownType, Func<string, bool> isFirstName, Func<string, bool>? isParticle = null)
{
    /// <param name="tokens">One sentence.</param>
    /// <param name="tags">Its BIO tags, rewritten in place.</param>
    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        var scorers = new List<(int Start, int End)>();
        var named = new List<(int Start, int End)>();
        if ((Teams(tokens, scorers, named) ?? StandingsRow(tokens)) is not { } teams || teams.Any(t => isFirstName(tokens[t.Start])))
        {
            return;
        }

        Array.Fill(tags, EntityLabels.OutsideTag);
        foreach (var (start, end) in teams)
        {
            SpanReader.Write(tags, start, end, knownType(tokens, start, end) ?? "ORG");
        }

        foreach (var (start, end) in named)
        {
            SpanReader.Write(tags, start, end, knownType(tokens, start, end) ?? "ORG");
        }

        foreach (var (start, end) in scorers)
        {
            SpanReader.Write(tags, start, end, "PER");
        }
    }

    /// <summary>
    /// The two team names when the sentence is "NAME [( COUNTRY )] SCORE [( SCORERS )] NAME [( COUNTRY )] SCORE [( SCORERS )]", perhaps followed by the
    /// rest of a match summary after a full stop (". Halftime 1-1 . Attendance 35,000") or a note ("( OT )"), else null;
    /// the scorers' names are added to <paramref name="scorers"/>. A club's founding year leads its name and a number with
    /// a leading zero ends it ("1860 Munich 2", "Schalke 04 0").
    /// </summary>
    private (int Start, int End)[]? Teams(IReadOnlyList<string> tokens, List<(int Start, int End)> scorers, List<(int Start, int End)> named)
    {
        var count = CountWithoutFullStop(tokens);
        var teams = new List<(int, int)>();
        var i = 0;
        while (i < count && teams.Count < 2)
        {
            var start = i;
            var nameStart = IsClubYear(tokens, i, count) ? i + 1 : i;
            i = NameEnd(tokens, nameStart, count, isParticle);
            if (i > nameStart && i + 1 < count && ClubNumber().IsMatch(tokens[i]) && IsScore(tokens[i + 1]))
            {
                i++;
            }

            var nameEnd = i;
            if (i > nameStart && CountryInBrackets(tokens, i, count) is { } country)
            {
                named.Add(country);
                i = country.End + 1;
            }

            if (i == nameStart || i >= count || !IsScore(tokens[i]))
            {
                return null;
            }

            teams.Add((start, nameEnd));
            i++;
            if (i < count && tokens[i] == "(" && !(teams.Count == 2 && IsMatchNote(tokens, i, count)))
            {
                if (Players(tokens, i + 1, count, scorers, closedBy: ")", IsMinute, isParticle) is { } close)
                {
                    i = close + 1;
                }
                else if (teams.Count == 2 && tokens[count - 1] == ")")
                {
                    // "( Cerezo Osaka won 4-3 on penalties )": a closing note that names a side.
                    NameSidesInNote(tokens, i + 1, count - 1, teams, named);
                    i = count;
                }
                else
                {
                    return null;
                }
            }
        }

        return teams.Count == 2 && (i >= count || tokens[i] == "." || IsMatchNote(tokens, i, count)) ? [.. teams] : null;
    }

    /// <summary>
    /// Capitalised words of a closing note that begin a side's name are that side ("Nagoya" of "Nagoya Grampus Eight"),
    /// written with the names the line holds (<paramref name="named"/>, read by <see cref="Apply"/> as organisations, or
    /// places when the knowledge base knows a country).
    /// </summary>
    private static void NameSidesInNote(IReadOnlyList<string> tokens, int from, int to, List<(int Start, int End)> teams, List<(int Start, int End)> named)
    {
        for (var i = from; i < to; i++)
        {
            var end = NameEnd(tokens, i, to);
            if (end == i)
            {
                continue;
            }

            var length = end - i;
            if (teams.Any(team => team.End - team.Start >= length && Enumerable.Range(0, length).All(k => tokens[team.Start + k] == tokens[i + k])))
            {
                named.Add((i, end));
            }

            i = end - 1;
        }
    }

    /// <summary>"Benetton Treviso ( Italy ) 85": the country a club comes from, in brackets before its score.</summary>
    private (int Start, int End)? CountryInBrackets(IReadOnlyList<string> tokens, int open, int count)
    {
        if (open + 2 >= count || tokens[open] != "(")
        {
            return null;
        }

        var end = NameEnd(tokens, open + 1, count, isParticle);
        return end > open + 1 && end + 1 < count && tokens[end] == ")" && IsScore(tokens[end + 1]) && knownType(tokens, open + 1, end) == "LOC" ? (open + 1, end) : null;
    }

    /// <summary>
    /// A bracketed note of words and figures without names ending the line: "( OT )", "( aet )", "( after extra time )",
    /// "( halftime 1-1 )", "( 11 innings )".
    /// </summary>
    private static bool IsMatchNote(IReadOnlyList<string> tokens, int i, int count) =>
        tokens[i] == "(" && tokens[count - 1] == ")" && count - i > 2
        && Enumerable.Range(i + 1, count - i - 2).All(k => IsFigure(tokens[k]) || (tokens[k].All(char.IsLetter) && (tokens[k].All(char.IsLower) || tokens[k].Length <= 3)));

    /// <summary>A year no score can be, before a name word: "1860" of "1860 Munich".</summary>
    private static bool IsClubYear(IReadOnlyList<string> tokens, int i, int count) =>
        i + 1 < count && tokens[i].Length == 4 && tokens[i].All(char.IsAsciiDigit) && !IsScore(tokens[i]) && NameEnd(tokens, i + 1, count) > i + 1;

    [GeneratedRegex(@"^0\d$")]
    private static partial Regex ClubNumber();

    /// <summary>
    /// The team of a standings row: "Newcastle 4 3 0 1 9 5 9", "NEW YORK 74 57 .565 -", "BALTIMORE 67 63 .515 6 1/2" (a name,
    /// then three table cells or more, two of them whole numbers, and nothing else; a cell is a number, a winning
    /// percentage, a fraction of a game, "2-1/2" games behind, or a dash).
    /// </summary>
    private (int Start, int End)[]? StandingsRow(IReadOnlyList<string> tokens)
    {
        var end = NameEnd(tokens, 0, tokens.Count, isParticle);
        var cells = tokens.Skip(end).ToList();
        return end > 0 && cells.Count >= 3 && cells.All(IsTableCell) && cells.Count(IsScore) >= 2 ? [(0, end)] : null;
    }

    private static bool IsTableCell(string token) =>
        IsScore(token) || token == "-" || TableFraction().IsMatch(token);

    [GeneratedRegex(@"^(\d*\.\d+|(\d+-)?\d+/\d+)$")]
    private static partial Regex TableFraction();

    /// <summary>
    /// A header row of a table: three abbreviations or more, in capitals as written (read it before headline casing
    /// restores them), one of them a single letter ("W L PCT GB", "P W D L F A PTS").
    /// </summary>
    public static bool IsTableHeader(IReadOnlyList<string> tokens) =>
        tokens.Count >= 3 && tokens.All(t => t.Length is >= 1 and <= 3 && t.All(char.IsUpper)) && tokens.Any(t => t.Length == 1);
}
