using System.Globalization;

namespace GraphNews.Extraction.Ner;

/// <summary>The pieces sports lines are read from: names, scores, minutes, players' figures, and lists of players.</summary>
internal static class SportsTokens
{
    private const int MaxScore = 200;

    /// <summary>
    /// Where the run of capitalised name words from <paramref name="start"/> ends (<paramref name="start"/> itself when there
    /// is none); a particle between two name words (<paramref name="isParticle"/>: "Vasco da Gama") is inside the run.
    /// </summary>
    public static int NameEnd(IReadOnlyList<string> tokens, int start, int count, Func<string, bool>? isParticle = null)
    {
        var end = start;
        while (end < count && (IsNameWord(tokens[end]) || (end > start && end + 1 < count && isParticle?.Invoke(tokens[end]) == true && IsNameWord(tokens[end + 1]))))
        {
            end++;
        }

        return end;
    }

    /// <summary>The tokens of a line up to a final full stop, which a results or players line may end with.</summary>
    public static int CountWithoutFullStop(IReadOnlyList<string> tokens) => tokens.Count > 0 && tokens[^1] == "." ? tokens.Count - 1 : tokens.Count;

    public static bool IsScore(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score <= MaxScore;

    /// <summary>A minute of play: "55", or one in added time ("90+2").</summary>
    public static bool IsMinute(string token) => token.Split('+') is [var minute, .. var added] && IsScore(minute) && added.All(IsScore);

    /// <summary>A player's figure: a minute, or bowling figures ("25-4-70-3").</summary>
    public static bool IsFigure(string token) => IsMinute(token) || (token.Split('-') is { Length: > 1 } parts && parts.All(IsScore));

    /// <summary>
    /// Reads "NAME FIGURE [FIGURE …] [pen|og] , …" (or "; …") from <paramref name="from"/> up to <paramref name="closedBy"/> (a closing
    /// bracket; null: the end of the line) and returns where it closes, adding the names to <paramref name="players"/>, or
    /// null (adding nothing) when the group is something else.
    /// </summary>
    public static int? Players(IReadOnlyList<string> tokens, int from, int count, List<(int Start, int End)> players, string? closedBy, Func<string, bool> isFigure, Func<string, bool>? isParticle = null)
    {
        var found = new List<(int, int)>();
        var i = from;
        while (i < count)
        {
            var start = i;
            i = NameEnd(tokens, i, count, isParticle);
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
                players.AddRange(found);
                return i;
            }

            if (i >= count || tokens[i] is not ("," or ";"))
            {
                return null;
            }

            i++;
        }

        return null;
    }

    private static bool IsNameWord(string token) => token.Length > 0 && char.IsUpper(token[0]) && token.All(c => char.IsLetter(c) || c is '-' or '.' or '\'');
}
