using System.Text.Json;
using GraphNews.Domain;

namespace GraphNews.Ingestion.Reading;

/// <summary>
/// JSON lines: one article object per line with <c>id, title, url, published, source, license, byline (or author), text</c>
/// (or the other names <see cref="ArticleFields"/> knows for them); unknown fields are ignored. A bad line is reported with
/// its line number and the rest goes on. A file that holds a JSON array instead is read as one (<see cref="JsonArticleReader"/>).
/// </summary>
public static class JsonlArticleReader
{
    public static IEnumerable<ArticleReadResult> Read(string path, ReaderOptions options)
    {
        using var stream = File.OpenRead(path);
        var array = JsonArticleReader.FirstByte(stream) == '[';
        stream.Position = 0;
        foreach (var result in array ? JsonArticleReader.Read(stream, path, array: true, options) : ReadLines(stream, path, options))
        {
            yield return result;
        }
    }

    /// <summary>The stream's lines as articles, each reported by its line number; the stream stays open.</summary>
    internal static IEnumerable<ArticleReadResult> ReadLines(Stream stream, string name, ReaderOptions options)
    {
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ParseLine(line, new InputLocation(name, lineNumber), options);
            }
        }
    }

    public static ArticleReadResult ParseLine(string line, InputLocation location, ReaderOptions options)
    {
        if (line.Length > options.MaxArticleChars * 2L)
        {
            return ArticleReadResult.Failed(location, $"line has {line.Length:N0} characters; the limit for one article is {options.MaxArticleChars:N0}");
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            return FromJson(document.RootElement, location, options);
        }
        catch (JsonException e)
        {
            return ArticleReadResult.Failed(location, $"not a valid JSON object ({FirstSentence(e.Message)})");
        }
    }

    /// <summary>One article object, by the field names <see cref="ArticleFields"/> knows; anything else is a failed item.</summary>
    public static ArticleReadResult FromJson(JsonElement element, InputLocation location, ReaderOptions options)
    {
        ArticleFields item;
        try
        {
            item = ArticleFields.Read(element);
        }
        catch (FormatException e)
        {
            return ArticleReadResult.Failed(location, e.Message);
        }

        if (string.IsNullOrWhiteSpace(item.Text))
        {
            return ArticleReadResult.Failed(location, "the article has no \"text\"");
        }

        if (item.Text.Length > options.MaxArticleChars)
        {
            return ArticleReadResult.Failed(location, $"article text has {item.Text.Length:N0} characters; the limit is {options.MaxArticleChars:N0}");
        }

        if (!DateParsing.TryParse(item.Published, out var published))
        {
            return ArticleReadResult.Failed(location, $"\"published\" is '{item.Published}', which is not a date (expected yyyy-MM-dd)");
        }

        var text = item.Text.Trim();
        return ArticleReadResult.Ok(location, new Article
        {
            Id = ArticleIds.Choose(item.Id, item.Url, text),
            Title = string.IsNullOrWhiteSpace(item.Title) ? ArticleTitles.FromText(text) : item.Title.Trim(),
            Text = text,
            Published = published ?? options.DefaultPublished,
            Url = NullIfBlank(item.Url),
            Source = NullIfBlank(item.Source),
            License = NullIfBlank(item.License),
            Byline = NullIfBlank(item.Byline),
        });
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
