using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphNews.Ingestion.Reading;

/// <summary>A title for an article whose source gives none, taken from its text.</summary>
public static partial class ArticleTitles
{
    public const int MaxLength = 120;

    /// <summary>Lines read past a leading date line ("May 3, 2013 4:30 PM EDT") for the headline.</summary>
    private const int DateLinesSkipped = 2;

    private static readonly HashSet<string> DateWords = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames
            .Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames)
            .Concat(CultureInfo.InvariantCulture.DateTimeFormat.DayNames)
            .Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedDayNames)
            .Concat(["Sept", "am", "pm", "AM", "PM"])
            .Where(w => w.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The first line when it is short enough; else its first sentence (a text without line breaks usually starts
    /// with its headline or lead sentence); else the line cut at a word before <see cref="MaxLength"/> characters.
    /// Headline rules of the story linking read the title, so it should not run on into the body.
    /// </summary>
    public static string FromText(string text)
    {
        var lines = text.TrimStart().Split('\n', DateLinesSkipped + 2).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var line = lines.Take(DateLinesSkipped + 1).FirstOrDefault(l => !IsDateLine(l)) ?? (lines.Count > 0 ? lines[0] : string.Empty);
        if (line.Length <= MaxLength)
        {
            return line;
        }

        var sentenceEnd = FirstSentenceEnd(line);
        if (sentenceEnd > 0 && sentenceEnd < MaxLength)
        {
            return line[..(sentenceEnd + 1)];
        }

        var cut = line.LastIndexOf(' ', MaxLength - 3);
        return (cut > 0 ? line[..cut] : line[..(MaxLength - 3)]) + "...";
    }

    /// <summary>
    /// A line that only dates the article ("May 3, 2013 4:30 PM EDT", "Tuesday, 3 May 2013"): digits, month and weekday
    /// names, and time-zone codes; a headline says more.
    /// </summary>
    public static bool IsDateLine(string line) =>
        line.Any(char.IsDigit) && Words().Matches(line).All(w => DateWords.Contains(w.Value.TrimEnd('.')) || (w.Value.Length <= 4 && w.Value.All(char.IsUpper)));

    [GeneratedRegex(@"\p{L}[\p{L}.]*")]
    private static partial Regex Words();

    /// <summary>
    /// The index of the mark that ends the first sentence: ".", "!" or "?" before a space and a capital or quote, not the
    /// point of an abbreviation ("U.S. President", "Mr. Smith", "Gov. Newsom"). -1 when there is none.
    /// </summary>
    private static int FirstSentenceEnd(string line)
    {
        for (var i = 1; i + 2 < line.Length; i++)
        {
            if (line[i] is not ('.' or '!' or '?') || line[i + 1] != ' ' || !(char.IsUpper(line[i + 2]) || line[i + 2] is '"' or '\u201C' or '\''))
            {
                continue;
            }

            var wordStart = line.LastIndexOf(' ', i - 1) + 1;
            var word = line[wordStart..i];
            var abbreviation = line[i] == '.' && (word.Contains('.') || word.Length <= 2 || (word.Length == 3 && char.IsUpper(word[0])));
            if (!abbreviation)
            {
                return i;
            }
        }

        return -1;
    }
}
