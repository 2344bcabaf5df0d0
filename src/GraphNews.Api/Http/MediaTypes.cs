using Microsoft.Net.Http.Headers;

namespace GraphNews.Api.Http;

/// <summary>Content negotiation per GraphQL-over-HTTP: application/graphql-response+json preferred, application/json for legacy clients.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The response type to use, or null when the client accepts neither (406).</summary>
    public static string? Negotiate(IList<string> acceptHeaders)
    {
        if (acceptHeaders.Count == 0)
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted))
        {
            return null;
        }

        var best = accepted
            .Select(a => (Type: Match(a.MediaType.Value), Quality: a.Quality ?? 1.0))
            .Where(a => a.Type is not null && a.Quality > 0)
            .OrderByDescending(a => a.Quality)
            .ThenBy(a => a.Type == GraphQLResponse ? 0 : 1)
            .FirstOrDefault();
        return best.Type;
    }

    public static bool IsJson(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && (parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || parsed.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        && (parsed.Charset.Value is null || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    public static bool AcceptsHtml(IList<string> acceptHeaders) =>
        MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted) && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static string? Match(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        GraphQLResponse => GraphQLResponse,
        Json => Json,
        "application/*" or "*/*" => GraphQLResponse,
        _ => null,
    };
}
