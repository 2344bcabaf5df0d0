using static GraphNews.Extraction.Ner.SportsTokens;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Lines of a sports page that list players: a line of players with their figures ("Scorers : Alan Shearer 13 , Les
/// Ferdinand 55", "Bowling : Wasim Akram 25-4-70-3") names people, perhaps grouped by team ("Scorers : Celtic - Cadete 12 ;
/// Hibernian - Jackson 55"), and a line of a ranking ("9 - Les Ferdinand ( Newcastle ) ,
/// Dwight Yorke ( Aston Villa )") people and their teams; a team the knowledge base knows keeps its type (a national
/// team is its country, a place). A finisher of a ranked result, a rank and a name with a country in brackets ("1. Lasse
/// Kjus ( Norway ) 1:51.32", "2. Frankie Fredericks ( Namibia ) 19.96"), is a person, whatever the model made of a name it
/// has never seen, and a name between the country and the time is the team ("( Britain ) Williams 1:46:21.134"); so are players with their figures in brackets after a total ("326 ( M. Atherton 64 ; Wasim Akram 4-50 )").
/// </summary>
/// <param name="knownType">The BIO type of tokens [start, end) when they are exactly a country or organisation the knowledge base knows, else null.</param>
/// <param name="isPlayersCue">Whether a word heads a line of players with their figures ("Scorers", <c>players-cue</c> in Data/names.tsv).</param>
public sealed class PlayerLines(Func<IReadOnlyList<string>, int, int, string?> knownType, Func<string, bool> isPlayersCue)
{
    /// <param name="tokens">One sentence.</param>
    /// <param name="tags">Its BIO tags, rewritten in place when it lists players.</param>
    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        var players = new List<(int Start, int End)>();
        var teams = new List<(int Start, int End)>();
        var count = CountWithoutFullStop(tokens);
        if (count > 2 && isPlayersCue(tokens[0]) && tokens[1] == ":"
            && (Players(tokens, 2, count, players, closedBy: null, IsFigure) is not null || TeamsWithTheirPlayers(tokens, 2, count, teams, players)))
        {
            Array.Fill(tags, EntityLabels.OutsideTag);
            foreach (var (start, end) in teams)
            {
                SpanReader.Write(tags, start, end, knownType(tokens, start, end) ?? "ORG");
            }

            foreach (var (start, end) in players)
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

        NameRankedFinishers(tokens, tags, count);
        NameBracketedPlayers(tokens, tags, count);
    }

    /// <summary>
    /// "Scorers : Celtic - Cadete 12 , Di Canio 40 ; Hibernian - Jackson 55": groups of a team, a hyphen and its players with
    /// their figures, separated by semicolons.
    /// </summary>
    private static bool TeamsWithTheirPlayers(IReadOnlyList<string> tokens, int from, int count, List<(int Start, int End)> teams, List<(int Start, int End)> players)
    {
        var i = from;
        while (i < count)
        {
            var team = NameEnd(tokens, i, count);
            if (team == i || team + 1 >= count || tokens[team] != "-")
            {
                return false;
            }

            teams.Add((i, team));
            if ((Players(tokens, team + 1, count, players, closedBy: ";", IsFigure) ?? Players(tokens, team + 1, count, players, closedBy: null, IsFigure)) is not { } close)
            {
                return false;
            }

            i = close + 1;
        }

        return teams.Count > 0;
    }

    /// <summary>
    /// "England first innings 326 ( M. Atherton 64 , A. Stewart 44 ; Wasim Akram 4-50 , Mushtaq Ahmed 3-78 )": players with
    /// their figures in brackets after a total are people, whatever the model made of them ("Wasim Akram" an organisation).
    /// </summary>
    private static void NameBracketedPlayers(IReadOnlyList<string> tokens, string[] tags, int count)
    {
        for (var open = 1; open + 2 < count; open++)
        {
            if (tokens[open] != "(" || !tokens[open - 1].All(char.IsAsciiDigit))
            {
                continue;
            }

            var players = new List<(int Start, int End)>();
            if (Players(tokens, open + 1, count, players, closedBy: ")", IsFigure) is not { } close)
            {
                continue;
            }

            foreach (var (start, end) in players)
            {
                ClearOverlapping(tags, start, end);
                SpanReader.Write(tags, start, end, "PER");
            }

            open = close;
        }
    }

    /// <summary>"1. Lasse Kjus ( Norway ) 1:51.32": a rank, a name and a country the knowledge base knows in brackets; a team may follow before the time ("( Britain ) Williams 1:46:21.134").</summary>
    private void NameRankedFinishers(IReadOnlyList<string> tokens, string[] tags, int count)
    {
        for (var rank = 0; rank + 4 < count; rank++)
        {
            if (!IsRank(tokens[rank]))
            {
                continue;
            }

            var nameEnd = NameEnd(tokens, rank + 1, count);
            var countryEnd = nameEnd + 1 < count && tokens[nameEnd] == "(" ? NameEnd(tokens, nameEnd + 1, count) : nameEnd;
            if (nameEnd - rank - 1 < 2 || countryEnd <= nameEnd + 1 || countryEnd >= count || tokens[countryEnd] != ")"
                || knownType(tokens, nameEnd + 1, countryEnd) != "LOC" || knownType(tokens, rank + 1, nameEnd) is not null)
            {
                continue;
            }

            ClearOverlapping(tags, rank + 1, nameEnd);
            SpanReader.Write(tags, rank + 1, nameEnd, "PER");

            // "1. Damon Hill ( Britain ) Williams 1:46:21.134": the team between the country and the time ("same time" too).
            var teamEnd = NameEnd(tokens, countryEnd + 1, count);
            if (teamEnd > countryEnd + 1 && teamEnd < count && (char.IsAsciiDigit(tokens[teamEnd][0]) || tokens[teamEnd] is "same" or "s.t.") && knownType(tokens, countryEnd + 1, teamEnd) is null)
            {
                ClearOverlapping(tags, countryEnd + 1, teamEnd);
                SpanReader.Write(tags, countryEnd + 1, teamEnd, "ORG");
            }
        }
    }

    /// <summary>A rank in a list of results ("1.", "12."), or a golfer's total after the rounds ("69 68 69 - 206").</summary>
    private static bool IsRank(string token) =>
        (token.Length >= 2 && token[^1] == '.' && token[..^1].All(char.IsAsciiDigit)) || (token.Length is >= 1 and <= 3 && token.All(char.IsAsciiDigit));

    /// <summary>Clears the names that overlap tokens [start, end), so a name written there stands alone.</summary>
    private static void ClearOverlapping(string[] tags, int start, int end)
    {
        var from = SpanReader.StartOf(tags, start);
        Array.Fill(tags, EntityLabels.OutsideTag, from, SpanReader.EndOf(tags, end - 1) - from);
    }

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
}
