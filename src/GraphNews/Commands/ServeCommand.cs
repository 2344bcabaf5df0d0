using System.CommandLine;
using GraphNews.Api;
using GraphNews.Api.GraphQL.Stories;
using GraphNews.Cli.Hosting;
using GraphNews.Domain.Storage;
using GraphNews.Extraction;
using GraphNews.Store.Sqlite.Stories;
using GraphNews.Stories;
using GraphNews.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphNews.Cli.Commands;

/// <summary><c>graphnews serve [--db PATH] [--ingest PATH...] [--urls URL]</c>: serve the GraphQL API.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var store = CommonOptions.Store();
        var ingest = new Option<string[]>("--ingest") { Description = "Ingest these files or directories before serving.", AllowMultipleArgumentsPerToken = true };
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var published = CommonOptions.Published();
        var apiKey = new Option<string?>("--api-key") { Description = "Require this X-Api-Key header for mutations (also GRAPHNEWS__APIKEY)." };
        var keyForQueries = new Option<bool>("--api-key-for-queries") { Description = "Require the API key for queries too, not only for mutations (also GRAPHNEWS__APIKEYFORQUERIES=true)." };
        var command = new Command("serve", "Serve the graph over GraphQL at /graphql.") { db, store, ingest, urls, published, apiKey, keyForQueries };

        // Telemetry: OTLP export of request and ingestion traces/metrics when an endpoint is configured.
        var observability = new Observability();
        foreach (var option in observability.ExportOptions)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var configuration = Composition.LoadConfiguration();
            var settings = StoreSettings.From(parse, store, db, configuration);
            using var loggers = observability.CreateLoggers(parse);
            await using var session = await Composition.OpenStoreAsync(settings, cancellationToken, loggers);
            var graphStore = session.Store;
            var extractor = Composition.CreateExtractor();

            if (parse.GetValue(ingest) is { Length: > 0 } paths)
            {
                var options = IngestOptions.Default with { Reader = IngestOptions.Default.Reader with { DefaultPublished = parse.GetValue(published) } };
                var summary = await IngestRunner.RunAsync(new IngestService(extractor, graphStore, resolver: Composition.CreateResolver(graphStore)), paths, options, Console.Error, cancellationToken);
                await Console.Out.WriteLineAsync(IngestRunner.Describe(summary, settings));
            }

            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls(parse.GetValue(urls)!);
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            observability.ConfigureServer(builder, parse);
            builder.Services.AddSingleton(graphStore);
            if (session.WriteQueue is { } writeQueue)
            {
                builder.Services.AddSingleton(writeQueue);
            }

            builder.Services.AddSingleton<IArticleExtractor>(extractor);
            builder.Services.AddGraphNewsApi(new ApiOptions
            {
                ApiKey = parse.GetValue(apiKey) ?? configuration["APIKEY"],
                RequireApiKeyForQueries = parse.GetValue(keyForQueries) || string.Equals(configuration["APIKEYFORQUERIES"], "true", StringComparison.OrdinalIgnoreCase),
            });
            if (session.Stories is { } followingStories)
            {
                // One story index per process: the one that followed the ingest above also answers and follows the API.
                builder.Services.AddSingleton(followingStories);
            }
            else
            {
                builder.Services.AddGraphNewsStories(_ => new SqliteStoryStore(settings.StoryIndexPath));
            }

            if (settings.Kind == StoreKind.Sqlite)
            {
                builder.Services.AddSingleton(s => new StoryCatchUp(s.GetRequiredService<StoryService>(), settings.DatabasePath, s.GetRequiredService<ILogger<StoryCatchUp>>()));
                builder.Services.AddHostedService(s => s.GetRequiredService<StoryCatchUp>());
            }

            await using var app = builder.Build();

            app.MapGraphNewsApi();
            app.MapGet("/healthz", () => Results.Text("ok"));
            app.MapGet("/readyz", async (IGraphStore s, IServiceProvider services, CancellationToken ct) =>
            {
                try
                {
                    await s.GetStatsAsync(ct);
                    return services.GetService<StoryCatchUp>() is { IsComplete: false }
                        ? Results.Text("the story index is catching up with the database", statusCode: StatusCodes.Status503ServiceUnavailable)
                        : Results.Text("ready");
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    return Results.Text($"store unavailable: {e.Message}", statusCode: StatusCodes.Status503ServiceUnavailable);
                }
            });
            await app.StartAsync(cancellationToken);
            await Console.Out.WriteLineAsync($"GraphQL at {string.Join(", ", app.Urls.Select(u => u.TrimEnd('/') + "/graphql"))}  (Ctrl+C to stop)");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
