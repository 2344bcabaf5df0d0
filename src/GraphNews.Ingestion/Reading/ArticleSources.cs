using System.Runtime.CompilerServices;
using GraphNews.Ingestion.Feeds;
using GraphNews.Ingestion.Fetching;

namespace GraphNews.Ingestion.Reading;

/// <summary>
/// Everything a user can name on the command line, as one stream of articles: files and directories,
/// <c>-</c> for standard input, and http(s) URLs of article pages or RSS/Atom feeds. For a feed URL the
/// linked article pages are fetched; when a page cannot be read the item's own text is used instead.
/// </summary>
public sealed class ArticleSources(ReaderOptions options, HttpFetcher? fetcher = null, Func<Stream>? standardInput = null)
{
    public async IAsyncEnumerable<ArticleReadResult> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input == "-")
            {
                foreach (var result in StreamArticleReader.Read((standardInput ?? Console.OpenStandardInput)(), "stdin", options))
                {
                    yield return result;
                }
            }
            else if (IsUrl(input, out var uri))
            {
                await foreach (var result in ReadUrlAsync(uri, cancellationToken))
                {
                    yield return result;
                }
            }
            else
            {
                foreach (var result in ArticleInputs.Read([input], options))
                {
                    yield return result;
                }
            }
        }
    }

    public static bool IsUrl(string input, out Uri uri) =>
        Uri.TryCreate(input, UriKind.Absolute, out uri!) && uri.Scheme is "http" or "https";

    private async IAsyncEnumerable<ArticleReadResult> ReadUrlAsync(Uri uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var location = new InputLocation(uri.AbsoluteUri);
        if (fetcher is null)
        {
            yield return ArticleReadResult.Failed(location, "URLs cannot be read here: no HTTP fetcher is configured");
            yield break;
        }

        var fetched = await fetcher.FetchAsync(uri, cancellationToken);
        if (fetched.Outcome != FetchOutcome.Ok)
        {
            yield return ArticleReadResult.Failed(location, fetched.Error ?? "the server reported no change since the last fetch");
            yield break;
        }

        if (IsFeed(fetched))
        {
            var feed = FeedParser.Parse(new MemoryStream(fetched.Body!));
            if (!feed.IsSuccess)
            {
                yield return ArticleReadResult.Failed(location, feed.Error!);
                yield break;
            }

            var number = 0;
            foreach (var item in feed.Items)
            {
                yield return await ReadFeedItemAsync(item, new InputLocation(uri.AbsoluteUri, ++number), cancellationToken);
            }

            yield break;
        }

        yield return HtmlArticleReader.Parse(HtmlArticleReader.Decode(fetched.Body!, fetched.Charset), location, options, fetched.Uri.AbsoluteUri);
    }

    /// <summary>A feed item as an article: its linked page when that can be fetched and read, else the item's own text.</summary>
    public async Task<ArticleReadResult> ReadFeedItemAsync(FeedItem item, InputLocation location, CancellationToken cancellationToken)
    {
        if (fetcher is not null && item.Link is not null && IsUrl(item.Link, out var link))
        {
            var page = await fetcher.FetchAsync(link, cancellationToken);
            if (page.Outcome == FetchOutcome.Ok)
            {
                var article = HtmlArticleReader.Parse(HtmlArticleReader.Decode(page.Body!, page.Charset), location, options, page.Uri.AbsoluteUri);
                if (article.IsSuccess)
                {
                    return article with
                    {
                        Article = article.Article! with
                        {
                            Published = article.Article.Published ?? (item.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null),
                            Title = string.IsNullOrWhiteSpace(item.Title) ? article.Article.Title : item.Title.Trim(),
                        },
                    };
                }
            }

            var fallback = FeedParser.ToArticle(item, location, options);
            return fallback.IsSuccess ? fallback : ArticleReadResult.Failed(location, $"{link}: {page.Error ?? "no article text in the page"}, and the feed item has no text of its own");
        }

        return FeedParser.ToArticle(item, location, options);
    }

    private static bool IsFeed(FetchResult fetched) =>
        fetched.MediaType is { } type && (type.Contains("rss", StringComparison.OrdinalIgnoreCase) || type.Contains("atom", StringComparison.OrdinalIgnoreCase))
        || (fetched.MediaType is null or "text/xml" or "application/xml" && FeedParser.LooksLikeFeed(fetched.Body!));
}
