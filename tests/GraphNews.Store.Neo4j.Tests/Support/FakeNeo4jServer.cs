using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphNews.Store.Neo4j.Tests.Support;

/// <summary>What the client sent.</summary>
public sealed record FakeRequest(string Method, string Path, string? Authorization, string? Affinity, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>What the fake answers. A null status means "never answer" (the client's timeout must fire).</summary>
public sealed record FakeResponse(int? Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static readonly FakeResponse Hang = new((int?)null);

    public static FakeResponse Json(int status, string body, IReadOnlyDictionary<string, string>? headers = null) => new(status, body, headers);

    public static FakeResponse Error(int status, string code, string message = "failed") =>
        new(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

    /// <summary>A Query API success (202) with plain JSON records.</summary>
    public static FakeResponse Records(string[] fields, params object?[][] rows) =>
        new(202, JsonSerializer.Serialize(new { data = new { fields, values = rows }, bookmarks = new[] { "FB:bookmark" } }));
}

/// <summary>A local Kestrel server on 127.0.0.1 and a free port, answering like Neo4j's HTTP APIs as the handler says.</summary>
public sealed class FakeNeo4jServer : IAsyncDisposable
{
    public const string QueryDiscovery =
        """{"bolt_routing":"neo4j://localhost:7687","query":"http://localhost:7474/db/{databaseName}/query/v2","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.0","neo4j_edition":"community"}""";

    public const string LegacyDiscovery =
        """{"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"4.4.30","neo4j_edition":"community"}""";

    private readonly WebApplication app;

    private FakeNeo4jServer(WebApplication app, Uri url)
    {
        this.app = app;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Every request except discovery, in arrival order.</summary>
    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    public int DiscoveryCalls { get; private set; }

    public static async Task<FakeNeo4jServer> StartAsync(string? discovery, Func<FakeRequest, FakeResponse> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeNeo4jServer? server = null;
        app.Run(async context =>
        {
            var request = context.Request;
            if (request.Method == "GET" && request.Path == "/")
            {
                server!.DiscoveryCalls++;
                await Answer(context, discovery is null ? new FakeResponse(404) : FakeResponse.Json(200, discovery));
                return;
            }

            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var recorded = new FakeRequest(
                request.Method, request.Path.Value ?? "", request.Headers.Authorization.FirstOrDefault(),
                request.Headers["neo4j-cluster-affinity"].FirstOrDefault(), body);
            server!.Requests.Enqueue(recorded);
            await Answer(context, handler(recorded));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeNeo4jServer(app, new Uri(address));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static async Task Answer(HttpContext context, FakeResponse response)
    {
        if (response.Status is null)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        context.Response.StatusCode = response.Status.Value;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }
}
