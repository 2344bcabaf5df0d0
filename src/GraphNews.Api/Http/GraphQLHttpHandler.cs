using GraphNews.Api.GraphQL;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;

namespace GraphNews.Api.Http;

/// <summary>
/// Serves GraphQL over HTTP as the GraphQL-over-HTTP draft describes: POST with JSON, GET for
/// queries only, content negotiation, and status codes that tell a parse error (400) from a
/// validation error (422), a method error (405), a bad Accept (406) and a bad Content-Type (415).
/// </summary>
public sealed class GraphQLHttpHandler(IDocumentExecuter<NewsSchema> executer, IGraphQLTextSerializer serializer, ApiOptions options, ApiKeyValidationRule apiKeyRule)
{
    /// <summary>The "Partial Success" status of the current draft: data and errors together.</summary>
    public const int PartialSuccess = 294;

    public async Task HandleAsync(HttpContext context)
    {
        var http = context.Request;
        if (!HttpMethods.IsGet(http.Method) && !HttpMethods.IsPost(http.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json, "METHOD_NOT_ALLOWED", "Use GET or POST.");
            return;
        }

        var mediaType = MediaTypes.Negotiate(http.Headers.Accept.Select(a => a ?? string.Empty).ToList());
        if (mediaType is null)
        {
            await WriteProblemAsync(context, StatusCodes.Status406NotAcceptable, MediaTypes.Json, "NOT_ACCEPTABLE", $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        var (request, problem) = HttpMethods.IsGet(http.Method) ? ReadGet(http) : await ReadPostAsync(http, context.RequestAborted);
        if (problem is not null)
        {
            await WriteProblemAsync(context, problem.Value.Status, mediaType, problem.Value.Code, problem.Value.Message);
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.ExecutionTimeout);
        var isGet = HttpMethods.IsGet(http.Method);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(o =>
            {
                o.Query = request!.Query;
                o.OperationName = request.OperationName;
                o.Variables = request.Variables;
                o.Extensions = request.Extensions;
                o.RequestServices = context.RequestServices;
                o.User = context.User;
                o.CancellationToken = timeout.Token;
                o.ValidationRules = isGet ? [.. DocumentValidator.CoreRules, new HttpGetValidationRule(), apiKeyRule] : [.. DocumentValidator.CoreRules, apiKeyRule];
                o.UserContext = new Dictionary<string, object?> { [ApiUserContext.HttpContextKey] = context };
            });
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await WriteProblemAsync(context, StatusCodes.Status504GatewayTimeout, mediaType, "TIMEOUT", $"The request ran longer than {options.ExecutionTimeout.TotalSeconds:0.#} s and was stopped.");
            return;
        }

        context.Response.StatusCode = StatusFor(result, mediaType, context.Response);
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static int StatusFor(ExecutionResult result, string mediaType, HttpResponse response)
    {
        var errors = result.Errors ?? [];
        if (!result.Executed)
        {
            if (errors.Any(e => e.Code == HttpGetValidationRule.Code))
            {
                response.Headers.Allow = "POST";
                return StatusCodes.Status405MethodNotAllowed;
            }

            if (errors.Any(e => e.Code == ApiKeyValidationRule.Unauthenticated))
            {
                return StatusCodes.Status401Unauthorized;
            }

            if (errors.Any(e => e.Code == ApiKeyValidationRule.Disabled))
            {
                return StatusCodes.Status403Forbidden;
            }

            return errors.Any(e => e is SyntaxError) ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity;
        }

        if (errors.Count > 0 && errors.Any(e => e.Code == "TIMEOUT"))
        {
            return StatusCodes.Status504GatewayTimeout;
        }

        return errors.Count > 0 && mediaType == MediaTypes.GraphQLResponse ? PartialSuccess : StatusCodes.Status200OK;
    }

    private (GraphQLRequest?, Problem?) ReadGet(HttpRequest http)
    {
        var query = http.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, new Problem(StatusCodes.Status400BadRequest, "QUERY_MISSING", "A GET request needs a 'query' parameter."));
        }

        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(http.Query["operationName"].ToString()),
                Variables = NullIfEmpty(http.Query["variables"].ToString()) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = NullIfEmpty(http.Query["extensions"].ToString()) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            }, null);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return (null, new Problem(StatusCodes.Status400BadRequest, "INVALID_JSON", $"'variables' or 'extensions' is not a JSON object: {e.Message}"));
        }
    }

    private async Task<(GraphQLRequest?, Problem?)> ReadPostAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (!MediaTypes.IsJson(http.ContentType))
        {
            return (null, new Problem(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", $"Send the request body as {MediaTypes.Json}."));
        }

        if (http.ContentLength > options.MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await http.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > options.MaxRequestBytes)
            {
                return (null, TooLarge());
            }

            body.Write(buffer, 0, read);
        }

        body.Position = 0;
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(body, cancellationToken);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, new Problem(StatusCodes.Status400BadRequest, "INVALID_JSON", $"The body is not a GraphQL request object: {e.Message}"));
        }

        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            return (null, new Problem(StatusCodes.Status400BadRequest, "QUERY_MISSING", "The body needs a non-empty 'query'."));
        }

        return (request, null);
    }

    private Problem TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"The request body is larger than {options.MaxRequestBytes:N0} bytes.");

    private async Task WriteProblemAsync(HttpContext context, int status, string mediaType, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;

    private readonly record struct Problem(int Status, string Code, string Message);
}

/// <summary>Keys of what the HTTP layer hands to resolvers.</summary>
public static class ApiUserContext
{
    public const string HttpContextKey = "httpContext";
}
