using System.Text;
using GraphNews.Domain.Storage;

namespace GraphNews.Ingestion.Export;

/// <summary>
/// One Cypher script (<c>graph.cypher</c>) that rebuilds the graph in any Neo4j 4.4/5 database with
/// <c>cypher-shell -f graph.cypher</c>: constraints first, then batches of <c>UNWIND [...] AS row MERGE …</c>
/// with literal rows (with a story index, Story nodes, IN_STORY and RELATED_TO last). It is idempotent (MERGE on our ids),
/// so it can run into a non-empty database.
/// </summary>
public sealed class CypherScriptExporter : IGraphExporter
{
    private const int RowsPerStatement = 200;

    public string Format => "cypher";

    public string Description => "a Cypher script (cypher-shell -f graph.cypher), idempotent";

    public async Task<ExportSummary> ExportAsync(GraphSnapshotReader reader, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        await using var writer = new StreamWriter(Path.Combine(directory, "graph.cypher"), false, new UTF8Encoding(false));
        await writer.WriteAsync(Header).ConfigureAwait(false);
        var published = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);

        var articles = await WriteBatchesAsync(writer, reader.ArticlesAsync(cancellationToken), a =>
        {
            published[a.Id] = a.Published;
            return CypherLiteral.Map(("id", CypherLiteral.String(a.Id)), ("title", CypherLiteral.String(a.Title)), ("text", CypherLiteral.String(a.Text)),
                ("published", CypherLiteral.Date(a.Published)), ("url", CypherLiteral.String(a.Url)), ("source", CypherLiteral.String(a.Source)),
                ("license", CypherLiteral.String(a.License)), ("byline", CypherLiteral.String(a.Byline)));
        }, _ => "MERGE (a:Article {id: row.id})\nSET a += row");

        var entities = 0;
        foreach (var label in ExportModel.Labels)
        {
            entities += await WriteBatchesAsync(writer, Where(reader.EntitiesAsync(cancellationToken), e => e.Label == label), e =>
                CypherLiteral.Map(("id", CypherLiteral.String(e.Id)), ("name", CypherLiteral.String(e.Name)), ("label", CypherLiteral.String(e.Label.ToString())),
                    ("nameKey", CypherLiteral.String(ExportModel.NameKey(e.Name))), ("nameKeys", CypherLiteral.Strings(ExportModel.NameKeys(e))),
                    ("aliases", CypherLiteral.Strings(e.Aliases)), ("aliasText", CypherLiteral.String(ExportModel.AliasText(e))),
                    ("articleCount", CypherLiteral.Number(e.ArticleCount))),
                _ => $"MERGE (e:Entity {{id: row.id}})\nSET e += row, e:{label}");
        }

        var facts = new List<(FactRecord Fact, IReadOnlyList<EvidenceRecord> Evidence)>();
        var factCount = 0;
        var evidenceCount = 0;
        await foreach (var item in reader.FactsWithEvidenceAsync(cancellationToken).ConfigureAwait(false))
        {
            facts.Add(item);
            if (facts.Count == RowsPerStatement)
            {
                (factCount, evidenceCount) = (factCount + facts.Count, evidenceCount + await WriteFactsAsync(writer, facts, published));
                facts.Clear();
            }
        }

        (factCount, evidenceCount) = (factCount + facts.Count, evidenceCount + await WriteFactsAsync(writer, facts, published));

        var mentions = await WriteBatchesAsync(writer, reader.MentionsAsync(cancellationToken), m =>
            CypherLiteral.Map(("articleId", CypherLiteral.String(m.ArticleId)), ("entityId", CypherLiteral.String(m.EntityId))),
            _ => "MATCH (a:Article {id: row.articleId})\nMATCH (e:Entity {id: row.entityId})\nMERGE (a)-[:MENTIONS]->(e)");

        var stories = await WriteBatchesAsync(writer, reader.StoriesAsync(cancellationToken), story =>
            CypherLiteral.Map(("id", CypherLiteral.String(story.Id)), ("title", CypherLiteral.String(story.Title)),
                ("firstPublished", CypherLiteral.Date(story.FirstPublished)), ("lastPublished", CypherLiteral.Date(story.LastPublished)),
                ("articleCount", CypherLiteral.Number(story.Articles.Count))),
            _ => "MERGE (s:Story {id: row.id})\nSET s += row");
        await WriteBatchesAsync(writer, reader.StoryMembersAsync(cancellationToken), m =>
            CypherLiteral.Map(("articleId", CypherLiteral.String(m.ArticleId)), ("storyId", CypherLiteral.String(m.StoryId))),
            _ => "MATCH (a:Article {id: row.articleId})\nMATCH (s:Story {id: row.storyId})\nMERGE (a)-[:IN_STORY]->(s)");
        var links = await WriteBatchesAsync(writer, reader.RelatedLinksAsync(cancellationToken), l => CypherLiteral.Map(
                ("from", CypherLiteral.String(l.FromId)), ("to", CypherLiteral.String(l.ToId)), ("props", CypherLiteral.Map(
                    ("score", CypherLiteral.Number(l.Link.Score)), ("sameEvent", CypherLiteral.Boolean(l.Link.Reasons.SameEvent)),
                    ("decision", CypherLiteral.String(l.Link.Reasons.Decision.ToString())), ("textSimilarity", CypherLiteral.Number(l.Link.Reasons.TextSimilarity)),
                    ("daysApart", l.Link.Reasons.DaysApart is { } days ? CypherLiteral.Number(days) : "null"),
                    ("sharedEntityIds", CypherLiteral.Strings(l.Link.Reasons.Entities.Select(e => e.Id))),
                    ("sharedEntities", CypherLiteral.Strings(l.Link.Reasons.Entities.Select(e => e.Name))),
                    ("sharedFacts", CypherLiteral.Strings(l.Link.Reasons.Facts.Select(f => f.Text)))))),
            _ => "MATCH (a:Article {id: row.from})\nMATCH (b:Article {id: row.to})\nMERGE (a)-[r:RELATED_TO]->(b)\nSET r += row.props");

        return new ExportSummary(articles, entities, factCount, evidenceCount, mentions, ["graph.cypher"]) { Stories = stories, RelatedLinks = links };
    }

    private static async Task<int> WriteFactsAsync(StreamWriter writer, List<(FactRecord Fact, IReadOnlyList<EvidenceRecord> Evidence)> facts, Dictionary<string, DateOnly?> published)
    {
        foreach (var byType in facts.GroupBy(f => ExportModel.RelationshipType(f.Fact.Type)))
        {
            await WriteStatementAsync(writer, byType.Select(f => FactRow(f.Fact, f.Evidence, published)).ToList(),
                $"MATCH (s:Entity {{id: row.sourceId}})\nMATCH (t:Entity {{id: row.targetId}})\nMERGE (s)-[f:{byType.Key} {{id: row.id}}]->(t)\n" +
                "SET f += row.props").ConfigureAwait(false);
        }

        var evidence = facts.SelectMany(f => f.Evidence.Select(e => (f.Fact, Evidence: e))).ToList();
        foreach (var chunk in evidence.Chunk(RowsPerStatement))
        {
            await WriteStatementAsync(writer, chunk.Select(x => CypherLiteral.Map(
                    ("key", CypherLiteral.String(ExportModel.EvidenceKey(x.Evidence))), ("factId", CypherLiteral.String(x.Evidence.FactId)),
                    ("articleId", CypherLiteral.String(x.Evidence.ArticleId)), ("sourceId", CypherLiteral.String(x.Fact.SourceId)),
                    ("targetId", CypherLiteral.String(x.Fact.TargetId)), ("type", CypherLiteral.String(x.Fact.Type)),
                    ("sentence", CypherLiteral.String(x.Evidence.Sentence)), ("startOffset", CypherLiteral.Number(x.Evidence.Start)),
                    ("endOffset", CypherLiteral.Number(x.Evidence.End)), ("confidence", CypherLiteral.Number(x.Evidence.Confidence)),
                    ("topicIds", CypherLiteral.Strings(x.Fact.TopicIds)))).ToList(),
                "MATCH (a:Article {id: row.articleId})\nMERGE (ev:Evidence {key: row.key})\nSET ev += row\nMERGE (ev)-[:IN_ARTICLE]->(a)").ConfigureAwait(false);
        }

        return evidence.Count;
    }

    private static string FactRow(FactRecord fact, IReadOnlyList<EvidenceRecord> evidence, Dictionary<string, DateOnly?> published)
    {
        var dates = evidence.Select(e => published.GetValueOrDefault(e.ArticleId)).OfType<DateOnly>().Distinct().Order();
        var props = CypherLiteral.Map(
            ("modality", CypherLiteral.String(fact.Modality.ToString())), ("confidence", CypherLiteral.Number(fact.Confidence)),
            ("date", CypherLiteral.Date(fact.Date)), ("role", CypherLiteral.String(fact.Role)), ("topicIds", CypherLiteral.Strings(fact.TopicIds)),
            ("articleCount", CypherLiteral.Number(fact.ArticleCount)), ("firstSeen", CypherLiteral.Date(fact.FirstSeen)),
            ("lastSeen", CypherLiteral.Date(fact.LastSeen)), ("sortDate", CypherLiteral.Date(fact.Date ?? fact.LastSeen)),
            ("publishedDates", CypherLiteral.Dates(dates)));
        return CypherLiteral.Map(("id", CypherLiteral.String(fact.Id)), ("sourceId", CypherLiteral.String(fact.SourceId)),
            ("targetId", CypherLiteral.String(fact.TargetId)), ("props", props));
    }

    private static async Task<int> WriteBatchesAsync<T>(StreamWriter writer, IAsyncEnumerable<T> items, Func<T, string> row, Func<int, string> body)
    {
        var rows = new List<string>(RowsPerStatement);
        var count = 0;
        await foreach (var item in items.ConfigureAwait(false))
        {
            rows.Add(row(item));
            count++;
            if (rows.Count == RowsPerStatement)
            {
                await WriteStatementAsync(writer, rows, body(count)).ConfigureAwait(false);
                rows.Clear();
            }
        }

        await WriteStatementAsync(writer, rows, body(count)).ConfigureAwait(false);
        return count;
    }

    private static async Task WriteStatementAsync(StreamWriter writer, List<string> rows, string body)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await writer.WriteAsync("UNWIND [\n  ").ConfigureAwait(false);
        await writer.WriteAsync(string.Join(",\n  ", rows)).ConfigureAwait(false);
        await writer.WriteAsync($"\n] AS row\n{body};\n\n").ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<T> Where<T>(IAsyncEnumerable<T> items, Func<T, bool> keep)
    {
        await foreach (var item in items.ConfigureAwait(false))
        {
            if (keep(item))
            {
                yield return item;
            }
        }
    }

    private const string Header =
        """
        // GraphNews graph export. Run: cypher-shell -u neo4j -p PASSWORD -f graph.cypher
        // Idempotent (MERGE on ids); works on Neo4j 4.4 and 5.x. The model is described in cypher/README.md.
        CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
        CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
        CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (v:Evidence) REQUIRE v.key IS UNIQUE;
        CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE;


        """;
}
