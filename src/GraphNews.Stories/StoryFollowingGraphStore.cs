using GraphNews.Domain;
using GraphNews.Domain.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphNews.Stories;

/// <summary>
/// A store whose writes the story index follows: every article written or deleted through it is linked or
/// unlinked by <paramref name="stories"/> once the inner store has accepted the change. This is how ingests reach
/// the stories when the story index cannot read articles back from the store itself (Neo4j behind its outbox).
/// The write has been accepted by then, so a failure of the story index is logged, not thrown: the articles are
/// indexed again the next time they are written.
/// </summary>
public sealed class StoryFollowingGraphStore(IGraphStore inner, StoryService stories, ILogger? logger = null) : ForwardingGraphStore(inner)
{
    private readonly ILogger logger = logger ?? NullLogger.Instance;

    public override Task<WriteResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default) =>
        UpsertArticlesAsync([graph], cancellationToken);

    public override async Task<WriteResult> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default)
    {
        var written = await Inner.UpsertArticlesAsync(graphs, cancellationToken).ConfigureAwait(false);
        await FollowAsync(() => stories.OnArticlesStoredAsync(graphs, cancellationToken), graphs.Count).ConfigureAwait(false);
        return written;
    }

    public override async Task<bool> DeleteArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var deleted = await Inner.DeleteArticleAsync(articleId, cancellationToken).ConfigureAwait(false);
        if (deleted)
        {
            await FollowAsync(() => stories.OnArticleDeletedAsync(articleId, cancellationToken), 1).ConfigureAwait(false);
        }

        return deleted;
    }

    private async Task FollowAsync(Func<Task> change, int articles)
    {
        try
        {
            await change().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The story index did not follow {Count} stored article(s): {Reason}", articles, e.Message);
        }
    }
}
