using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphNews.Stories;

/// <summary>A day a text names by its month: "September 30, 2009" (with its year), "the July 2 quake" (without).</summary>
public readonly record struct TextDay(int Month, int Day, int? Year);

/// <summary>
/// The days an article's text names by month and day, for articles that came without a publication date (event-coreference
/// corpora, pasted texts): two reports that name the same day ("September 30, 2009" and "the September 30 quake") are about
/// the same days, and two that name only days years apart ("September 30, 2009" and "July 2, 2013") are not, as publication
/// dates would tell. A weekday ("on Tuesday") gives no date without one to count from, so it is no day here; the weekdays a
/// lead names are kept apart (<see cref="LeadWeekdays"/>).
/// </summary>
public static partial class TextDays
{
    private const int MaxDays = 16;
    private const int LeapYear = 2000;
    private const int DaysInYear = 366;

    /// <summary>How much of the text after the headline is its lead, where a report says when its news happened.</summary>
    private const int LeadLength = 500;

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>The first days the text names (at most 16), each once.</summary>
    public static IReadOnlyList<TextDay> Find(string text)
    {
        var days = new List<TextDay>();
        foreach (Match match in DayPattern().Matches(text))
        {
            var month = match.Groups["isoMonth"].Success
                ? int.Parse(match.Groups["isoMonth"].Value, CultureInfo.InvariantCulture)
                : MonthOf(match.Groups["month"].Success ? match.Groups["month"].Value : match.Groups["month2"].Value);
            var day = int.Parse(Either(match, "day", "day2", "isoDay"), CultureInfo.InvariantCulture);
            var yearText = Either(match, "year", "year2", "isoYear");
            int? year = yearText.Length > 0 ? int.Parse(yearText, CultureInfo.InvariantCulture) : null;
            if (day > DateTime.DaysInMonth(year ?? LeapYear, month) || days.Contains(new TextDay(month, day, year)))
            {
                continue;
            }

            days.Add(new TextDay(month, day, year));
            if (days.Count == MaxDays)
            {
                break;
            }
        }

        return days;
    }

    /// <summary>
    /// The weekdays the headline and lead name ("struck early on Sunday"), each once, in week order. Wire reports of one event
    /// name the day it happened, days later still ("Sunday's quake"), so undated reports that name the same one may be days
    /// apart at most, while daily look-alikes mostly name other days.
    /// </summary>
    public static IReadOnlyList<DayOfWeek> LeadWeekdays(string title, string text)
    {
        var lead = text.Length > LeadLength ? text[..LeadLength] : text;
        return WeekdayPattern().Matches(title + "\n" + lead)
            .Select(m => Enum.Parse<DayOfWeek>(m.Value))
            .Distinct()
            .Order()
            .ToList();
    }

    /// <summary>
    /// How many days apart two articles are: by their publication dates when both have one. Else by the days they name (a
    /// publication date counts as one): none when they name a day in common ("September 30, 2009" and "the September 30
    /// quake"); else as far apart as the last day each names, the day of the news rather than of its background ("July 2,
    /// 2013" against "September 30, 2009"; without years, within a year: "September 11" and "September 24" are 13 days);
    /// null when either names none.
    /// </summary>
    public static int? DaysApart(ArticleSignature a, ArticleSignature b)
    {
        if (a.Published is { } x && b.Published is { } y)
        {
            return Math.Abs(x.DayNumber - y.DayNumber);
        }

        var first = DaysOf(a);
        var second = DaysOf(b);
        if (first.Count == 0 || second.Count == 0)
        {
            return null;
        }

        if (first.Any(p => second.Any(q => p.Month == q.Month && p.Day == q.Day && (p.Year is null || q.Year is null || p.Year == q.Year))))
        {
            return 0;
        }

        var (last, otherLast) = (Last(first), Last(second));
        return last.Year is { } year && otherLast.Year is { } otherYear
            ? Math.Abs(new DateOnly(year, last.Month, last.Day).DayNumber - new DateOnly(otherYear, otherLast.Month, otherLast.Day).DayNumber)
            : WithinAYear(last, otherLast);
    }

    private static IReadOnlyList<TextDay> DaysOf(ArticleSignature signature) =>
        signature.Published is { } published ? [new TextDay(published.Month, published.Day, published.Year)] : signature.Days;

    /// <summary>
    /// The latest day named; a day without a year is taken to be of the latest year the text names, if it names one and the
    /// day is in it (not "February 29" of 2021).
    /// </summary>
    private static TextDay Last(IReadOnlyList<TextDay> days)
    {
        int? lastYear = days.Max(d => d.Year);
        var last = days.MaxBy(d => ((d.Year ?? lastYear ?? 0) * 10000) + (d.Month * 100) + d.Day);
        return last.Year is null && lastYear is { } year && last.Day <= DateTime.DaysInMonth(year, last.Month) ? last with { Year = year } : last;
    }

    /// <summary>Days between two days of the year, the shorter way round ("December 30" and "January 2" are 3 apart).</summary>
    private static int WithinAYear(TextDay a, TextDay b)
    {
        var apart = Math.Abs(DayOfYear(a) - DayOfYear(b));
        return Math.Min(apart, DaysInYear - apart);
    }

    private static int DayOfYear(TextDay day) => new DateOnly(LeapYear, day.Month, day.Day).DayOfYear;

    private static string Either(Match match, params string[] groups) =>
        groups.Select(g => match.Groups[g]).FirstOrDefault(g => g.Success)?.Value ?? "";

    private static int MonthOf(string word)
    {
        var stem = word.TrimEnd('.');
        return Array.FindIndex(MonthNames, name => name.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && stem.Length >= 3) + 1;
    }

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPattern();

    /// <summary>
    /// "September 30, 2009", "Sept. 30", "Sep 30", "July 2nd", "30 September 2009", "30 Sept 2009", "2 July": a month's name
    /// (or its abbreviation, as datelines write it: "Tue Sep 30, 2008") and a day, perhaps a year; and ISO dates, "2009-09-30".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+(?<day>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)[0-9]{2})\b)?"
        + @"|(?<day2>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\s+(?<month2>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)(?:,?\s+(?<year2>(?:19|20)[0-9]{2})\b)?"
        + @"|(?<isoYear>(?:19|20)[0-9]{2})-(?<isoMonth>0[1-9]|1[0-2])-(?<isoDay>0[1-9]|[12][0-9]|3[01])\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayPattern();
}
