using System.Text.Encodings.Web;
using System.Text.Json;
using GraphNews.Domain.Storage;

namespace GraphNews.Ingestion.Export;

/// <summary>
/// <c>graph.json</c>: <c>{"articles":[…],"entities":[…],"facts":[…],"evidence":[…],"mentions":[…]}</c>, and with a story index
/// <c>"stories":[…],"related":[{"from","to","score","reasons"}]</c>
/// with the store's records as they are (camelCase, dates yyyy-MM-dd); evidence is held in memory until the facts are written.
/// </summary>
public sealed class JsonGraphExporter : IGraphExporter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public string Format => "json";

    public string Description => "one JSON document with articles, entities, facts, evidence and mentions";

    public async Task<ExportSummary> ExportAsync(GraphSnapshotReader reader, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        await using var stream = File.Create(Path.Combine(directory, "graph.json"));
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder });
        json.WriteStartObject();
        var articles = await ArrayAsync(json, "articles", reader.ArticlesAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        var entities = await ArrayAsync(json, "entities", reader.EntitiesAsync(cancellationToken), cancellationToken).ConfigureAwait(false);

        var evidence = new List<EvidenceRecord>();
        var facts = 0;
        json.WriteStartArray("facts");
        await foreach (var (fact, support) in reader.FactsWithEvidenceAsync(cancellationToken).ConfigureAwait(false))
        {
            JsonSerializer.Serialize(json, fact, Options);
            evidence.AddRange(support);
            facts++;
        }

        json.WriteEndArray();
        json.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            JsonSerializer.Serialize(json, e, Options);
        }

        json.WriteEndArray();
        var mentions = 0;
        json.WriteStartArray("mentions");
        await foreach (var (article, entity) in reader.MentionsAsync(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("articleId", article);
            json.WriteString("entityId", entity);
            json.WriteEndObject();
            mentions++;
        }

        json.WriteEndArray();
        var (stories, links) = (0, 0);
        if (reader.HasStories)
        {
            stories = await ArrayAsync(json, "stories", reader.StoriesAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
            json.WriteStartArray("related");
            await foreach (var (from, to, link) in reader.RelatedLinksAsync(cancellationToken).ConfigureAwait(false))
            {
                json.WriteStartObject();
                json.WriteString("from", from);
                json.WriteString("to", to);
                json.WriteNumber("score", link.Score);
                json.WritePropertyName("reasons");
                JsonSerializer.Serialize(json, link.Reasons, Options);
                json.WriteEndObject();
                links++;
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new ExportSummary(articles, entities, facts, evidence.Count, mentions, ["graph.json"]) { Stories = stories, RelatedLinks = links };
    }

    private static async Task<int> ArrayAsync<T>(Utf8JsonWriter json, string name, IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var count = 0;
        json.WriteStartArray(name);
        await foreach (var item in items.ConfigureAwait(false))
        {
            JsonSerializer.Serialize(json, item, Options);
            if (++count % 500 == 0)
            {
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        json.WriteEndArray();
        return count;
    }
}
