namespace GraphNews.Domain.Storage;

/// <summary>
/// Where article graphs live. Every store (embedded SQLite, Neo4j) honours the same contract,
/// checked by one shared test suite (tests/GraphNews.Store.Contract).
/// </summary>
/// <remarks>
/// Writes are per article and atomic: an article's graph is stored wholly or not at all, re-writing
/// the same graph changes nothing, and a changed graph replaces every fact the article contributed
/// before. Facts are shared across articles: each article adds evidence to a fact, and a fact
/// disappears with its last evidence; an entity disappears with the last article that mentions it.
/// </remarks>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates the schema (tables, constraints, indexes) if missing. Idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    Task<WriteResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default);

    /// <summary>Writes many articles; each article is still atomic on its own.</summary>
    Task<WriteResult> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default);

    /// <summary>Removes an article and everything only it supported. False when there was no such article.</summary>
    Task<bool> DeleteArticleAsync(string articleId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Articles newest first (then by id).</summary>
    Task<Page<ArticleRecord>> ListArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Articles that mention the entity, newest first.</summary>
    Task<Page<ArticleRecord>> ListArticlesMentioningAsync(string entityId, PageRequest page, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Entities whose canonical name or one of whose aliases equals <paramref name="nameOrAlias"/>, ignoring case; most mentioned first.</summary>
    Task<IReadOnlyList<EntityRecord>> FindEntitiesByNameAsync(string nameOrAlias, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over names and aliases, best match first.</summary>
    Task<IReadOnlyList<EntityMatch>> SearchEntitiesAsync(string query, EntityLabel? label, int limit, CancellationToken cancellationToken = default);

    /// <summary>Entities by name (then id), optionally filtered.</summary>
    Task<Page<EntityRecord>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<FactRecord>> FindFactsAsync(FactQuery query, PageRequest page, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<FactRecord>> GetFactsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Evidence of the given facts, ordered by fact, then article, then offset. With <paramref name="perFact"/>,
    /// only that many of each fact's evidence, the most confident (then by article and offset): a fact
    /// thousands of articles report must not cost thousands of rows to show.
    /// </summary>
    Task<IReadOnlyList<EvidenceRecord>> GetEvidenceAsync(IReadOnlyCollection<string> factIds, int? perFact = null, CancellationToken cancellationToken = default);

    /// <summary>Facts that the article supports.</summary>
    Task<IReadOnlyList<FactRecord>> GetFactsOfArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Entities within <paramref name="depth"/> hops of the entity (at most <paramref name="limit"/> nodes) and the facts between them.</summary>
    Task<Neighborhood> GetNeighborhoodAsync(string entityId, int depth, int limit, FactFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The facts along one shortest path (ignoring direction) between two entities, or empty when none within <paramref name="maxHops"/>.</summary>
    Task<IReadOnlyList<FactRecord>> FindShortestPathAsync(string fromEntityId, string toEntityId, int maxHops, CancellationToken cancellationToken = default);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>Possible merges the resolver kept apart, involving the entity (either side) or all when null; highest score first.</summary>
    Task<IReadOnlyList<IdentityCandidateRecord>> GetIdentityCandidatesAsync(string? entityId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Names stored under two labels that no majority of articles or knowledge settled ("Nakilat" once a place, once an
    /// organisation), as identity candidates worth <see cref="IdentityCandidateRecord.LabelSplitScore"/>, involving the entity
    /// (either side) or all when null: the entity with the later id, an article that mentions it, the other entity. Computed
    /// when asked, so never stale; no article recorded them.
    /// </summary>
    Task<IReadOnlyList<IdentityCandidateRecord>> GetLabelSplitsAsync(string? entityId, int limit, CancellationToken cancellationToken = default);
}
