using System.Text;
using GraphNews.Domain.Storage;

namespace GraphNews.Ingestion.Export;

/// <summary>
/// CSV files for <c>neo4j-admin database import full</c> that recreate GraphNews' Neo4j graph model
/// (cypher/README.md): Article, Entity (+ Person/Country/…), Evidence nodes; fact, MENTIONS and
/// IN_ARTICLE relationships; with a story index, Story nodes, IN_STORY and RELATED_TO. Each file carries its header
/// row; <c>import.sh</c> has the command.
/// </summary>
public sealed class Neo4jAdminCsvExporter : IGraphExporter
{
    public string Format => "neo4j-admin";

    public string Description => "CSV files and the command for neo4j-admin database import (a new database)";

    public async Task<ExportSummary> ExportAsync(GraphSnapshotReader reader, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var published = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);

        var articles = await WriteAsync(directory, "articles.csv", async csv =>
        {
            await csv.HeaderAsync("id:ID(Article)", ":LABEL", "title", "text", "published:date", "url", "source", "license", "byline");
            await foreach (var a in reader.ArticlesAsync(cancellationToken).ConfigureAwait(false))
            {
                published[a.Id] = a.Published;
                await csv.Text(a.Id).Raw("Article").Text(a.Title).Text(a.Text).Date(a.Published).Text(a.Url).Text(a.Source).Text(a.License).Text(a.Byline).EndRowAsync();
            }
        });

        var entities = await WriteAsync(directory, "entities.csv", async csv =>
        {
            await csv.HeaderAsync("id:ID(Entity)", ":LABEL", "name", "label", "nameKey", "nameKeys:string[]", "aliases:string[]", "aliasText", "articleCount:long");
            await foreach (var e in reader.EntitiesAsync(cancellationToken).ConfigureAwait(false))
            {
                await csv.Text(e.Id).Raw($"Entity;{e.Label}").Text(e.Name).Text(e.Label.ToString()).Text(ExportModel.NameKey(e.Name))
                    .Texts(ExportModel.NameKeys(e)).Texts(e.Aliases).Text(ExportModel.AliasText(e)).Number(e.ArticleCount).EndRowAsync();
            }
        });

        var evidenceCount = 0;
        var facts = await WriteAsync(directory, "facts.csv", async factCsv =>
        {
            await factCsv.HeaderAsync(":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "modality", "confidence:double", "date:date", "role",
                "topicIds:string[]", "articleCount:long", "firstSeen:date", "lastSeen:date", "sortDate:date", "publishedDates:date[]");
            evidenceCount = await WriteAsync(directory, "evidence.csv", async evidenceCsv =>
            {
                await evidenceCsv.HeaderAsync("key:ID(Evidence)", ":LABEL", "factId", "articleId", "sourceId", "targetId", "type", "sentence",
                    "startOffset:long", "endOffset:long", "confidence:double", "topicIds:string[]");
                await WriteAsync(directory, "in_article.csv", async linkCsv =>
                {
                    await linkCsv.HeaderAsync(":START_ID(Evidence)", ":END_ID(Article)", ":TYPE");
                    await foreach (var (fact, evidence) in reader.FactsWithEvidenceAsync(cancellationToken).ConfigureAwait(false))
                    {
                        await WriteFactAsync(factCsv, fact, evidence, published);
                        foreach (var e in evidence)
                        {
                            await evidenceCsv.Text(ExportModel.EvidenceKey(e)).Raw("Evidence").Text(e.FactId).Text(e.ArticleId).Text(fact.SourceId).Text(fact.TargetId)
                                .Text(fact.Type).Text(e.Sentence).Number(e.Start).Number(e.End).Number(e.Confidence).Texts(fact.TopicIds).EndRowAsync();
                            await linkCsv.Text(ExportModel.EvidenceKey(e)).Text(e.ArticleId).Raw("IN_ARTICLE").EndRowAsync();
                        }
                    }
                });
            });
        });

        var mentions = await WriteAsync(directory, "mentions.csv", async csv =>
        {
            await csv.HeaderAsync(":START_ID(Article)", ":END_ID(Entity)", ":TYPE");
            await foreach (var (article, entity) in reader.MentionsAsync(cancellationToken).ConfigureAwait(false))
            {
                await csv.Text(article).Text(entity).Raw("MENTIONS").EndRowAsync();
            }
        });

        List<string> files = ["articles.csv", "entities.csv", "evidence.csv", "facts.csv", "mentions.csv", "in_article.csv"];
        var (stories, links) = (0, 0);
        if (reader.HasStories)
        {
            stories = await WriteAsync(directory, "stories.csv", async csv =>
            {
                await csv.HeaderAsync("id:ID(Story)", ":LABEL", "title", "firstPublished:date", "lastPublished:date", "articleCount:long");
                await foreach (var story in reader.StoriesAsync(cancellationToken).ConfigureAwait(false))
                {
                    await csv.Text(story.Id).Raw("Story").Text(story.Title).Date(story.FirstPublished).Date(story.LastPublished).Number(story.Articles.Count).EndRowAsync();
                }
            });
            await WriteAsync(directory, "in_story.csv", async csv =>
            {
                await csv.HeaderAsync(":START_ID(Article)", ":END_ID(Story)", ":TYPE");
                await foreach (var (article, story) in reader.StoryMembersAsync(cancellationToken).ConfigureAwait(false))
                {
                    await csv.Text(article).Text(story).Raw("IN_STORY").EndRowAsync();
                }
            });
            links = await WriteAsync(directory, "related.csv", async csv =>
            {
                await csv.HeaderAsync(":START_ID(Article)", ":END_ID(Article)", ":TYPE", "score:double", "sameEvent:boolean", "decision", "textSimilarity:double",
                    "daysApart:long", "sharedEntityIds:string[]", "sharedEntities:string[]", "sharedFacts:string[]");
                await foreach (var (from, to, link) in reader.RelatedLinksAsync(cancellationToken).ConfigureAwait(false))
                {
                    var reasons = link.Reasons;
                    var row = csv.Text(from).Text(to).Raw("RELATED_TO").Number(link.Score).Boolean(reasons.SameEvent).Text(reasons.Decision.ToString()).Number(reasons.TextSimilarity);
                    await (reasons.DaysApart is { } days ? row.Number(days) : row.Raw("")).Texts(reasons.Entities.Select(e => e.Id)).Texts(reasons.Entities.Select(e => e.Name))
                        .Texts(reasons.Facts.Select(f => f.Text)).EndRowAsync();
                }
            });
            files.AddRange(["stories.csv", "in_story.csv", "related.csv"]);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "import.sh"), ImportScript(reader.HasStories), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return new ExportSummary(articles, entities, facts, evidenceCount, mentions, [.. files, "import.sh"]) { Stories = stories, RelatedLinks = links };
    }

    private static async Task WriteFactAsync(CsvWriter csv, FactRecord fact, IReadOnlyList<EvidenceRecord> evidence, Dictionary<string, DateOnly?> published)
    {
        var dates = evidence.Select(e => published.GetValueOrDefault(e.ArticleId)).OfType<DateOnly>().Distinct().Order().ToList();
        await csv.Text(fact.SourceId).Text(fact.TargetId).Raw(ExportModel.RelationshipType(fact.Type)).Text(fact.Id).Text(fact.Modality.ToString())
            .Number(fact.Confidence).Date(fact.Date).Text(fact.Role).Texts(fact.TopicIds).Number(fact.ArticleCount)
            .Date(fact.FirstSeen).Date(fact.LastSeen).Date(fact.Date ?? fact.LastSeen).Dates(dates).EndRowAsync();
    }

    private static async Task<int> WriteAsync(string directory, string file, Func<CsvWriter, Task> write)
    {
        await using var stream = new StreamWriter(Path.Combine(directory, file), false, new UTF8Encoding(false));
        var csv = new CsvWriter(stream);
        await write(csv).ConfigureAwait(false);
        return csv.Rows;
    }

    private static string ImportScript(bool withStories) =>
        ImportTemplate.Replace("{stories}", withStories ? StoryFiles : "", StringComparison.Ordinal);

    private const string StoryFiles = "  --nodes=\"$HERE/stories.csv\" \\\n  --relationships=\"$HERE/in_story.csv\" \\\n  --relationships=\"$HERE/related.csv\" \\\n";

    private const string ImportTemplate =
        """
        #!/bin/sh
        # Imports this folder into a NEW Neo4j database (5.x syntax; stop the database first).
        # Text fields keep their line breaks inside quotes, hence --multiline-fields=true.
        # Afterwards start GraphNews against it (it applies cypher/schema.cypher) or run that file yourself.
        set -e
        DATABASE="${1:-neo4j}"
        HERE="$(cd "$(dirname "$0")" && pwd)"
        neo4j-admin database import full "$DATABASE" \
          --overwrite-destination=true \
          --multiline-fields=true \
          --array-delimiter=';' \
          --nodes="$HERE/articles.csv" \
          --nodes="$HERE/entities.csv" \
          --nodes="$HERE/evidence.csv" \
        {stories}  --relationships="$HERE/facts.csv" \
          --relationships="$HERE/mentions.csv" \
          --relationships="$HERE/in_article.csv"

        """;
}
