using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A line of a sports results table ("Bolton 3 Leeds 1", "Feyenoord Rotterdam 2 Ajax Amsterdam 0") names two teams,
/// a row of a standings table ("Newcastle 4 3 0 1 9 5 9") one, and a team named after its town is an organisation
/// there, not the town. A results line may list each team's scorers in brackets after its score ("Brazil 1 ( Ronaldo 20 )
/// Norway 1 ( Ole Gunnar Solskjaer 55 , Flo 78 pen )"): they are people. A row led by a known first name is a player's and
/// is left alone. A line of players with their figures ("Scorers : Alan Shearer 13 , Les Ferdinand 55", "Bowling : Wasim
/// Akram 25-4-70-3") names people, and a line of a ranking ("9 - Les Ferdinand ( Newcastle ) , Dwight Yorke ( Aston Villa )")
/// people and their teams. A header row of a table ("W L PCT GB") names nobody. Known names keep the knowledge base's
/// type (national teams are named by their country, which news NER corpora tag as a place).
/// </summary>
/// <param name="knownType">The BIO type of tokens [start, end) when they are exactly a country or organisation the knowledge base knows, else null.</param>
/// <param name="isFirstName">Whether a word is a known first name: a standings row led by one is a player's.</param>
/// <param name="isPlayersCue">Whether a word heads a line of players with their figures ("Scorers", <c>players-cue</c> in Data/names.tsv).</param>
public sealed partial class ResultsLines(Func<IReadOnlyList<string>, int, int, string?> knownType, Func<string, bool> isFirstName, Func<string, bool> isPlayersCue)
{
    private const int MaxScore = 200;

    /// <param name="tokens">One sentence.</param>
    /// <param name="tags">Its BIO tags, rewritten in place.</param>
    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        var scorers = new List<(int Start, int End)>();
        var count = tokens.Count > 0 && tokens[^1] == "." ? tokens.Count - 1 : tokens.Count;
        if (count > 2 && isPlayersCue(tokens[0]) && tokens[1] == ":" && Scorers(tokens, 2, count, scorers, closedBy: null, IsFigure) is not null)
        {
            Array.Fill(tags, EntityLabels.OutsideTag);
            foreach (var (start, end) in scorers)
            {
                SpanReader.Write(tags, start, end, "PER");
            }

            return;
        }

        if (RankingLine(tokens, count) is { } ranked)
        {
            Array.Fill(tags, EntityLabels.OutsideTag);
            foreach (var (person, team) in ranked)
            {
                SpanReader.Write(tags, person.Start, person.End, "PER");
                SpanReader.Write(tags, team.Start, team.End, knownType(tokens, team.Start, team.End) ?? "ORG");
            }

            return;
        }

        if ((Teams(tokens, scorers) ?? StandingsRow(tokens)) is not { } teams || teams.Any(t => isFirstName(tokens[t.Start])))
        {
            return;
        }

        Array.Fill(tags, EntityLabels.OutsideTag);
        foreach (var (start, end) in teams)
        {
            SpanReader.Write(tags, start, end, knownType(tokens, start, end) ?? "ORG");
        }

        foreach (var (start, end) in scorers)
        {
            SpanReader.Write(tags, start, end, "PER");
        }
    }

    /// <summary>
    /// The two team names when the sentence is "NAME SCORE [( SCORERS )] NAME SCORE [( SCORERS )]" (an optional final full
    /// stop), else null; the scorers' names are added to <paramref name="scorers"/>.
    /// </summary>
    private static (int Start, int End)[]? Teams(IReadOnlyList<string> tokens, List<(int Start, int End)> scorers)
    {
        var count = tokens.Count > 0 && tokens[^1] == "." ? tokens.Count - 1 : tokens.Count;
        var teams = new List<(int, int)>();
        var i = 0;
        while (i < count)
        {
            var start = i;
            i = NameEnd(tokens, i, count);
            if (i == start || i >= count || !IsScore(tokens[i]))
            {
                return null;
            }

            teams.Add((start, i));
            i++;
            if (i < count && tokens[i] == "(")
            {
                if (Scorers(tokens, i + 1, count, scorers, closedBy: ")", IsMinute) is not { } close)
                {
                    return null;
                }

                i = close + 1;
            }
        }

        return teams.Count == 2 ? [.. teams] : null;
    }

    /// <summary>
    /// Reads "NAME MINUTE [MINUTE …] [pen|og] , …" from <paramref name="from"/> up to <paramref name="closedBy"/> (a closing
    /// bracket; null: the end of the line) and returns where it closes, or null when the group is something else.
    /// </summary>
    private static int? Scorers(IReadOnlyList<string> tokens, int from, int count, List<(int Start, int End)> scorers, string? closedBy, Func<string, bool> isFigure)
    {
        var found = new List<(int, int)>();
        var i = from;
        while (i < count)
        {
            var start = i;
            i = NameEnd(tokens, i, count);
            if (i == start || i >= count || !isFigure(tokens[i]))
            {
                return null;
            }

            found.Add((start, i));
            while (i < count && (isFigure(tokens[i]) || tokens[i] is "pen" or "og" or "penalty"))
            {
                i++;
            }

            if ((closedBy is null && i == count) || (i < count && tokens[i] == closedBy))
            {
                scorers.AddRange(found);
                return i;
            }

            if (i >= count || tokens[i] != ",")
            {
                return null;
            }

            i++;
        }

        return null;
    }

    /// <summary>Where the run of capitalised name words from <paramref name="start"/> ends (<paramref name="start"/> itself when there is none).</summary>
    private static int NameEnd(IReadOnlyList<string> tokens, int start, int count)
    {
        var end = start;
        while (end < count && IsNameWord(tokens[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The team of a standings row: "Newcastle 4 3 0 1 9 5 9", "NEW YORK 74 57 .565 -", "BALTIMORE 67 63 .515 6 1/2" (a name,
    /// then three table cells or more, two of them whole numbers, and nothing else; a cell is a number, a winning
    /// percentage, a fraction of a game or a dash).
    /// </summary>
    private static (int Start, int End)[]? StandingsRow(IReadOnlyList<string> tokens)
    {
        var end = NameEnd(tokens, 0, tokens.Count);
        var cells = tokens.Skip(end).ToList();
        return end > 0 && cells.Count >= 3 && cells.All(IsTableCell) && cells.Count(IsScore) >= 2 ? [(0, end)] : null;
    }

    private static bool IsTableCell(string token) =>
        IsScore(token) || token == "-" || TableFraction().IsMatch(token);

    [GeneratedRegex(@"^(\d*\.\d+|\d+/\d+)$")]
    private static partial Regex TableFraction();

    private static bool IsNameWord(string token) => token.Length > 0 && char.IsUpper(token[0]) && token.All(c => char.IsLetter(c) || c is '-' or '.' or '\'');

    private static bool IsScore(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score <= MaxScore;

    /// <summary>
    /// "RANK - PLAYER ( TEAM ) , PLAYER ( TEAM ) …" (leading scorers): each player with the team in brackets after it, or
    /// null when the line is something else.
    /// </summary>
    private static List<((int Start, int End) Person, (int Start, int End) Team)>? RankingLine(IReadOnlyList<string> tokens, int count)
    {
        if (count < 6 || !IsScore(tokens[0]) || tokens[1] != "-")
        {
            return null;
        }

        var ranked = new List<((int, int), (int, int))>();
        var i = 2;
        while (i < count)
        {
            var personEnd = NameEnd(tokens, i, count);
            if (personEnd == i || personEnd + 1 >= count || tokens[personEnd] != "(")
            {
                return null;
            }

            var teamEnd = NameEnd(tokens, personEnd + 1, count);
            if (teamEnd == personEnd + 1 || teamEnd >= count || tokens[teamEnd] != ")")
            {
                return null;
            }

            ranked.Add(((i, personEnd), (personEnd + 1, teamEnd)));
            i = teamEnd + 1;
            if (i < count && tokens[i] != ",")
            {
                return null;
            }

            i++;
        }

        return ranked;
    }

    /// <summary>
    /// A header row of a table: three abbreviations or more, in capitals as written (read it before headline casing
    /// restores them), one of them a single letter ("W L PCT GB", "P W D L F A PTS").
    /// </summary>
    public static bool IsTableHeader(IReadOnlyList<string> tokens) =>
        tokens.Count >= 3 && tokens.All(t => t.Length is >= 1 and <= 3 && t.All(char.IsUpper)) && tokens.Any(t => t.Length == 1);

    /// <summary>A player's figure: a minute, or bowling figures ("25-4-70-3").</summary>
    private static bool IsFigure(string token) => IsMinute(token) || (token.Split('-') is { Length: > 1 } parts && parts.All(IsScore));

    /// <summary>A minute of play: "55", or one in added time ("90+2").</summary>
    private static bool IsMinute(string token) => token.Split('+') is [var minute, .. var added] && IsScore(minute) && added.All(IsScore);
}
