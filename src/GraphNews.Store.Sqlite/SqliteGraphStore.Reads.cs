using System.Text;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using Microsoft.Data.Sqlite;

namespace GraphNews.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    internal const string ArticleColumns = "a.id, a.title, a.text, a.published, a.url, a.source, a.license, a.byline";
    private const string FactColumns = "f.id, f.type, f.source_id, f.target_id, f.modality, f.confidence, f.date, f.role, f.article_count, f.first_seen, f.last_seen";

    public async Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Command($"SELECT {ArticleColumns} FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids))")
            .WithList("@ids", ids).ReadAllAsync(ReadArticle, cancellationToken);
    }

    public async Task<Page<ArticleRecord>> ListArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        void Bind(SqliteCommand c) => c.With("@since", ((DateOnly?)filter.Since).ToSqlDate()).With("@until", ((DateOnly?)filter.Until).ToSqlDate())
            .With("@source", filter.Source).With("@title", filter.TitleContains is null ? null : NameKey(filter.TitleContains));
        if (filter.Since is not null) where.Append(" AND a.published >= @since");
        if (filter.Until is not null) where.Append(" AND a.published <= @until");
        if (filter.Source is not null) where.Append(" AND a.source = @source");
        if (filter.TitleContains is not null) where.Append(" AND instr(lower(a.title), @title) > 0");

        await using var connection = await OpenAsync(cancellationToken);
        var count = connection.Command($"SELECT count(*) FROM articles a {where}");
        Bind(count);
        var total = await count.ScalarAsync<int>(cancellationToken);
        var select = connection.Command($"SELECT {ArticleColumns} FROM articles a {where} ORDER BY a.published DESC NULLS LAST, a.id LIMIT @limit OFFSET @offset")
            .With("@limit", page.Limit).With("@offset", page.Offset);
        Bind(select);
        return new Page<ArticleRecord>(await select.ReadAllAsync(ReadArticle, cancellationToken), total, page.Offset);
    }

    public async Task<Page<ArticleRecord>> ListArticlesMentioningAsync(string entityId, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var total = await connection.Command("SELECT count(*) FROM mentions WHERE entity_id = @entity").With("@entity", entityId).ScalarAsync<int>(cancellationToken);
        var items = await connection.Command(
            $"""
            SELECT {ArticleColumns} FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.entity_id = @entity ORDER BY a.published DESC NULLS LAST, a.id LIMIT @limit OFFSET @offset
            """).With("@entity", entityId).With("@limit", page.Limit).With("@offset", page.Offset).ReadAllAsync(ReadArticle, cancellationToken);
        return new Page<ArticleRecord>(items, total, page.Offset);
    }

    public async Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await LoadEntitiesAsync(connection, ids, cancellationToken);
    }

    public async Task<IReadOnlyList<EntityRecord>> FindEntitiesByNameAsync(string nameOrAlias, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var ids = await connection.Command(
            """
            SELECT id FROM entities WHERE name_key = @key
            UNION SELECT entity_id FROM entity_names WHERE alias_key = @key
            """).With("@key", NameKey(nameOrAlias)).ReadAllAsync(r => r.GetString(0), cancellationToken);
        var entities = await LoadEntitiesAsync(connection, ids, cancellationToken);
        return entities.OrderByDescending(e => e.ArticleCount).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<EntityMatch>> SearchEntitiesAsync(string query, EntityLabel? label, int limit, CancellationToken cancellationToken = default)
    {
        var match = FullTextQuery.ToFts5(query);
        if (match is null || limit <= 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        var ranked = await connection.Command(
            """
            SELECT s.entity_id, s.rank FROM (
                SELECT entity_id, bm25(entity_search) AS rank FROM entity_search WHERE entity_search MATCH @match
            ) s JOIN entities e ON e.id = s.entity_id
            WHERE @label IS NULL OR e.label = @label
            ORDER BY s.rank, e.article_count DESC, e.id
            LIMIT @limit
            """).With("@match", match).With("@label", label?.ToString()).With("@limit", limit)
            .ReadAllAsync(r => (Id: r.GetString(0), Score: -r.GetDouble(1)), cancellationToken);
        var entities = (await LoadEntitiesAsync(connection, ranked.Select(r => r.Id).ToList(), cancellationToken)).ToDictionary(e => e.Id);
        return ranked.Where(r => entities.ContainsKey(r.Id)).Select(r => new EntityMatch(entities[r.Id], r.Score)).ToList();
    }

    public async Task<Page<EntityRecord>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        if (filter.Labels is { Count: > 0 }) where.Append(" AND e.label IN (SELECT value FROM json_each(@labels))");
        if (filter.NameContains is not null) where.Append(" AND instr(e.name_key, @name) > 0");
        void Bind(SqliteCommand c) => c.WithList("@labels", (filter.Labels ?? []).Select(l => l.ToString()))
            .With("@name", filter.NameContains is null ? null : NameKey(filter.NameContains));

        await using var connection = await OpenAsync(cancellationToken);
        var count = connection.Command($"SELECT count(*) FROM entities e {where}");
        Bind(count);
        var total = await count.ScalarAsync<int>(cancellationToken);
        var select = connection.Command($"SELECT e.id FROM entities e {where} ORDER BY e.name, e.id LIMIT @limit OFFSET @offset")
            .With("@limit", page.Limit).With("@offset", page.Offset);
        Bind(select);
        var ids = await select.ReadAllAsync(r => r.GetString(0), cancellationToken);
        var entities = (await LoadEntitiesAsync(connection, ids, cancellationToken)).ToDictionary(e => e.Id);
        return new Page<EntityRecord>(ids.Select(id => entities[id]).ToList(), total, page.Offset);
    }

    public async Task<Page<FactRecord>> FindFactsAsync(FactQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.EntityIds.Count > 0)
        {
            const string source = "f.source_id IN (SELECT value FROM json_each(@entities))";
            const string target = "f.target_id IN (SELECT value FROM json_each(@entities))";
            where.Append(query.Direction switch
            {
                Direction.Outgoing => $" AND ({source} OR (f.symmetric = 1 AND {target}))",
                Direction.Incoming => $" AND ({target} OR (f.symmetric = 1 AND {source}))",
                _ => $" AND ({source} OR {target})",
            });
        }

        if (query.TopicIds.Count > 0)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM fact_topics t WHERE t.fact_id = f.id AND t.topic_id IN (SELECT value FROM json_each(@topics)))");
        }

        // With entities given, their source/target indexes find few rows; "+f.type" keeps SQLite from walking
        // every fact of the wanted types through the type index instead (it has no statistics to tell).
        AppendFilter(where, query.Filter, typeColumn: query.EntityIds.Count > 0 ? "+f.type" : "f.type");
        var order = query.Sort switch
        {
            FactSort.DateAscending => "f.sort_date ASC NULLS LAST, f.id",
            FactSort.ConfidenceDescending => "f.confidence DESC, f.sort_date DESC NULLS LAST, f.id",
            _ => "f.sort_date DESC NULLS LAST, f.id",
        };
        void Bind(SqliteCommand c)
        {
            c.WithList("@entities", query.EntityIds).WithList("@topics", query.TopicIds);
            BindFilter(c, query.Filter);
        }

        await using var connection = await OpenAsync(cancellationToken);
        var count = connection.Command($"SELECT count(*) FROM facts f {where}");
        Bind(count);
        var total = await count.ScalarAsync<int>(cancellationToken);
        var select = connection.Command($"SELECT {FactColumns} FROM facts f {where} ORDER BY {order} LIMIT @limit OFFSET @offset")
            .With("@limit", page.Limit).With("@offset", page.Offset);
        Bind(select);
        var facts = await ReadFactsAsync(connection, select, cancellationToken);
        return new Page<FactRecord>(facts, total, page.Offset);
    }

    public async Task<IReadOnlyList<FactRecord>> GetFactsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadFactsAsync(connection, connection.Command($"SELECT {FactColumns} FROM facts f WHERE f.id IN (SELECT value FROM json_each(@ids)) ORDER BY f.id").WithList("@ids", ids), cancellationToken);
    }

    public async Task<IReadOnlyList<EvidenceRecord>> GetEvidenceAsync(IReadOnlyCollection<string> factIds, int? perFact = null, CancellationToken cancellationToken = default)
    {
        if (perFact <= 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        if (perFact is null)
        {
            return await connection.Command(
                """
                SELECT fact_id, article_id, sentence, start, "end", confidence FROM evidence
                WHERE fact_id IN (SELECT value FROM json_each(@ids)) ORDER BY fact_id, article_id, start
                """).WithList("@ids", factIds).ReadAllAsync(ReadEvidence, cancellationToken);
        }

        // One indexed LIMIT per fact: its cost does not grow with the number of articles reporting the fact.
        await using var top = connection.Command(
            """
            SELECT fact_id, article_id, sentence, start, "end", confidence FROM evidence
            WHERE fact_id = @fact ORDER BY confidence DESC, article_id, start LIMIT @limit
            """).With("@fact", null).With("@limit", perFact);
        var evidence = new List<EvidenceRecord>();
        foreach (var factId in factIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            top.Parameters["@fact"].Value = factId;
            var ofFact = new List<EvidenceRecord>();
            await using (var reader = await top.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    ofFact.Add(ReadEvidence(reader));
                }
            }

            evidence.AddRange(ofFact.OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Start));
        }

        return evidence;
    }

    public async Task<IReadOnlyList<FactRecord>> GetFactsOfArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadFactsAsync(connection, connection.Command(
            $"SELECT {FactColumns} FROM facts f WHERE f.id IN (SELECT fact_id FROM evidence WHERE article_id = @article) ORDER BY f.sort_date, f.id")
            .With("@article", articleId), cancellationToken);
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var byLabel = await connection.Command("SELECT label, count(*) FROM entities GROUP BY label")
            .ReadAllAsync(r => (Label: Enum.Parse<EntityLabel>(r.GetString(0)), Count: r.GetInt32(1)), cancellationToken);
        var byType = await connection.Command("SELECT type, count(*) FROM facts GROUP BY type ORDER BY type")
            .ReadAllAsync(r => (Type: r.GetString(0), Count: r.GetInt32(1)), cancellationToken);
        var articles = await connection.Command("SELECT count(*) FROM articles").ScalarAsync<int>(cancellationToken);
        var evidence = await connection.Command("SELECT count(*) FROM evidence").ScalarAsync<int>(cancellationToken);
        return new GraphStats(
            articles,
            byLabel.Sum(l => l.Count),
            byType.Sum(t => t.Count),
            evidence,
            byLabel.ToDictionary(l => l.Label, l => l.Count),
            byType.ToDictionary(t => t.Type, t => t.Count));
    }

    public async Task<IReadOnlyList<IdentityCandidateRecord>> GetIdentityCandidatesAsync(string? entityId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Command(
            """
            SELECT c.article_id, c.entity_id, c.candidate_id, c.score, c.reason FROM identity_candidates c
            WHERE (@entity IS NULL OR c.entity_id = @entity OR c.candidate_id = @entity)
              AND EXISTS (SELECT 1 FROM entities e WHERE e.id = c.candidate_id)
            ORDER BY c.score DESC, c.entity_id, c.candidate_id, c.article_id
            LIMIT @limit
            """).With("@entity", entityId).With("@limit", limit)
            .ReadAllAsync(ReadCandidate, cancellationToken);
    }

    public async Task<IReadOnlyList<IdentityCandidateRecord>> GetLabelSplitsAsync(string? entityId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Command(
            """
            SELECT (SELECT min(m.article_id) FROM mentions m WHERE m.entity_id = b.id), b.id, a.id, @labelSplitScore,
                   '"' || b.name || '" is stored as ' || lower(b.label) || ' and as ' || lower(a.label) || '; not sure it is one thing'
            FROM entities a JOIN entities b ON b.name_key = a.name_key AND a.id < b.id AND a.label <> b.label
            WHERE a.article_count > 0 AND b.article_count > 0 AND (@entity IS NULL OR a.id = @entity OR b.id = @entity)
            ORDER BY b.id, a.id
            LIMIT @limit
            """).With("@entity", entityId).With("@limit", limit).With("@labelSplitScore", IdentityCandidateRecord.LabelSplitScore)
            .ReadAllAsync(ReadCandidate, cancellationToken);
    }

    private static IdentityCandidateRecord ReadCandidate(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3), r.GetString(4));

    private static void AppendFilter(StringBuilder where, FactFilter filter, string typeColumn = "f.type")
    {
        if (filter.Types is { Count: > 0 }) where.Append($" AND {typeColumn} IN (SELECT value FROM json_each(@types))");
        if (filter.Modalities is { Count: > 0 }) where.Append(" AND f.modality IN (SELECT value FROM json_each(@modalities))");
        if (filter.MinConfidence is not null) where.Append(" AND f.confidence >= @minConfidence");
        if (filter.Since is not null || filter.Until is not null)
        {
            // Dated facts are judged by their own date; undated ones by when their articles appeared.
            where.Append(
                """
                 AND ((f.date IS NOT NULL AND (@since IS NULL OR f.date >= @since) AND (@until IS NULL OR f.date <= @until))
                   OR (f.date IS NULL AND EXISTS (SELECT 1 FROM fact_articles fa
                        WHERE fa.fact_id = f.id AND (@since IS NULL OR fa.published >= @since) AND (@until IS NULL OR fa.published <= @until))))
                """);
        }
    }

    private static void BindFilter(SqliteCommand command, FactFilter filter) =>
        command.WithList("@types", filter.Types ?? []).WithList("@modalities", (filter.Modalities ?? []).Select(m => m.ToString()))
            .With("@minConfidence", filter.MinConfidence).With("@since", filter.Since.ToSqlDate()).With("@until", filter.Until.ToSqlDate());

    private static async Task<List<EntityRecord>> LoadEntitiesAsync(SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await connection.Command("SELECT id, label, name, article_count FROM entities WHERE id IN (SELECT value FROM json_each(@ids))")
            .WithList("@ids", ids)
            .ReadAllAsync(r => (Id: r.GetString(0), Label: Enum.Parse<EntityLabel>(r.GetString(1)), Name: r.GetString(2), Count: r.GetInt32(3)), cancellationToken);
        var aliases = (await connection.Command("SELECT entity_id, alias FROM entity_names WHERE entity_id IN (SELECT value FROM json_each(@ids)) ORDER BY entity_id, alias")
            .WithList("@ids", ids).ReadAllAsync(r => (Entity: r.GetString(0), Alias: r.GetString(1)), cancellationToken))
            .ToLookup(a => a.Entity, a => a.Alias);
        return rows.Select(r => new EntityRecord
        {
            Id = r.Id,
            Label = r.Label,
            Name = r.Name,
            Aliases = aliases[r.Id].Where(a => a != r.Name).ToList(),
            ArticleCount = r.Count,
        }).ToList();
    }

    private static async Task<List<FactRecord>> ReadFactsAsync(SqliteConnection connection, SqliteCommand select, CancellationToken cancellationToken)
    {
        var facts = await select.ReadAllAsync(ReadFact, cancellationToken);
        if (facts.Count == 0)
        {
            return facts;
        }

        var topics = (await connection.Command("SELECT DISTINCT fact_id, topic_id FROM fact_topics WHERE fact_id IN (SELECT value FROM json_each(@ids)) ORDER BY fact_id, topic_id")
            .WithList("@ids", facts.Select(f => f.Id)).ReadAllAsync(r => (Fact: r.GetString(0), Topic: r.GetString(1)), cancellationToken))
            .ToLookup(t => t.Fact, t => t.Topic);
        return facts.Select(f => f with { TopicIds = topics[f.Id].ToList() }).ToList();
    }

    internal static ArticleRecord ReadArticle(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Title = r.GetString(1),
        Text = r.GetString(2),
        Published = r.GetNullableDate(3),
        Url = r.GetNullableString(4),
        Source = r.GetNullableString(5),
        License = r.GetNullableString(6),
        Byline = r.GetNullableString(7),
    };

    private static EvidenceRecord ReadEvidence(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetDouble(5));

    private static FactRecord ReadFact(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Type = r.GetString(1),
        SourceId = r.GetString(2),
        TargetId = r.GetString(3),
        Modality = Enum.Parse<Modality>(r.GetString(4)),
        Confidence = r.GetDouble(5),
        Date = r.GetNullableDate(6),
        Role = r.GetNullableString(7),
        ArticleCount = r.GetInt32(8),
        FirstSeen = r.GetNullableDate(9),
        LastSeen = r.GetNullableDate(10),
    };
}
