using System.Text.Json;
using GraphNews.Domain;

namespace GraphNews.Ingestion.Reading;

/// <summary>
/// A <c>.txt</c> article: the first non-empty line is the title, the rest the body; a first line that only dates the
/// article ("Tue Sep 30, 2008 10:54pm EDT") stays at the top of the body, where the date is read, and the next line is the
/// title. Metadata the text cannot carry (id, url, published, source, license) may sit beside it in <c>NAME.meta.json</c>.
/// </summary>
public static class PlainTextArticleReader
{
    public static ArticleReadResult Read(string path, ReaderOptions options)
    {
        var location = new InputLocation(path);
        var info = new FileInfo(path);
        if (info.Length > options.MaxArticleChars * 4L)
        {
            return ArticleReadResult.Failed(location, $"file is {info.Length:N0} bytes; the limit for one article is {options.MaxArticleChars:N0} characters");
        }

        var metadata = ReadSidecar(path, out var sidecarError);
        if (sidecarError is not null)
        {
            return ArticleReadResult.Failed(location, sidecarError);
        }

        return Parse(TextDecoding.ReadFile(path), location, options, metadata);
    }

    public static ArticleReadResult Parse(string content, InputLocation location, ReaderOptions options, ArticleFields? metadata = null)
    {
        if (content.Length > options.MaxArticleChars)
        {
            return ArticleReadResult.Failed(location, $"article has {content.Length:N0} characters; the limit is {options.MaxArticleChars:N0}");
        }

        var lines = content.Replace("\r\n", "\n").Split('\n');
        var titleIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (titleIndex < 0)
        {
            return ArticleReadResult.Failed(location, "the file is empty: expected a title line followed by the article text");
        }

        string? leadingDate = null;
        if (ArticleTitles.IsDateLine(lines[titleIndex].Trim()) && Array.FindIndex(lines, titleIndex + 1, l => !string.IsNullOrWhiteSpace(l)) is var next and >= 0)
        {
            leadingDate = lines[titleIndex].Trim();
            titleIndex = next;
        }

        var body = string.Join('\n', lines.Skip(titleIndex + 1).Prepend(leadingDate ?? "")).Trim();
        if (body.Length == 0)
        {
            return ArticleReadResult.Failed(location, "the file has a title line but no article text after it");
        }

        if (!DateParsing.TryParse(metadata?.Published, out var published))
        {
            return ArticleReadResult.Failed(location, $"the metadata's published value '{metadata?.Published}' is not a date (expected yyyy-MM-dd)");
        }

        return ArticleReadResult.Ok(location, new Article
        {
            Id = ArticleIds.Choose(metadata?.Id, metadata?.Url, body),
            Title = lines[titleIndex].Trim(),
            Text = body,
            Published = published ?? options.DefaultPublished,
            Url = metadata?.Url,
            Source = metadata?.Source,
            License = metadata?.License,
        });
    }

    private static ArticleFields? ReadSidecar(string path, out string? error)
    {
        error = null;
        var sidecar = Path.ChangeExtension(path, ".meta.json");
        if (!File.Exists(sidecar))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(sidecar));
            return ArticleFields.Read(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            error = $"its metadata file {sidecar} is not valid JSON: {e.Message}";
            return null;
        }
    }
}
