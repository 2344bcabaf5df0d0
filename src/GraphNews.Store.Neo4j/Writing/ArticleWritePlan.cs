using System.Globalization;
using System.Text.RegularExpressions;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Store.Neo4j.Http;

namespace GraphNews.Store.Neo4j.Writing;

/// <summary>
/// Turns a batch of article graphs into the statements of ONE transaction: flag what the articles
/// contributed before, MERGE nodes (articles, entities), then relationships (mentions, facts by type,
/// evidence), recompute the touched facts and entities from what is live, and delete what is left
/// stale. Every row list is sorted by key so concurrent writers take locks in the same order.
/// Running the plan twice leaves the graph as running it once.
/// </summary>
public static partial class ArticleWritePlan
{
    public const string TypePlaceholder = "__TYPE__";

    public static IReadOnlyList<CypherStatement> ForUpsert(IReadOnlyList<ArticleGraph> graphs, RelationOntology ontology)
    {
        var articleIds = graphs.Select(g => g.Article.Id).Order(StringComparer.Ordinal).ToList();
        var statements = new List<CypherStatement>
        {
            Statement("write/mark-stale-evidence.cypher", ("articleIds", articleIds)),
            Statement("write/mark-stale-mentions.cypher", ("articleIds", articleIds)),
            Statement("write/articles.cypher", ("articles", graphs.OrderBy(g => g.Article.Id, StringComparer.Ordinal).Select(ArticleRow).ToList())),
            Statement("write/entities.cypher", ("entities", EntityRows(graphs))),
            Statement("write/mentions.cypher", ("mentions", MentionRows(graphs))),
        };

        var facts = FactContributions(graphs, ontology);
        foreach (var byType in facts.Select(c => c.Fact).DistinctBy(f => f.Id).GroupBy(f => f.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            statements.Add(FactStatement(byType.Key, byType.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Row).ToList(), ontology));
        }

        statements.Add(Statement("write/evidence.cypher", ("evidence", EvidenceRows(facts))));
        statements.AddRange(Cleanup(articleIds));
        return statements;
    }

    /// <summary>Removes everything the article contributed, then the article; the last result's <c>deleted</c> says whether it existed.</summary>
    public static IReadOnlyList<CypherStatement> ForDelete(string articleId)
    {
        List<string> ids = [articleId];
        return
        [
            Statement("write/mark-stale-evidence.cypher", ("articleIds", ids)),
            Statement("write/mark-stale-mentions.cypher", ("articleIds", ids)),
            .. Cleanup(ids),
            Statement("write/delete-article.cypher", ("articleId", articleId)),
        ];
    }

    /// <summary>The distinct facts an article graph carries.</summary>
    public static int DistinctFacts(ArticleGraph graph, RelationOntology ontology) =>
        graph.Relations.Select(r => FactIds.For(r, ontology)).Distinct(StringComparer.Ordinal).Count();

    private static IEnumerable<CypherStatement> Cleanup(List<string> articleIds) =>
    [
        Statement("write/refresh-facts.cypher", ("articleIds", articleIds)),
        Statement("write/delete-stale-evidence.cypher", ("articleIds", articleIds)),
        Statement("write/refresh-entities.cypher", ("articleIds", articleIds)),
        Statement("write/delete-stale-mentions.cypher", ("articleIds", articleIds)),
    ];

    private static CypherStatement FactStatement(string type, List<Dictionary<string, object?>> rows, RelationOntology ontology)
    {
        if (!ontology.Contains(type) || !RelationTypeName().IsMatch(type))
        {
            throw new ArgumentException($"'{type}' is not a relation type of the ontology and cannot become a Neo4j relationship type.");
        }

        const string name = "write/facts.cypher";
        return new CypherStatement($"{name}[{type}]", CypherCatalog.Get(name).Replace(TypePlaceholder, type, StringComparison.Ordinal),
            new Dictionary<string, object?> { ["facts"] = rows });
    }

    private static CypherStatement Statement(string name, params (string Key, object? Value)[] parameters) =>
        CypherStatement.Of(name, CypherCatalog.Get(name), parameters);

    private static Dictionary<string, object?> ArticleRow(ArticleGraph graph) => new()
    {
        ["id"] = graph.Article.Id,
        ["title"] = graph.Article.Title,
        ["text"] = graph.Article.Text,
        ["published"] = graph.Article.Published,
        ["url"] = graph.Article.Url,
        ["source"] = graph.Article.Source,
        ["license"] = graph.Article.License,
        ["byline"] = graph.Article.Byline,
        ["fingerprint"] = ArticleGraphJson.Fingerprint(graph),
    };

    /// <summary>One row per entity id; the first article in the batch that names it is its first writer.</summary>
    private static List<Dictionary<string, object?>> EntityRows(IReadOnlyList<ArticleGraph> graphs) =>
        graphs.SelectMany(g => g.Entities)
            .DistinctBy(e => e.Id, StringComparer.Ordinal)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new Dictionary<string, object?>
            {
                ["id"] = e.Id,
                ["label"] = e.Label.ToString(),
                ["name"] = e.Name,
                ["nameKey"] = NameKeys.For(e.Name),
            })
            .ToList();

    private static List<Dictionary<string, object?>> MentionRows(IReadOnlyList<ArticleGraph> graphs) =>
        graphs.SelectMany(g => g.Entities.Select(e => (Article: g.Article.Id, Entity: e, Candidates: g.Candidates.Where(c => c.EntityId == e.Id).OrderBy(c => c.CandidateId, StringComparer.Ordinal).ToList())))
            .OrderBy(m => m.Article, StringComparer.Ordinal)
            .ThenBy(m => m.Entity.Id, StringComparer.Ordinal)
            .Select(m =>
            {
                var names = m.Entity.Aliases.Append(m.Entity.Name).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToList();
                return new Dictionary<string, object?>
                {
                    ["articleId"] = m.Article,
                    ["entityId"] = m.Entity.Id,
                    ["names"] = names,
                    ["nameKeys"] = names.Select(NameKeys.For).Distinct(StringComparer.Ordinal).ToList(),
                    ["candidateIds"] = m.Candidates.Select(c => c.CandidateId).ToList(),
                    ["candidateScores"] = m.Candidates.Select(c => c.Score).ToList(),
                    ["candidateReasons"] = m.Candidates.Select(c => c.Reason).ToList(),
                };
            })
            .ToList();

    /// <summary>What each article says about each fact: its evidence, best confidence and topics.</summary>
    private static List<Contribution> FactContributions(IReadOnlyList<ArticleGraph> graphs, RelationOntology ontology)
    {
        var contributions = new List<Contribution>();
        foreach (var graph in graphs)
        {
            foreach (var relations in graph.Relations.GroupBy(r => FactIds.For(r, ontology), StringComparer.Ordinal))
            {
                var first = relations.First();
                var fact = new FactRow(relations.Key, first.Type, new Dictionary<string, object?>
                {
                    ["id"] = relations.Key,
                    ["source"] = first.Source,
                    ["target"] = first.Target,
                    ["modality"] = first.Modality.ToString(),
                    ["date"] = first.Date,
                    ["role"] = first.Role,
                    ["symmetric"] = ontology.IsSymmetric(first.Type),
                });
                var topics = relations.SelectMany(r => r.Topics).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var evidence = relations
                    .SelectMany(r => r.Evidence.Select(e => (Evidence: e, r.Confidence)))
                    .GroupBy(x => x.Evidence.Start)
                    .Select(g => (g.First().Evidence, Confidence: g.Max(x => x.Confidence)))
                    .ToList();
                contributions.Add(new Contribution(graph.Article.Id, fact, topics, evidence));
            }
        }

        return contributions;
    }

    private static List<Dictionary<string, object?>> EvidenceRows(List<Contribution> contributions) =>
        contributions.SelectMany(c => c.Evidence.Select(e => new Dictionary<string, object?>
            {
                ["key"] = string.Join('|', c.Fact.Id, c.ArticleId, e.Evidence.Start.ToString(CultureInfo.InvariantCulture)),
                ["factId"] = c.Fact.Id,
                ["articleId"] = c.ArticleId,
                ["sourceId"] = c.Fact.Row["source"],
                ["targetId"] = c.Fact.Row["target"],
                ["type"] = c.Fact.Type,
                ["sentence"] = e.Evidence.Sentence,
                ["startOffset"] = e.Evidence.Start,
                ["endOffset"] = e.Evidence.End,
                ["confidence"] = e.Confidence,
                ["topicIds"] = c.Topics,
            }))
            .OrderBy(r => (string)r["key"]!, StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex RelationTypeName();

    private sealed record FactRow(string Id, string Type, Dictionary<string, object?> Row);

    private sealed record Contribution(string ArticleId, FactRow Fact, List<string> Topics, List<(Evidence Evidence, double Confidence)> Evidence);
}
