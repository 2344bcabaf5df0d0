using GraphNews.Domain;
using GraphNews.Domain.Storage;

namespace GraphNews.Store.Neo4j.Outbox;

/// <summary>
/// Neo4j behind a durable outbox: writes are validated, recorded in the local <see cref="SqliteOutbox"/>
/// and acknowledged at once; an <see cref="OutboxWorker"/> carries them to Neo4j, retrying until it
/// succeeds. Reads go straight to Neo4j, so a write becomes visible once the worker has delivered it.
/// </summary>
public sealed class OutboxGraphStore(IGraphStore inner, SqliteOutbox outbox, RelationOntology? ontology = null) : ForwardingGraphStore(inner)
{
    private readonly RelationOntology relations = ontology ?? RelationOntology.Default;

    public IOutboxStatus Status => outbox;

    /// <summary>Prepares the outbox only: Neo4j's schema is applied by the worker, so start-up succeeds while Neo4j is down.</summary>
    public override Task InitializeAsync(CancellationToken cancellationToken = default) => outbox.InitializeAsync(cancellationToken);

    public override Task<WriteResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default) =>
        UpsertArticlesAsync([graph], cancellationToken);

    /// <summary>Accepts the articles durably; the counts are what was accepted (whether a graph is unchanged is decided later, in Neo4j).</summary>
    public override async Task<WriteResult> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default)
    {
        foreach (var graph in graphs)
        {
            ArticleGraphValidator.Validate(graph, relations);
        }

        await outbox.EnqueueUpsertsAsync(graphs, cancellationToken).ConfigureAwait(false);
        return new WriteResult(
            graphs.Count,
            graphs.Sum(g => g.Entities.Count),
            graphs.Sum(g => g.Relations.Select(r => FactIds.For(r, relations)).Distinct(StringComparer.Ordinal).Count()));
    }

    /// <summary>
    /// Queues the deletion when the article is queued or stored. While Neo4j cannot be asked, the
    /// deletion is queued anyway (deleting a missing article is harmless) and reported as done.
    /// </summary>
    public override async Task<bool> DeleteArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        bool exists;
        if (await outbox.HasQueuedUpsertAsync(articleId, cancellationToken).ConfigureAwait(false))
        {
            exists = true;
        }
        else
        {
            try
            {
                exists = (await Inner.GetArticlesAsync([articleId], cancellationToken).ConfigureAwait(false)).Count > 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                exists = true;
            }
        }

        if (exists)
        {
            await outbox.EnqueueDeleteAsync(articleId, cancellationToken).ConfigureAwait(false);
        }

        return exists;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync().ConfigureAwait(false);
        await outbox.DisposeAsync().ConfigureAwait(false);
    }
}
