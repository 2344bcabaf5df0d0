using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Store.Neo4j.Http;
using GraphNews.Store.Neo4j.Stories;
using GraphNews.Store.Neo4j.Writing;
using GraphNews.Stories;
using Microsoft.Extensions.Logging;

namespace GraphNews.Store.Neo4j;

/// <summary>
/// Neo4j as the graph store, over its HTTP APIs. Every query is a file under <c>cypher/</c> (embedded),
/// always run with parameters. The graph model is described in cypher/README.md.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    /// <summary>shortestPath needs a literal bound; shortest-path.cypher uses this one.</summary>
    public const int MaxPathHops = 15;

    private readonly ICypherRunner runner;
    private readonly RelationOntology ontology;
    private readonly int batchSize;
    private readonly IDisposable? ownedRunner;

    public Neo4jGraphStore(ICypherRunner runner, int writeBatchSize = 100, RelationOntology? ontology = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(writeBatchSize, 1);
        this.runner = runner;
        this.ontology = ontology ?? RelationOntology.Default;
        batchSize = writeBatchSize;
    }

    private Neo4jGraphStore(CypherRunner runner, int writeBatchSize, IDisposable owned)
        : this(runner, writeBatchSize)
    {
        ownedRunner = owned;
    }

    /// <summary>A store that owns its HTTP runner (and its HttpClient unless one is given).</summary>
    public static Neo4jGraphStore Create(Neo4jOptions options, HttpClient? httpClient = null, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        var runner = new CypherRunner(options, httpClient, timeProvider, logger);
        return new Neo4jGraphStore(runner, options.WriteBatchSize, runner);
    }

    /// <summary>Writes the story index's links and stories of articles into this Neo4j, over this store's connection.</summary>
    public Neo4jStoryMirror StoryMirror(IStoryStore stories) => new(runner, stories);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // Schema commands cannot share a transaction with each other or with writes: one call each.
        foreach (var statement in CypherCatalog.Statements("schema.cypher"))
        {
            await runner.RunAsync(new CypherStatement("schema.cypher", statement, new Dictionary<string, object?>()), false, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<WriteResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default) =>
        UpsertArticlesAsync([graph], cancellationToken);

    public async Task<WriteResult> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default)
    {
        foreach (var graph in graphs)
        {
            ArticleGraphValidator.Validate(graph, ontology);
        }

        // A later version of the same article in one call replaces the earlier one, as sequential writes would.
        var latest = graphs.GroupBy(g => g.Article.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var result = WriteResult.Empty;
        foreach (var batch in latest.Chunk(batchSize))
        {
            var stored = await FingerprintsAsync(batch.Select(g => g.Article.Id).ToList(), cancellationToken).ConfigureAwait(false);
            var changed = batch.Where(g => stored.GetValueOrDefault(g.Article.Id) != ArticleGraphJson.Fingerprint(g)).ToList();
            result = result.Add(WriteResult.Empty with { Unchanged = batch.Length - changed.Count });
            if (changed.Count == 0)
            {
                continue;
            }

            await runner.RunInTransactionAsync(ArticleWritePlan.ForUpsert(changed, ontology), cancellationToken).ConfigureAwait(false);
            result = result.Add(new WriteResult(changed.Count, changed.Sum(g => g.Entities.Count), changed.Sum(g => ArticleWritePlan.DistinctFacts(g, ontology))));
        }

        return result;
    }

    public async Task<bool> DeleteArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var results = await runner.RunInTransactionAsync(ArticleWritePlan.ForDelete(articleId), cancellationToken).ConfigureAwait(false);
        return Neo4jRecords.Int(results[^1].Scalar("deleted")) > 0;
    }

    public async Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync("queries/articles-by-id.cypher", cancellationToken, ("ids", ids.Distinct().ToList())).ConfigureAwait(false);
        return result.Column("article").Select(Neo4jRecords.Article).ToList();
    }

    public async Task<Page<ArticleRecord>> ListArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(
            "queries/list-articles.cypher", cancellationToken,
            ("since", filter.Since), ("until", filter.Until), ("source", filter.Source),
            ("title", filter.TitleContains is null ? null : NameKeys.For(filter.TitleContains)),
            ("offset", Offset(page)), ("limit", Limit(page))).ConfigureAwait(false);
        return ToPage(result, page, Neo4jRecords.Article);
    }

    public async Task<Page<ArticleRecord>> ListArticlesMentioningAsync(string entityId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(
            "queries/articles-mentioning.cypher", cancellationToken,
            ("entityId", entityId), ("offset", Offset(page)), ("limit", Limit(page))).ConfigureAwait(false);
        return ToPage(result, page, Neo4jRecords.Article);
    }

    public async Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync("queries/entities-by-id.cypher", cancellationToken, ("ids", ids.Distinct().ToList())).ConfigureAwait(false);
        return result.Column("entity").Select(Neo4jRecords.Entity).ToList();
    }

    public async Task<IReadOnlyList<EntityRecord>> FindEntitiesByNameAsync(string nameOrAlias, CancellationToken cancellationToken = default)
    {
        var key = NameKeys.For(nameOrAlias);
        if (key.Length == 0)
        {
            return [];
        }

        var result = await ReadAsync("queries/entities-by-name.cypher", cancellationToken, ("nameKey", key)).ConfigureAwait(false);
        return result.Column("entity").Select(Neo4jRecords.Entity).ToList();
    }

    public async Task<IReadOnlyList<EntityMatch>> SearchEntitiesAsync(string query, EntityLabel? label, int limit, CancellationToken cancellationToken = default)
    {
        var lucene = LuceneQuery.ForPrefixSearch(query);
        if (lucene is null || limit <= 0)
        {
            return [];
        }

        var result = await ReadAsync(
            "queries/search-entities.cypher", cancellationToken,
            ("query", lucene), ("label", label?.ToString()), ("limit", limit)).ConfigureAwait(false);
        var entity = result.IndexOf("entity");
        var score = result.IndexOf("score");
        return result.Rows.Select(r => new EntityMatch(Neo4jRecords.Entity(r[entity]), Neo4jRecords.Double(r[score]))).ToList();
    }

    public async Task<Page<EntityRecord>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(
            "queries/list-entities.cypher", cancellationToken,
            ("labels", (filter.Labels ?? []).Select(l => l.ToString()).ToList()),
            ("name", filter.NameContains is null ? null : NameKeys.For(filter.NameContains)),
            ("offset", Offset(page)), ("limit", Limit(page))).ConfigureAwait(false);
        return ToPage(result, page, Neo4jRecords.Entity);
    }

    public async Task<Page<FactRecord>> FindFactsAsync(FactQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        var parameters = FilterParameters(query.Filter);
        parameters["topicIds"] = query.TopicIds.ToList();
        parameters["sort"] = query.Sort.ToString();
        parameters["offset"] = Offset(page);
        parameters["limit"] = Limit(page);
        string file;
        if (query.EntityIds.Count > 0)
        {
            file = "queries/find-facts-of-entities.cypher";
            parameters["entityIds"] = query.EntityIds.ToList();
            parameters["direction"] = query.Direction.ToString();
        }
        else
        {
            file = "queries/find-facts.cypher";
        }

        var result = await runner.RunAsync(new CypherStatement(file, CypherCatalog.Get(file), parameters), true, cancellationToken).ConfigureAwait(false);
        return ToPage(result, page, Neo4jRecords.Fact);
    }

    public async Task<IReadOnlyList<FactRecord>> GetFactsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync("queries/facts-by-id.cypher", cancellationToken, ("ids", ids.Distinct().ToList())).ConfigureAwait(false);
        return result.Column("fact").Select(Neo4jRecords.Fact).ToList();
    }

    public async Task<IReadOnlyList<EvidenceRecord>> GetEvidenceAsync(IReadOnlyCollection<string> factIds, int? perFact = null, CancellationToken cancellationToken = default)
    {
        if (factIds.Count == 0 || perFact <= 0)
        {
            return [];
        }

        var result = await ReadAsync("queries/evidence-of-facts.cypher", cancellationToken, ("factIds", factIds.Distinct().ToList()), ("perFact", perFact)).ConfigureAwait(false);
        int fact = result.IndexOf("factId"), article = result.IndexOf("articleId"), sentence = result.IndexOf("sentence"),
            start = result.IndexOf("startOffset"), end = result.IndexOf("endOffset"), confidence = result.IndexOf("confidence");
        return result.Rows.Select(r => new EvidenceRecord(
            (string)r[fact]!, (string)r[article]!, r[sentence] as string ?? "",
            Neo4jRecords.Int(r[start]), Neo4jRecords.Int(r[end]), Neo4jRecords.Double(r[confidence]))).ToList();
    }

    public async Task<IReadOnlyList<FactRecord>> GetFactsOfArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync("queries/facts-of-article.cypher", cancellationToken, ("articleId", articleId)).ConfigureAwait(false);
        return result.Column("fact").Select(Neo4jRecords.Fact).ToList();
    }

    public async Task<Neighborhood> GetNeighborhoodAsync(string entityId, int depth, int limit, FactFilter filter, CancellationToken cancellationToken = default)
    {
        if (limit <= 0 || (await GetEntitiesAsync([entityId], cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            return new Neighborhood([], []);
        }

        var walk = new NeighborhoodWalk(entityId, limit);
        for (var level = 0; level < depth && walk.CanGrow; level++)
        {
            walk.Expand(await AdjacentFactsAsync(walk.Frontier, filter, cancellationToken).ConfigureAwait(false));
        }

        // Facts between nodes reached on the last level belong to the picture too.
        walk.AddEdgesAmongNodes(await AdjacentFactsAsync(walk.Frontier, filter, cancellationToken).ConfigureAwait(false));
        var entities = await GetEntitiesAsync(walk.Nodes, cancellationToken).ConfigureAwait(false);
        return new Neighborhood(
            entities.OrderBy(e => e.Id == entityId ? 0 : 1).ThenByDescending(e => e.ArticleCount).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(),
            walk.Edges.OrderBy(f => f.Id, StringComparer.Ordinal).ToList());
    }

    public async Task<IReadOnlyList<FactRecord>> FindShortestPathAsync(string fromEntityId, string toEntityId, int maxHops, CancellationToken cancellationToken = default)
    {
        if (fromEntityId == toEntityId || maxHops <= 0)
        {
            return [];
        }

        var result = await ReadAsync(
            "queries/shortest-path.cypher", cancellationToken,
            ("fromId", fromEntityId), ("toId", toEntityId), ("maxHops", Math.Min(maxHops, MaxPathHops))).ConfigureAwait(false);
        return result.Rows.Count == 0 ? [] : Neo4jRecords.List(result.Scalar("facts")).Select(Neo4jRecords.Fact).ToList();
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync("queries/stats.cypher", cancellationToken).ConfigureAwait(false);
        var byLabel = Pairs(result.Scalar("byLabel"))
            .Where(p => Enum.TryParse<EntityLabel>(p.Key, out _))
            .ToDictionary(p => Enum.Parse<EntityLabel>(p.Key), p => p.Count);
        var byType = Pairs(result.Scalar("byType")).ToDictionary(p => p.Key, p => p.Count, StringComparer.Ordinal);
        return new GraphStats(
            Neo4jRecords.Int(result.Scalar("articles")),
            byLabel.Values.Sum(),
            byType.Values.Sum(),
            Neo4jRecords.Int(result.Scalar("evidence")),
            byLabel,
            byType);
    }

    public async Task<IReadOnlyList<IdentityCandidateRecord>> GetIdentityCandidatesAsync(string? entityId, int limit, CancellationToken cancellationToken = default) =>
        Candidates(await ReadAsync("queries/identity-candidates.cypher", cancellationToken, ("entityId", entityId), ("limit", Math.Max(limit, 0))).ConfigureAwait(false));

    public async Task<IReadOnlyList<IdentityCandidateRecord>> GetLabelSplitsAsync(string? entityId, int limit, CancellationToken cancellationToken = default) =>
        Candidates(await ReadAsync("queries/label-splits.cypher", cancellationToken, ("entityId", entityId), ("limit", Math.Max(limit, 0)),
            ("labelSplitScore", IdentityCandidateRecord.LabelSplitScore)).ConfigureAwait(false));

    public ValueTask DisposeAsync()
    {
        ownedRunner?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<Dictionary<string, string?>> FingerprintsAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var result = await ReadAsync("write/fingerprints.cypher", cancellationToken, ("ids", ids)).ConfigureAwait(false);
        var id = result.IndexOf("id");
        var fingerprint = result.IndexOf("fingerprint");
        return result.Rows.ToDictionary(r => (string)r[id]!, r => r[fingerprint] as string, StringComparer.Ordinal);
    }

    private async Task<List<FactRecord>> AdjacentFactsAsync(IReadOnlyCollection<string> ids, FactFilter filter, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        const string file = "queries/adjacent-facts.cypher";
        var parameters = FilterParameters(filter);
        parameters["ids"] = ids.ToList();
        var result = await runner.RunAsync(new CypherStatement(file, CypherCatalog.Get(file), parameters), true, cancellationToken).ConfigureAwait(false);
        return result.Column("fact").Select(Neo4jRecords.Fact).ToList();
    }

    private static List<IdentityCandidateRecord> Candidates(CypherResult result)
    {
        int Column(string name) => result.IndexOf(name);
        return result.Rows.Select(r => new IdentityCandidateRecord(
            (string)r[Column("articleId")]!,
            (string)r[Column("entityId")]!,
            (string)r[Column("candidateId")]!,
            Neo4jRecords.Double(r[Column("score")]),
            (string)r[Column("reason")]!)).ToList();
    }

    private Task<CypherResult> ReadAsync(string file, CancellationToken cancellationToken, params (string Key, object? Value)[] parameters) =>
        runner.RunAsync(CypherStatement.Of(file, CypherCatalog.Get(file), parameters), true, cancellationToken);

    private static Dictionary<string, object?> FilterParameters(FactFilter filter) => new(StringComparer.Ordinal)
    {
        ["types"] = (filter.Types ?? []).ToList(),
        ["modalities"] = (filter.Modalities ?? []).Select(m => m.ToString()).ToList(),
        ["minConfidence"] = filter.MinConfidence,
        ["since"] = filter.Since,
        ["until"] = filter.Until,
    };

    private static Page<T> ToPage<T>(CypherResult result, PageRequest page, Func<object?, T> read) =>
        new(Neo4jRecords.List(result.Scalar("items")).Select(read).ToList(), Neo4jRecords.Int(result.Scalar("total")), Offset(page));

    private static int Offset(PageRequest page) => Math.Max(page.Offset, 0);

    private static int Limit(PageRequest page) => Math.Max(page.Limit, 0);

    private static IEnumerable<(string Key, int Count)> Pairs(object? value) =>
        Neo4jRecords.List(value)
            .Select(Neo4jRecords.List)
            .Where(p => p.Count == 2 && p[0] is string)
            .Select(p => ((string)p[0]!, Neo4jRecords.Int(p[1])));
}
