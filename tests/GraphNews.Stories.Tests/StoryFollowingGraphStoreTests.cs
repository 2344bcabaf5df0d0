using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Store.Sqlite;

namespace GraphNews.Stories.Tests;

/// <summary>Writes through the store reach the story index once the inner store has accepted them, and only then.</summary>
public sealed class StoryFollowingGraphStoreTests : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"graphnews-following-{Guid.NewGuid():N}.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ArticleGraph[] Talks() =>
    [
        Graphs.Article("talks-1", "2025-06-06", "Ana Ruiz meets Bo Chen in Lima", "Ana Ruiz met Bo Chen in Lima on Friday to discuss the border dispute.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima"], ("MET_WITH", "Ana Ruiz", "Bo Chen", [])),
        Graphs.Article("talks-2", "2025-06-07", "Ruiz and Chen hold talks in Lima", "Ana Ruiz met Bo Chen in Lima; the border dispute was discussed.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima"], ("MET_WITH", "Bo Chen", "Ana Ruiz", [])),
    ];

    /// <summary>A SQLite graph store the story index follows.</summary>
    private async Task<StoryFollowingGraphStore> OpenAsync(StoryService stories)
    {
        var store = new StoryFollowingGraphStore(new SqliteGraphStore(path), stories);
        await store.InitializeAsync(Ct);
        return store;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Articles_written_through_it_are_linked_into_stories_and_a_deletion_unlinks_them()
    {
        using var stories = new StoryService(new InMemoryStoryStore());
        await using var store = await OpenAsync(stories);

        await store.UpsertArticlesAsync([.. Graphs.Background()], Ct);
        var (first, second) = (Talks()[0], Talks()[1]);
        await store.UpsertArticleAsync(first, Ct);
        await store.UpsertArticlesAsync([second], Ct);

        Assert.Equal(8, await stories.CountIndexedAsync(Ct));
        Assert.Equal(["talks-1", "talks-2"], (await stories.GetStoryOfArticleAsync("talks-2", Ct))!.Articles.Select(a => a.ArticleId));

        Assert.True(await store.DeleteArticleAsync("talks-1", Ct));
        Assert.False(await store.DeleteArticleAsync("talks-1", Ct));
        Assert.Null(await stories.GetStoryOfArticleAsync("talks-1", Ct));
        Assert.Empty(await stories.GetRelatedAsync("talks-2", 5, Ct));
        Assert.Equal(7, await stories.CountIndexedAsync(Ct));
    }

    [Fact]
    public async Task An_article_the_inner_store_refuses_is_not_indexed()
    {
        using var stories = new StoryService(new InMemoryStoryStore());
        await using var store = await OpenAsync(stories);
        var refused = Talks()[0] with { Relations = [.. Talks()[0].Relations.Select(r => r with { Type = "NOT_A_TYPE" })] };

        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertArticleAsync(refused, Ct));

        Assert.Equal(0, await stories.CountIndexedAsync(Ct));
    }

    [Fact]
    public async Task A_story_index_that_cannot_store_its_change_does_not_fail_the_accepted_write()
    {
        using var stories = new StoryService(new UnwritableStoryStore());
        await using var store = await OpenAsync(stories);

        var written = await store.UpsertArticlesAsync(Talks(), Ct);

        Assert.Equal(2, written.Articles);
        Assert.Equal(2, (await store.GetArticlesAsync(["talks-1", "talks-2"], Ct)).Count);
    }

    /// <summary>A story store whose disk is full: it reads as empty and refuses every change.</summary>
    private sealed class UnwritableStoryStore : IStoryStore
    {
        private readonly InMemoryStoryStore empty = new();

        public Task InitializeAsync(CancellationToken cancellationToken = default) => empty.InitializeAsync(cancellationToken);

        public IAsyncEnumerable<ArticleSignature> ReadSignaturesAsync(CancellationToken cancellationToken = default) => empty.ReadSignaturesAsync(cancellationToken);

        public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LoadMembershipAsync(CancellationToken cancellationToken = default) => empty.LoadMembershipAsync(cancellationToken);

        public Task<IReadOnlyList<(string A, string B)>> GetSameEventLinksAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) =>
            empty.GetSameEventLinksAsync(articleIds, cancellationToken);

        public Task ApplyAsync(IReadOnlyList<StoryUpdate> updates, CancellationToken cancellationToken = default) => throw new IOException("disk full");

        public Task<IReadOnlyList<RelatedArticle>> GetRelatedAsync(string articleId, int first, CancellationToken cancellationToken = default) => empty.GetRelatedAsync(articleId, first, cancellationToken);

        public Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default) => empty.GetStoryAsync(storyId, cancellationToken);

        public Task<StoryRecord?> GetStoryOfArticleAsync(string articleId, CancellationToken cancellationToken = default) => empty.GetStoryOfArticleAsync(articleId, cancellationToken);

        public Task<Page<StoryRecord>> ListStoriesAsync(StoryFilter filter, PageRequest page, CancellationToken cancellationToken = default) => empty.ListStoriesAsync(filter, page, cancellationToken);
    }
}
