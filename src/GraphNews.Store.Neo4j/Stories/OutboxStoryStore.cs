using GraphNews.Domain.Storage;
using GraphNews.Store.Neo4j.Outbox;
using GraphNews.Stories;

namespace GraphNews.Store.Neo4j.Stories;

/// <summary>
/// The story index's store, with every change it applies followed by Neo4j: the articles a change touched (the one
/// placed or removed, and the members of every story it rewrote) are queued in the outbox, whose worker writes their
/// links and stories to Neo4j as the index then holds them (<see cref="Neo4jStoryMirror"/>).
/// </summary>
public sealed class OutboxStoryStore(IStoryStore inner, SqliteOutbox outbox) : IStoryStore
{
    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public async Task ApplyAsync(IReadOnlyList<StoryUpdate> updates, CancellationToken cancellationToken = default)
    {
        await inner.ApplyAsync(updates, cancellationToken).ConfigureAwait(false);
        var touched = updates.SelectMany(u => u.RemovedArticles
            .Concat(u.Added is { } added ? [added.ArticleId] : [])
            .Concat(u.Stories.SelectMany(s => s.Articles.Select(a => a.ArticleId))));
        await outbox.EnqueueStoryLinksAsync(touched, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<ArticleSignature> ReadSignaturesAsync(CancellationToken cancellationToken = default) => inner.ReadSignaturesAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LoadMembershipAsync(CancellationToken cancellationToken = default) => inner.LoadMembershipAsync(cancellationToken);

    public Task<IReadOnlyList<(string A, string B)>> GetSameEventLinksAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) =>
        inner.GetSameEventLinksAsync(articleIds, cancellationToken);

    public Task<IReadOnlyList<RelatedArticle>> GetRelatedAsync(string articleId, int first, CancellationToken cancellationToken = default) =>
        inner.GetRelatedAsync(articleId, first, cancellationToken);

    public Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default) => inner.GetStoryAsync(storyId, cancellationToken);

    public Task<StoryRecord?> GetStoryOfArticleAsync(string articleId, CancellationToken cancellationToken = default) => inner.GetStoryOfArticleAsync(articleId, cancellationToken);

    public Task<Page<StoryRecord>> ListStoriesAsync(StoryFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        inner.ListStoriesAsync(filter, page, cancellationToken);
}
