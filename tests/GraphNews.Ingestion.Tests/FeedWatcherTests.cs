using System.Net;
using GraphNews.Domain;
using GraphNews.Extraction;
using GraphNews.Ingestion.Feeds;
using GraphNews.Ingestion.Fetching;
using GraphNews.Ingestion.Reading;
using GraphNews.Store.Sqlite;

namespace GraphNews.Ingestion.Tests;

public sealed class FeedWatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class TitleExtractor : IArticleExtractor
    {
        public ArticleGraph Extract(Article article) =>
            new(article, [new GraphEntity(EntityIds.For(EntityLabel.Person, article.Title), EntityLabel.Person, article.Title, [])], []);
    }

    /// <summary>A news site on 127.0.0.1: a feed whose items and version the test changes, and one page per item.</summary>
    private sealed class NewsSite : IDisposable
    {
        private readonly LocalHttpServer server;

        public NewsSite() => server = new LocalHttpServer(Answer);

        public List<(string Guid, string Title, string Description)> Items { get; } = [];

        public int Version { get; set; } = 1;

        public HashSet<string> BrokenPages { get; } = [];

        public Uri Feed => server.At("feed.xml");

        public LocalHttpServer Server => server;

        public void Dispose() => server.Dispose();

        private Reply Answer(HttpListenerRequest request)
        {
            var path = request.Url!.AbsolutePath;
            if (path == "/feed.xml")
            {
                var etag = $"\"v{Version}\"";
                return request.Headers["If-None-Match"] == etag
                    ? new Reply(304)
                    : Reply.Text(FeedTests.Rss(Items.Select(i => (i.Guid, i.Title, server.At($"articles/{i.Guid}").ToString(), i.Description)).ToArray()), "application/rss+xml", ("ETag", etag));
            }

            var guid = path.Split('/')[^1];
            return BrokenPages.Contains(guid)
                ? new Reply(404)
                : Reply.Text($"<html><head><meta property=\"article:published_time\" content=\"2025-03-0{Items.FindIndex(i => i.Guid == guid) + 1}\"></head><body><article><p>Full text of article {guid}, fetched from its page.</p></article></body></html>");
        }
    }

    [Fact]
    public async Task Only_new_items_are_ingested_and_what_was_ingested_survives_a_restart()
    {
        using var folder = new TempFolder();
        using var site = new NewsSite();
        site.Items.Add(("g1", "Putin meets Erdogan", "Summary one."));
        site.Items.Add(("g2", "Macron visits Berlin", "Summary two."));
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "news.db"));
        await store.InitializeAsync(Ct);
        var statePath = WatchState.PathFor(Path.Combine(folder.Path, "news.db"));

        var first = await PollAsync(store, statePath, site.Feed);
        var unchangedFeed = await PollAsync(store, statePath, site.Feed);
        site.Items.Add(("g3", "Scholz calls Biden", "Summary three."));
        site.Version = 2;
        var changedFeed = await PollAsync(store, statePath, site.Feed);

        Assert.Equal((2, 2, 2), (first.Items, first.NewItems, first.Summary!.Written));
        Assert.True(unchangedFeed.NotModified);
        Assert.Equal((3, 1, 1), (changedFeed.Items, changedFeed.NewItems, changedFeed.Summary!.Written));
        var stats = await store.GetStatsAsync(Ct);
        Assert.Equal(3, stats.Articles);
        var article = Assert.Single(await store.GetArticlesAsync([ArticleIds.Choose(null, site.Server.At("articles/g3").ToString(), "")], Ct));
        Assert.Equal("Full text of article g3, fetched from its page.", article.Text);
        Assert.Equal("Scholz calls Biden", article.Title);
        Assert.Equal(new DateOnly(2025, 3, 3), article.Published);
    }

    [Fact]
    public async Task An_item_that_cannot_be_read_is_tried_again_at_the_next_poll_and_a_broken_page_falls_back_to_the_item_text()
    {
        using var folder = new TempFolder();
        using var site = new NewsSite();
        site.Items.Add(("g1", "Summary only", "The feed's own summary of the story."));
        site.Items.Add(("g2", "Nothing yet", ""));
        site.BrokenPages.UnionWith(["g1", "g2"]);
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "news.db"));
        await store.InitializeAsync(Ct);
        var statePath = Path.Combine(folder.Path, "state.db");

        var first = await PollAsync(store, statePath, site.Feed);
        site.BrokenPages.Clear();
        site.Version = 2;
        var second = await PollAsync(store, statePath, site.Feed);

        Assert.Equal(1, first.Summary!.Written);
        var skipped = Assert.Single(first.Summary.Skipped);
        Assert.Contains("HTTP 404", skipped.Reason);
        Assert.Equal((1, 1), (second.NewItems, second.Summary!.Written));
        using var state = new WatchState(statePath);
        Assert.Equal(2, state.CountSeen(site.Feed.AbsoluteUri));
    }

    private static async Task<FeedPoll> PollAsync(SqliteGraphStore store, string statePath, Uri feed)
    {
        using var state = new WatchState(statePath);
        using var http = HttpFetcher.CreateClient();
        var fetcher = new HttpFetcher(http, FetchOptions.Default with { PerHostDelay = TimeSpan.Zero, MaxRetries = 0 }, TimeProvider.System, state);
        var watcher = new FeedWatcher(fetcher, new ArticleSources(ReaderOptions.Default, fetcher), state, new IngestService(new TitleExtractor(), store), IngestOptions.Default, TimeProvider.System);
        return Assert.Single(await watcher.PollAsync([feed], Ct));
    }
}
