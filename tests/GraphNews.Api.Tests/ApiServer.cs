using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Api.GraphQL.Stories;
using GraphNews.Stories;
using GraphNews.Store.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphNews.Api.Tests;

/// <summary>The real API on Kestrel at 127.0.0.1 (a free port), over a fresh SQLite store holding the given graphs.</summary>
public sealed class ApiServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private ApiServer(WebApplication app, IGraphStore store, HttpClient client)
    {
        this.app = app;
        Store = store;
        Client = client;
    }

    public IGraphStore Store { get; }

    public IServiceProvider Services => app.Services;

    public HttpClient Client { get; }

    /// <param name="indexStories">Link the articles into stories before serving, as <c>graphnews serve</c> catches up with its database.</param>
    public static async Task<ApiServer> StartAsync(IEnumerable<ArticleGraph> graphs, ApiOptions? options = null, Func<IGraphStore, IGraphStore>? wrap = null, GraphNews.Extraction.IArticleExtractor? extractor = null, bool indexStories = false)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("graphnews-api-tests-").FullName, "graph.db");
        var sqlite = new SqliteGraphStore(path);
        await sqlite.InitializeAsync();
        await sqlite.UpsertArticlesAsync(graphs.ToList());
        var store = wrap?.Invoke(sqlite) ?? sqlite;

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(store);
        if (extractor is not null)
        {
            builder.Services.AddSingleton(extractor);
        }

        builder.Services.AddGraphNewsApi(options ?? new ApiOptions());
        builder.Services.AddGraphNewsStories(_ => new GraphNews.Store.Sqlite.Stories.SqliteStoryStore(path));
        var app = builder.Build();
        if (indexStories)
        {
            await app.Services.GetRequiredService<StoryService>().SyncAsync(new GraphNews.Store.Sqlite.Stories.SqliteStoryStore(path));
        }

        app.MapGraphNewsApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiServer(app, store, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>POSTs a query as application/json and returns the status and the parsed body.</summary>
    public async Task<(int Status, JsonNode Body, HttpResponseMessage Response)> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(request);
    }

    public async Task<(int Status, JsonNode Body, HttpResponseMessage Response)> SendAsync(HttpRequestMessage request)
    {
        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!, response);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await Store.DisposeAsync();
    }
}

internal static class MediaTypeExtensions
{
    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
}
