using GraphNews.Ingestion.Feeds;

namespace GraphNews.Ingestion.Reading;

/// <summary>
/// Articles from an unnamed stream such as standard input (<c>-</c>), whose format is recognised from its
/// first bytes: <c>{</c> starts JSON lines (read line by line, however long), <c>[</c> a JSON array of articles (read item
/// by item), <c>&lt;rss</c>/<c>&lt;feed</c> a feed,
/// other markup an HTML page, anything else a plain-text article.
/// </summary>
public static class StreamArticleReader
{
    private const int SniffBytes = 4096;

    public static IEnumerable<ArticleReadResult> Read(Stream input, string name, ReaderOptions options)
    {
        var head = new byte[SniffBytes];
        var length = Fill(input, head);
        var first = head.AsSpan(0, length).IndexOfAnyExcept(" \t\r\n\uFEFF"u8.ToArray());
        var start = first < 0 ? '\0' : (char)head[first];
        if (start == '{')
        {
            return JsonlArticleReader.ReadLines(new PrefixedStream(head, length, input), name, options);
        }

        if (start == '[')
        {
            return JsonArticleReader.Read(new PrefixedStream(head, length, input), name, array: true, options);
        }

        var location = new InputLocation(name);
        var bytes = ReadAll(new PrefixedStream(head, length, input), options.MaxArticleBytes);
        if (bytes is null)
        {
            return [ArticleReadResult.Failed(location, $"the input is larger than the limit of {options.MaxArticleBytes:N0} bytes for one document (--max-bytes)")];
        }

        if (start == '<' && FeedParser.LooksLikeFeed(bytes))
        {
            var feed = FeedParser.Parse(new MemoryStream(bytes));
            return feed.IsSuccess
                ? feed.Items.Select((item, i) => FeedParser.ToArticle(item, new InputLocation(name, i + 1), options)).ToList()
                : [ArticleReadResult.Failed(location, feed.Error!)];
        }

        if (start == '<' && TokenXmlArticleReader.TryRead(bytes, location, options) is { } tokens)
        {
            return [tokens];
        }

        return start == '<'
            ? [HtmlArticleReader.Parse(HtmlArticleReader.Decode(bytes, null), location, options)]
            : [PlainTextArticleReader.Parse(TextDecoding.Decode(bytes), location, options)];
    }

    private static int Fill(Stream input, byte[] buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = input.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>The stream's bytes, or null when there are more than <paramref name="limit"/>.</summary>
    internal static byte[]? ReadAll(Stream input, long limit)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > limit)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
