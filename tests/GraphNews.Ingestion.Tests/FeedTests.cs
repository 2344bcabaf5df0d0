using System.Text;
using GraphNews.Ingestion.Feeds;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Ingestion.Tests;

public sealed class FeedTests
{
    internal static string Rss(params (string Guid, string Title, string Link, string Description)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Example World News</title><link>https://news.example/</link><description>World</description>
        {string.Concat(items.Select(i => $"<item><guid>{i.Guid}</guid><title>{i.Title}</title><link>{i.Link}</link><description>{System.Net.WebUtility.HtmlEncode(i.Description)}</description><pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate></item>"))}
        </channel></rss>
        """;

    [Fact]
    public void Rss_items_keep_their_guid_link_title_text_and_date()
    {
        var feed = FeedParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Rss(("g-1", "Leaders meet", "https://news.example/a", "<p>Putin met Erdogan in Sochi.</p>")))));

        Assert.True(feed.IsSuccess, feed.Error);
        Assert.Equal("Example World News", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal(("g-1", "Leaders meet", "https://news.example/a"), (item.Key, item.Title, item.Link));
        var article = FeedParser.ToArticle(item, new InputLocation("feed", 1), ReaderOptions.Default).Article!;
        Assert.Equal("Putin met Erdogan in Sochi.", article.Text);
        Assert.Equal(new DateOnly(2025, 3, 4), article.Published);
    }

    [Fact]
    public void Atom_entries_are_read_too()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:feed</id><updated>2025-03-05T00:00:00Z</updated>
              <entry><id>urn:entry:1</id><title>Macron visits Berlin</title><link href="https://news.example/b"/><updated>2025-03-05T08:00:00Z</updated>
                <summary>French President Emmanuel Macron visited Berlin.</summary></entry>
            </feed>
            """;
        using var folder = new TempFolder();
        var file = folder.Write("news.atom", atom);

        var result = Assert.Single(ArticleInputs.Read([file], ReaderOptions.Default));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Macron visits Berlin", result.Article!.Title);
        Assert.Equal("https://news.example/b", result.Article.Url);
        Assert.Equal(new InputLocation(file, 1), result.Location);
    }

    [Fact]
    public void A_document_that_is_not_a_feed_is_one_clear_failure()
    {
        using var folder = new TempFolder();
        var file = folder.Write("broken.rss", "<rss><channel><item>");

        var result = Assert.Single(ArticleInputs.Read([file], ReaderOptions.Default));

        Assert.False(result.IsSuccess);
        Assert.StartsWith("not an RSS or Atom feed", result.Error);
    }
}
