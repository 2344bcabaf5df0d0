using GraphNews.Domain;

namespace GraphNews.Stories.Tests;

public sealed class SignatureVersionTests
{
    private sealed class Source(ArticleGraph graph) : IStoryArticleSource
    {
        public Task<IReadOnlyList<ArticleVersion>> ListArticleVersionsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ArticleVersion>>([new ArticleVersion(graph.Article.Id, graph.Article.Published, ArticleGraphJson.Fingerprint(graph))]);

        public Task<ArticleGraph?> LoadGraphAsync(string articleId, CancellationToken cancellationToken = default) =>
            Task.FromResult<ArticleGraph?>(articleId == graph.Article.Id ? graph : null);
    }

    [Fact]
    public async Task A_signature_stored_before_event_kinds_is_rebuilt_by_the_next_sync_though_the_article_is_unchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        var graph = Graphs.Article(
            "quake",
            "2025-03-28",
            "Earthquake strikes central Myanmar",
            "A magnitude 7.7 earthquake struck near Mandalay on Friday.",
            ["Location:Mandalay", "Country:Myanmar"]);
        var store = new InMemoryStoryStore();
        var old = new ArticleSignature { ArticleId = "quake", Title = graph.Article.Title, Published = graph.Article.Published, Fingerprint = ArticleGraphJson.Fingerprint(graph) };
        await store.ApplyAsync([new StoryUpdate { Added = old, Stories = [new StoryRecord { Id = "story-old", Title = old.Title, Articles = [new StoryArticle("quake", old.Title, old.Published)] }] }], ct);
        using var service = new StoryService(store);

        Assert.Equal((1, 0), await service.SyncAsync(new Source(graph), ct));
        var stored = Assert.Single(await store.ReadSignaturesAsync(ct).ToListAsync(ct));
        Assert.Equal(ArticleSignature.CurrentVersion, stored.Version);
        Assert.Contains("earthquake", stored.HeadlineKinds);
        Assert.Equal((0, 0), await service.SyncAsync(new Source(graph), ct));
    }
}
