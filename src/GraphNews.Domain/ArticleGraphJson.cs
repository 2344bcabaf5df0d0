using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphNews.Domain;

/// <summary>
/// The published JSON shape of an <see cref="ArticleGraph"/> (the output of <c>graphnews extract</c>):
/// <c>{"article":{"id","title","published"},"entities":[…],"relations":[…]}</c>, labels as written
/// ("Person"), modality in lower case ("asserted"), dates as yyyy-MM-dd.
/// </summary>
public static class ArticleGraphJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter<EntityLabel>(), new JsonStringEnumConverter<Modality>(JsonNamingPolicy.CamelCase) },
    };

    private static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static string Serialize(ArticleGraph graph, bool indented = false) =>
        JsonSerializer.Serialize(ToDocument(graph), indented ? Indented : Options);

    /// <summary>A digest of the graph's full content, so a store can tell an unchanged re-ingest from a changed one.</summary>
    public static string Fingerprint(ArticleGraph graph)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new FingerprintDocument(graph.Article, ToDocument(graph)), Options);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static GraphDocument ToDocument(ArticleGraph graph) => new(
        new ArticleHeader(graph.Article.Id, graph.Article.Title, graph.Article.Published, graph.Article.Url, graph.Article.Source, graph.Article.License, graph.Article.Byline),
        graph.Entities,
        graph.Relations.Select(r => new RelationDocument(r.Type, r.Source, r.Target, r.Modality, Math.Round(r.Confidence, 3), r.Topics, r.Date, r.Role, r.Evidence)).ToList(),
        graph.Candidates.Count == 0 ? null : graph.Candidates);

    private sealed record GraphDocument(ArticleHeader Article, IReadOnlyList<GraphEntity> Entities, IReadOnlyList<RelationDocument> Relations, IReadOnlyList<IdentityCandidate>? Candidates);

    private sealed record ArticleHeader(string Id, string Title, DateOnly? Published, string? Url, string? Source, string? License, string? Byline);

    private sealed record RelationDocument(
        string Type,
        string Source,
        string Target,
        Modality Modality,
        double Confidence,
        IReadOnlyList<string> Topics,
        DateOnly? Date,
        string? Role,
        IReadOnlyList<Evidence> Evidence);

    private sealed record FingerprintDocument(Article Article, GraphDocument Graph);
}
