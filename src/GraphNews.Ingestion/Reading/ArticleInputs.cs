namespace GraphNews.Ingestion.Reading;

/// <summary>
/// Expands the paths a user names (files and directories, recursively, in a stable order) into
/// articles, choosing a reader by file extension (.txt, .jsonl, .json, .html/.htm, and .xml/.rss/.atom feeds whose
/// items carry their own text, or .xml documents of an annotated corpus that keep their text as token elements; in a
/// directory, a .meta.json file is the sidecar of a .txt article, no input of its own).
/// Nothing here throws for bad input: every
/// unreadable file or item becomes a failed <see cref="ArticleReadResult"/>.
/// </summary>
public static class ArticleInputs
{
    private static readonly string[] FeedExtensions = [".xml", ".rss", ".atom"];

    private const string SidecarSuffix = ".meta.json";

    private static readonly string[] Extensions = [".txt", ".jsonl", ".json", ".html", ".htm", .. FeedExtensions];

    public static IEnumerable<ArticleReadResult> Read(IEnumerable<string> paths, ReaderOptions options)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !f.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var result in ReadFile(file, options))
                    {
                        yield return result;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var result in ReadFile(path, options))
                {
                    yield return result;
                }
            }
            else
            {
                yield return ArticleReadResult.Failed(new InputLocation(path), "no such file or directory");
            }
        }
    }

    public static IEnumerable<ArticleReadResult> ReadFile(string file, ReaderOptions options)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        Func<IEnumerable<ArticleReadResult>>? read = extension switch
        {
            ".txt" => () => [PlainTextArticleReader.Read(file, options)],
            ".jsonl" => () => JsonlArticleReader.Read(file, options),
            ".json" => () => JsonArticleReader.Read(file, options),
            ".html" or ".htm" => () => [HtmlArticleReader.Read(file, options)],
            _ when FeedExtensions.Contains(extension) => () => ReadFeedFile(file, options),
            _ => null,
        };
        return read is null
            ? [ArticleReadResult.Failed(new InputLocation(file), $"unsupported file type '{extension}': expected .txt, .jsonl, .json, .html, .htm, .xml, .rss or .atom")]
            : Guard(file, read);
    }

    private static IEnumerable<ArticleReadResult> ReadFeedFile(string file, ReaderOptions options)
    {
        var length = new FileInfo(file).Length;
        if (length > options.MaxArticleBytes)
        {
            return [ArticleReadResult.Failed(new InputLocation(file), $"file is {length:N0} bytes; the limit for one document is {options.MaxArticleBytes:N0} bytes (--max-bytes)")];
        }

        var bytes = File.ReadAllBytes(file);
        var feed = Feeds.FeedParser.Parse(new MemoryStream(bytes));
        if (feed.IsSuccess)
        {
            return feed.Items.Select((item, i) => Feeds.FeedParser.ToArticle(item, new InputLocation(file, i + 1), options)).ToList();
        }

        return [TokenXmlArticleReader.TryRead(bytes, new InputLocation(file), options)
            ?? ArticleReadResult.Failed(new InputLocation(file), $"{feed.Error}, nor a document of token elements (ECB+, NAF)")];
    }

    /// <summary>Turns I/O failures (permissions, a file vanishing mid-read) into a reported item instead of an exception.</summary>
    private static IEnumerable<ArticleReadResult> Guard(string file, Func<IEnumerable<ArticleReadResult>> read)
    {
        IEnumerator<ArticleReadResult>? items = null;
        try
        {
            items = read().GetEnumerator();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            items?.Dispose();
            items = null;
            return [ArticleReadResult.Failed(new InputLocation(file), $"cannot be read: {e.Message}")];
        }

        return Drain(file, items);
    }

    private static IEnumerable<ArticleReadResult> Drain(string file, IEnumerator<ArticleReadResult> items)
    {
        using (items)
        {
            while (true)
            {
                ArticleReadResult? failure = null;
                try
                {
                    if (!items.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    failure = ArticleReadResult.Failed(new InputLocation(file), $"reading stopped: {e.Message}");
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                yield return items.Current;
            }
        }
    }
}
