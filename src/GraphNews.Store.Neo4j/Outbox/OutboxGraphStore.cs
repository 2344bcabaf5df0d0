using GraphNews.Domain;
using GraphNews.Domain.Storage;

namespace GraphNews.Store.Neo4j.Outbox;

/// <summary>
/// Neo4j behind a durable outbox: writes are validated, recorded in the local <see cref="SqliteOutbox"/>
/// and acknowledged at once; an <see cref="OutboxWorker"/> carries them to Neo4j, retrying until it
/// succeeds. Reads go straight to Neo4j, so a write becomes visible once the worker has delivered it.
/// </summary>
public sealed class OutboxGraphStore(IGraphStore inner, SqliteOutbox outbox, RelationOntology? ontology = null) : IGraphStore
{
    private readonly RelationOntology relations = ontology ?? RelationOntology.Default;

    public IOutboxStatus Status => outbox;

    /// <summary>Prepares the outbox only: Neo4j's schema is applied by the worker, so start-up succeeds while Neo4j is down.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => outbox.InitializeAsync(cancellationToken);

    public Task<WriteResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default) =>
        UpsertArticlesAsync([graph], cancellationToken);

    /// <summary>Accepts the articles durably; the counts are what was accepted (whether a graph is unchanged is decided later, in Neo4j).</summary>
    public async Task<WriteResult> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default)
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
    public async Task<bool> DeleteArticleAsync(string articleId, CancellationToken cancellationToken = default)
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
                exists = (await inner.GetArticlesAsync([articleId], cancellationToken).ConfigureAwait(false)).Count > 0;
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

    public Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetArticlesAsync(ids, cancellationToken);

    public Task<Page<ArticleRecord>> ListArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        inner.ListArticlesAsync(filter, page, cancellationToken);

    public Task<Page<ArticleRecord>> ListArticlesMentioningAsync(string entityId, PageRequest page, CancellationToken cancellationToken = default) =>
        inner.ListArticlesMentioningAsync(entityId, page, cancellationToken);

    public Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetEntitiesAsync(ids, cancellationToken);

    public Task<IReadOnlyList<EntityRecord>> FindEntitiesByNameAsync(string nameOrAlias, CancellationToken cancellationToken = default) =>
        inner.FindEntitiesByNameAsync(nameOrAlias, cancellationToken);

    public Task<IReadOnlyList<EntityMatch>> SearchEntitiesAsync(string query, EntityLabel? label, int limit, CancellationToken cancellationToken = default) =>
        inner.SearchEntitiesAsync(query, label, limit, cancellationToken);

    public Task<Page<EntityRecord>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        inner.ListEntitiesAsync(filter, page, cancellationToken);

    public Task<Page<FactRecord>> FindFactsAsync(FactQuery query, PageRequest page, CancellationToken cancellationToken = default) =>
        inner.FindFactsAsync(query, page, cancellationToken);

    public Task<IReadOnlyList<FactRecord>> GetFactsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetFactsAsync(ids, cancellationToken);

    public Task<IReadOnlyList<EvidenceRecord>> GetEvidenceAsync(IReadOnlyCollection<string> factIds, int? perFact = null, CancellationToken cancellationToken = default) =>
        inner.GetEvidenceAsync(factIds, perFact, cancellationToken);

    public Task<IReadOnlyList<FactRecord>> GetFactsOfArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        inner.GetFactsOfArticleAsync(articleId, cancellationToken);

    public Task<Neighborhood> GetNeighborhoodAsync(string entityId, int depth, int limit, FactFilter filter, CancellationToken cancellationToken = default) =>
        inner.GetNeighborhoodAsync(entityId, depth, limit, filter, cancellationToken);

    public Task<IReadOnlyList<FactRecord>> FindShortestPathAsync(string fromEntityId, string toEntityId, int maxHops, CancellationToken cancellationToken = default) =>
        inner.FindShortestPathAsync(fromEntityId, toEntityId, maxHops, cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => inner.GetStatsAsync(cancellationToken);

    public Task<IReadOnlyList<IdentityCandidateRecord>> GetIdentityCandidatesAsync(string? entityId, int limit, CancellationToken cancellationToken = default) =>
        inner.GetIdentityCandidatesAsync(entityId, limit, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await outbox.DisposeAsync().ConfigureAwait(false);
    }
}
