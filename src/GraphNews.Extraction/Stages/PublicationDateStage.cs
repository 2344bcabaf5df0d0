using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Stages;

/// <summary>
/// Dates an article that arrived without a publication date by the date its opening gives as its own: a full date
/// that starts the text ("Friday, March 29, 2019 Toronto Comicon …"), stands on a short line near the top
/// ("Posted 3 May 2013 4:30pm", "By Jane Doe | May 3, 2013"), follows a publication cue ("Published", "Updated"), or
/// follows a wire dateline's place ("WASHINGTON, May 3, 2013 –"). A date in the prose of the first sentence ("On March
/// 3, 2013, …") is when something happened, not when the article was written, and is left alone. Scraped and pasted
/// articles often carry such a line and nothing else; relative dates ("on Tuesday") and stories then read it.
/// </summary>
public sealed class PublicationDateStage(Knowledge knowledge) : IPipelineStage
{
    private const int OpeningTokens = 60;
    private const int OpeningChars = 2000;
    private const int OpeningLines = 3;
    private const int ShortLineTokens = 12;
    private const int DatelinePlaceWords = 4;

    private readonly DateRecognitionStage dates = new(knowledge);

    public string Name => "publication-date";

    public void Process(Document document)
    {
        if (document.Published is not null)
        {
            return;
        }

        var tokens = document.TokenTexts;
        var limit = Math.Min(tokens.Count, OpeningTokens);
        var line = 0;
        for (var i = 0; i < limit && document.Tokens[i].Start < OpeningChars; i++)
        {
            // Lines with words on them: a line break between two tokens starts the next.
            if (i > 0 && document.Text.AsSpan(document.Tokens[i - 1].End, document.Tokens[i].Start - document.Tokens[i - 1].End).Contains('\n') && ++line >= OpeningLines)
            {
                break;
            }

            var sentenceEnd = Math.Min(limit, document.Sentences[document.Tokens[i].Sentence].EndToken);
            var (end, date) = dates.Read(tokens, i, sentenceEnd, published: null, future: false);
            if (end > i && date is { } day && IsOwnDate(document, i))
            {
                document.Published = day;
                return;
            }
        }
    }

    private bool IsOwnDate(Document document, int start)
    {
        var tokens = document.TokenTexts;
        var lineStart = LineStartToken(document, start);
        return StartsText(tokens, start)
            || IsHeaderLine(document, start)
            || AfterCue(tokens, start, lineStart)
            || AfterDatelinePlace(tokens, start, lineStart);
    }

    /// <summary>Nothing before the date but a weekday and commas: "Friday, March 29, 2019".</summary>
    private bool StartsText(List<string> tokens, int start)
    {
        for (var i = 0; i < start; i++)
        {
            if (tokens[i] == ",")
            {
                continue;
            }

            if (knowledge.DateWords.Match(tokens, i, start) is not { } word || word.Values[0].Kind != DateWordKind.Weekday)
            {
                return false;
            }

            i = word.End - 1;
        }

        return true;
    }

    /// <summary>"Published May 3, 2013", "Updated: 3 May 2013", "Posted on May 3, 2013".</summary>
    private bool AfterCue(List<string> tokens, int start, int lineStart)
    {
        var i = start;
        while (i > lineStart && tokens[i - 1] is ":" or "on" or "On")
        {
            i--;
        }

        for (var from = Math.Max(lineStart, i - 2); from < i; from++)
        {
            if (knowledge.DateWords.Match(tokens, from, i) is { } cue && cue.End == i && cue.Values[0].Kind == DateWordKind.PublicationCue)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A wire dateline: a place of a few capitalised words opening the line, a comma, the date ("WASHINGTON, May 3, 2013").</summary>
    private static bool AfterDatelinePlace(List<string> tokens, int start, int lineStart) =>
        start - lineStart is >= 2 and <= DatelinePlaceWords + 1
        && tokens[start - 1] == ","
        && Enumerable.Range(lineStart, start - 1 - lineStart).All(i => tokens[i].Length > 1 && char.IsUpper(tokens[i][0]));

    private static int LineStart(Document document, int token) => document.Text.LastIndexOf('\n', Math.Max(0, document.Tokens[token].Start - 1)) + 1;

    private static int LineStartToken(Document document, int token)
    {
        var lineStart = LineStart(document, token);
        var first = token;
        while (first > 0 && document.Tokens[first - 1].Start >= lineStart)
        {
            first--;
        }

        return first;
    }

    /// <summary>
    /// A short line with text below it that is no sentence (it does not end in a full stop): a byline or date line
    /// ("By Jane Doe | 3 May 2013"), not a one-line report ("Officials met on March 3, 2013.").
    /// </summary>
    private static bool IsHeaderLine(Document document, int token)
    {
        var lineEnd = document.Text.IndexOf('\n', document.Tokens[token].Start);
        if (lineEnd < 0 || document.Text.AsSpan(lineEnd).IsWhiteSpace())
        {
            return false;
        }

        var first = LineStartToken(document, token);
        var end = token;
        while (end < document.Tokens.Count && document.Tokens[end].Start < lineEnd && end - first <= ShortLineTokens)
        {
            end++;
        }

        return end - first <= ShortLineTokens && document.TokenTexts[end - 1] is not ("." or "!" or "?");
    }
}
