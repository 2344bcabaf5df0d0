using System.Text.Json;
using System.Text.Json.Serialization;
using GraphNews.Domain;

namespace GraphNews.Store.Neo4j.Outbox;

/// <summary>The outbox's own, lossless JSON form of an article graph (the published extract shape leaves out the text).</summary>
public static class ArticleGraphPayload
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(ArticleGraph graph) => JsonSerializer.Serialize(graph, Options);

    public static ArticleGraph Deserialize(string json) =>
        JsonSerializer.Deserialize<ArticleGraph>(json, Options) ?? throw new InvalidDataException("An outbox entry holds no article graph.");
}
