using System.Globalization;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Stages;

/// <summary>
/// Finds date expressions ("February 14", "14 February 2025", "on Tuesday", "next week", "yesterday")
/// and normalises them against the article's publication date. Without a publication date only
/// expressions that carry their own year get a date; nothing is invented.
/// </summary>
public sealed class DateRecognitionStage(Knowledge knowledge) : IPipelineStage
{
    public string Name => "dates";

    public void Process(Document document)
    {
        var published = document.Published;
        foreach (var sentence in document.Sentences)
        {
            var future = SentenceLooksAhead(document, sentence);
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var (end, date) = Read(document.TokenTexts, i, sentence.EndToken, published, future);
                if (end > i)
                {
                    var text = document.Text[document.Tokens[i].Start..document.Tokens[end - 1].End];
                    document.Dates.Add(new DateMention(i, end, date, sentence.Index, text));
                    i = end;
                }
                else
                {
                    i++;
                }
            }
        }
    }

    /// <summary>Reads one date expression at <paramref name="i"/>: its end token (i when none) and the date, if it can be known.</summary>
    public (int End, DateOnly? Date) Read(IReadOnlyList<string> tokens, int i, int limit, DateOnly? published, bool future)
    {
        if (TryIso(tokens[i], out var iso))
        {
            return (i + 1, iso);
        }

        var word = knowledge.DateWords.Match(tokens, i, limit);
        if (word is null)
        {
            if (DayNumber(tokens[i]) is { } day && i + 1 < limit && MonthAt(tokens, i + 1, limit) is { } monthAfter)
            {
                var (yearEnd, year) = Year(tokens, monthAfter.End, limit);
                return (yearEnd, Resolve(year, monthAfter.Values[0].Value, day, published));
            }

            return (i, null);
        }

        var value = word.Values[0];
        switch (value.Kind)
        {
            case DateWordKind.Month when char.IsUpper(tokens[i][0]):
                if (word.End < limit && DayNumber(tokens[word.End]) is { } dayOfMonth)
                {
                    var (yearEnd, year) = Year(tokens, word.End + 1, limit);
                    return (yearEnd, Resolve(year, value.Value, dayOfMonth, published));
                }

                return (i, null);
            case DateWordKind.Weekday when char.IsUpper(tokens[i][0]):
                return (word.End, published is { } p ? Weekday(p, value.Value, future ? 1 : -1) : null);
            case DateWordKind.Modifier:
                var next = knowledge.DateWords.Match(tokens, word.End, limit);
                if (next is not null && next.Values[0].Kind == DateWordKind.Weekday && char.IsUpper(tokens[word.End][0]))
                {
                    var direction = value.Text switch { "next" => 1, "last" => -1, _ => future ? 1 : -1 };
                    return (next.End, published is { } p2 ? Weekday(p2, next.Values[0].Value, direction) : null);
                }

                return (i, null);
            case DateWordKind.Day:
                return (word.End, published?.AddDays(value.Value));
            case DateWordKind.Week:
                return (word.End, published is { } p3 ? MondayOf(p3).AddDays(7 * value.Value) : null);
            default:
                return (i, null);
        }
    }

    private bool SentenceLooksAhead(Document document, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var cue = knowledge.Modality.Match(document.TokenTexts, i, sentence.EndToken);
            if (cue is not null && cue.Values.Any(v => v.Modality == Domain.Modality.Planned))
            {
                return true;
            }
        }

        return false;
    }

    private PhraseMatch<DateWord>? MonthAt(IReadOnlyList<string> tokens, int i, int limit)
    {
        var match = knowledge.DateWords.Match(tokens, i, limit);
        return match is not null && match.Values[0].Kind == DateWordKind.Month && char.IsUpper(tokens[i][0]) ? match : null;
    }

    private static (int End, int? Year) Year(IReadOnlyList<string> tokens, int i, int limit)
    {
        var at = i < limit && tokens[i] == "," ? i + 1 : i;
        if (at < limit && tokens[at].Length == 4 && int.TryParse(tokens[at], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2200)
        {
            return (at + 1, year);
        }

        return (i, null);
    }

    private static int? DayNumber(string token)
    {
        var digits = token.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        return digits.Length is 1 or 2 && digits.Length >= token.Length - 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31
            ? day
            : null;
    }

    /// <summary>A month and day without a year take the year that puts them nearest the publication date.</summary>
    private static DateOnly? Resolve(int? year, int month, int day, DateOnly? published)
    {
        if (year is null && published is null)
        {
            return null;
        }

        var y = year ?? published!.Value.Year;
        if (day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        if (year is null && published is { } p)
        {
            if (date > p.AddMonths(4))
            {
                date = date.AddYears(-1);
            }
            else if (date < p.AddMonths(-8))
            {
                date = date.AddYears(1);
            }
        }

        return date;
    }

    private static DateOnly Weekday(DateOnly published, int isoDay, int direction)
    {
        var current = ((int)published.DayOfWeek + 6) % 7 + 1;
        var delta = isoDay - current;
        if (direction > 0 && delta <= 0)
        {
            delta += 7;
        }
        else if (direction < 0 && delta > 0)
        {
            delta -= 7;
        }

        return published.AddDays(delta);
    }

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static bool TryIso(string token, out DateOnly date) =>
        DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
