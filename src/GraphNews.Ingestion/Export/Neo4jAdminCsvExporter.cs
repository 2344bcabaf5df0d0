using System.Text;
using GraphNews.Domain.Storage;

namespace GraphNews.Ingestion.Export;

/// <summary>
/// CSV files for <c>neo4j-admin database import full</c> that recreate GraphNews' Neo4j graph model
/// (cypher/README.md): Article, Entity (+ Person/Country/…), Evidence nodes; fact, MENTIONS and
/// IN_ARTICLE relationships. Each file carries its header row; <c>import.sh</c> has the command.
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

        await File.WriteAllTextAsync(Path.Combine(directory, "import.sh"), ImportScript, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return new ExportSummary(articles, entities, facts, evidenceCount, mentions,
            ["articles.csv", "entities.csv", "evidence.csv", "facts.csv", "mentions.csv", "in_article.csv", "import.sh"]);
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

    private const string ImportScript =
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
          --relationships="$HERE/facts.csv" \
          --relationships="$HERE/mentions.csv" \
          --relationships="$HERE/in_article.csv"

        """;
}
