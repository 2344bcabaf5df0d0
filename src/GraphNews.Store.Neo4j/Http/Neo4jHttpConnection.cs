using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphNews.Store.Neo4j.Http;

/// <summary>A parsed answer: the JSON body and the headers a transaction must echo.</summary>
internal sealed record Neo4jResponse(HttpStatusCode Status, JsonElement Body, string? ClusterAffinity);

/// <summary>
/// Sends one JSON request to Neo4j and turns every failure into a typed <see cref="Neo4jException"/>:
/// errors arrive with HTTP 400, 401, 404, 500 or inside a 2xx body, so the error <c>code</c> decides.
/// </summary>
internal sealed class Neo4jHttpConnection(HttpClient http, Neo4jOptions options)
{
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";
    private const string PlainJson = "application/json";
    private const string TypedJson = "application/vnd.neo4j.query";

    private readonly AuthenticationHeaderValue? authorization = CreateAuthorization(options);

    public Neo4jOptions Options => options;

    public string DatabasePath(string suffix) => $"db/{Uri.EscapeDataString(options.Database)}/{suffix}";

    public async Task<Neo4jResponse> SendAsync(
        HttpMethod method, string path, Action<Utf8JsonWriter>? writeBody, bool typedResults, string? clusterAffinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(options.Url, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(typedResults ? TypedJson : PlainJson));
        request.Headers.Authorization = authorization;
        if (clusterAffinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, clusterAffinity);
        }

        if (writeBody is not null)
        {
            using var buffer = new MemoryStream();
            await using (var writer = new Utf8JsonWriter(buffer))
            {
                writeBody(writer);
            }

            request.Content = new ByteArrayContent(buffer.ToArray());
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(PlainJson) { CharSet = "utf-8" };
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jUnavailableException($"Neo4j at {options.Url} could not be reached: {e.Message}", null, e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var affinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return Interpret(response.StatusCode, text, affinity);
        }
    }

    /// <summary>Unauthenticated <c>GET /</c>: the discovery document, or null when the server offers none.</summary>
    public async Task<JsonElement?> DiscoverAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, options.Url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(PlainJson));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jUnavailableException($"Neo4j at {options.Url} could not be reached: {e.Message}", null, e);
        }

        using (response)
        {
            ThrowIfUnavailable(response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    private static Neo4jResponse Interpret(HttpStatusCode status, string text, string? affinity)
    {
        ThrowIfUnavailable(status);
        JsonElement body = default;
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                body = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new Neo4jProtocolException($"Neo4j answered HTTP {(int)status} with a body that is not JSON.", status, e);
            }
        }

        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            if (code is not null)
            {
                throw Neo4jErrorCodes.ToException(code, message, status);
            }
        }

        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                throw new Neo4jAuthenticationException($"Neo4j refused the credentials (HTTP {(int)status}).", null, status),
            HttpStatusCode.NotFound =>
                throw new Neo4jProtocolException("Neo4j answered 404: the database or the API endpoint does not exist on this server.", status),
            >= HttpStatusCode.InternalServerError =>
                throw new Neo4jDatabaseException($"Neo4j failed with HTTP {(int)status}.", null, status),
            >= HttpStatusCode.BadRequest =>
                throw new Neo4jProtocolException($"Neo4j rejected the request with HTTP {(int)status}.", status),
            _ when body.ValueKind != JsonValueKind.Object =>
                status == HttpStatusCode.OK || status == HttpStatusCode.NoContent
                    ? new Neo4jResponse(status, default, affinity)
                    : throw new Neo4jProtocolException($"Neo4j answered HTTP {(int)status} without a JSON object.", status),
            _ => new Neo4jResponse(status, body, affinity),
        };
    }

    private static void ThrowIfUnavailable(HttpStatusCode status)
    {
        if (status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
        {
            throw new Neo4jUnavailableException($"Neo4j is unavailable (HTTP {(int)status}).", status);
        }
    }

    private static AuthenticationHeaderValue? CreateAuthorization(Neo4jOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }

        if (!string.IsNullOrEmpty(options.User))
        {
            var pair = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
        }

        return null;
    }
}
