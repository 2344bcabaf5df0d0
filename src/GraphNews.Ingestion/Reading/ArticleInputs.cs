namespace GraphNews.Ingestion.Reading;

/// <summary>
/// Expands the paths a user names (files and directories, recursively, in a stable order) into
/// articles, choosing a reader by file extension. Nothing here throws for bad input: every
/// unreadable file or item becomes a failed <see cref="ArticleReadResult"/>.
/// </summary>
public static class ArticleInputs
{
    private static readonly string[] Extensions = [".txt", ".jsonl"];

    public static IEnumerable<ArticleReadResult> Read(IEnumerable<string> paths, ReaderOptions options)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
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
        if (extension is not (".txt" or ".jsonl"))
        {
            return [ArticleReadResult.Failed(new InputLocation(file), $"unsupported file type '{extension}': expected .txt or .jsonl")];
        }

        return Guard(file, extension == ".txt" ? () => [PlainTextArticleReader.Read(file, options)] : () => JsonlArticleReader.Read(file, options));
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
