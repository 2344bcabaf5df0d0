using System.ServiceModel.Syndication;
using System.Xml;
using GraphNews.Domain;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Ingestion.Feeds;

/// <summary>One entry of an RSS or Atom feed. <see cref="Key"/> identifies it across polls (guid/id, else link).</summary>
public sealed record FeedItem(string Key, string? Title, string? Link, string? Body, DateTimeOffset? Published);

/// <summary>A parsed feed, or why it could not be parsed.</summary>
public sealed record FeedDocument(string? Title, IReadOnlyList<FeedItem> Items, string? Error)
{
    public bool IsSuccess => Error is null;
}

/// <summary>Reads RSS 2.0 and Atom 1.0 with System.ServiceModel.Syndication; never throws on a bad document.</summary>
public static class FeedParser
{
    public static FeedDocument Parse(Stream content)
    {
        try
        {
            using var xml = XmlReader.Create(content, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            var feed = SyndicationFeed.Load(xml);
            var items = feed.Items.Select(ToItem).ToList();
            return new FeedDocument(feed.Title?.Text, items, null);
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return new FeedDocument(null, [], $"not an RSS or Atom feed ({e.Message})");
        }
    }

    public static bool LooksLikeFeed(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head[..Math.Min(head.Length, 1024)]);
        return text.Contains("<rss", StringComparison.OrdinalIgnoreCase) || text.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The item itself as an article, for feeds read without fetching the linked pages.</summary>
    public static ArticleReadResult ToArticle(FeedItem item, InputLocation location, ReaderOptions options)
    {
        var html = item.Body ?? string.Empty;
        var text = html.Length == 0 ? string.Empty : HtmlArticleReader.ExtractPage($"<html><body>{html}</body></html>", item.Link).MainText;
        if (text.Length == 0)
        {
            return ArticleReadResult.Failed(location, "the feed item has no text (no description or content)");
        }

        return ArticleReadResult.Ok(location, new Article
        {
            Id = ArticleIds.Choose(null, item.Link, text),
            Title = string.IsNullOrWhiteSpace(item.Title) ? text.Split('\n', 2)[0] : item.Title.Trim(),
            Text = text,
            Published = item.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : options.DefaultPublished,
            Url = item.Link,
        });
    }

    private static FeedItem ToItem(SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
        var body = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
        var key = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim() : link ?? ArticleIds.Choose(null, null, $"{item.Title?.Text}\n{body}");

        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
        return new FeedItem(key, item.Title?.Text, link, body, published);
    }
}
