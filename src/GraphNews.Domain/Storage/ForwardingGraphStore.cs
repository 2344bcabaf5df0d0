namespace GraphNews.Domain.Storage;

/// <summary>
/// A store that hands every call to another store: the base of decorators that change a few calls (how writes are
/// carried, who is told about them) and leave the rest as the inner store answers them. Disposing it disposes the inner store.
/// </summary>
public abstract class ForwardingGraphStore(IGraphStore inner) : IGraphStore
{
    protected IGraphStore Inner { get; } = inner;

    public virtual Task InitializeAsync(CancellationToken cancellationToken = default) => Inner.InitializeAsync(cancellationToken);

    public virtual Task<WriteResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default) =>
        Inner.UpsertArticleAsync(graph, cancellationToken);

    public virtual Task<WriteResult> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default) =>
        Inner.UpsertArticlesAsync(graphs, cancellationToken);

    public virtual Task<bool> DeleteArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        Inner.DeleteArticleAsync(articleId, cancellationToken);

    public virtual Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Inner.GetArticlesAsync(ids, cancellationToken);

    public virtual Task<Page<ArticleRecord>> ListArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Inner.ListArticlesAsync(filter, page, cancellationToken);

    public virtual Task<Page<ArticleRecord>> ListArticlesMentioningAsync(string entityId, PageRequest page, CancellationToken cancellationToken = default) =>
        Inner.ListArticlesMentioningAsync(entityId, page, cancellationToken);

    public virtual Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Inner.GetEntitiesAsync(ids, cancellationToken);

    public virtual Task<IReadOnlyList<EntityRecord>> FindEntitiesByNameAsync(string nameOrAlias, CancellationToken cancellationToken = default) =>
        Inner.FindEntitiesByNameAsync(nameOrAlias, cancellationToken);

    public virtual Task<IReadOnlyList<EntityMatch>> SearchEntitiesAsync(string query, EntityLabel? label, int limit, CancellationToken cancellationToken = default) =>
        Inner.SearchEntitiesAsync(query, label, limit, cancellationToken);

    public virtual Task<Page<EntityRecord>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Inner.ListEntitiesAsync(filter, page, cancellationToken);

    public virtual Task<Page<FactRecord>> FindFactsAsync(FactQuery query, PageRequest page, CancellationToken cancellationToken = default) =>
        Inner.FindFactsAsync(query, page, cancellationToken);

    public virtual Task<IReadOnlyList<FactRecord>> GetFactsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Inner.GetFactsAsync(ids, cancellationToken);

    public virtual Task<IReadOnlyList<EvidenceRecord>> GetEvidenceAsync(IReadOnlyCollection<string> factIds, int? perFact = null, CancellationToken cancellationToken = default) =>
        Inner.GetEvidenceAsync(factIds, perFact, cancellationToken);

    public virtual Task<IReadOnlyList<FactRecord>> GetFactsOfArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        Inner.GetFactsOfArticleAsync(articleId, cancellationToken);

    public virtual Task<Neighborhood> GetNeighborhoodAsync(string entityId, int depth, int limit, FactFilter filter, CancellationToken cancellationToken = default) =>
        Inner.GetNeighborhoodAsync(entityId, depth, limit, filter, cancellationToken);

    public virtual Task<IReadOnlyList<FactRecord>> FindShortestPathAsync(string fromEntityId, string toEntityId, int maxHops, CancellationToken cancellationToken = default) =>
        Inner.FindShortestPathAsync(fromEntityId, toEntityId, maxHops, cancellationToken);

    public virtual Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => Inner.GetStatsAsync(cancellationToken);

    public virtual Task<IReadOnlyList<IdentityCandidateRecord>> GetIdentityCandidatesAsync(string? entityId, int limit, CancellationToken cancellationToken = default) =>
        Inner.GetIdentityCandidatesAsync(entityId, limit, cancellationToken);

    public virtual Task<IReadOnlyList<IdentityCandidateRecord>> GetLabelSplitsAsync(string? entityId, int limit, CancellationToken cancellationToken = default) =>
        Inner.GetLabelSplitsAsync(entityId, limit, cancellationToken);

    public virtual async ValueTask DisposeAsync()
    {
        await Inner.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }
}
