using GraphNews.Domain.Storage;
using GraphNews.Extraction;
using GraphNews.Ingestion.Identity;
using GraphNews.Store.Neo4j;
using GraphNews.Store.Sqlite;
using GraphNews.Store.Sqlite.Stories;
using GraphNews.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;

namespace GraphNews.Cli.Hosting;

/// <summary>Builds the parts every verb uses from settings: the extractor and the store.</summary>
internal static class Composition
{
    public static IArticleExtractor CreateExtractor() => NewsExtractor.CreateProduction();

    /// <summary>Brings the story index of the embedded store up to date with its articles. With Neo4j the index follows the writes as they are made (see <see cref="StoreSession"/>).</summary>
    public static async Task UpdateStoriesAsync(StoreSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Kind != StoreKind.Sqlite)
        {
            return;
        }

        var stories = new SqliteStoryStore(settings.DatabasePath);
        using var service = new StoryService(stories);
        await service.SyncAsync(stories, cancellationToken);
    }

    /// <summary>Identity across articles, settled against what the store already holds.</summary>
    public static CrossArticleResolver CreateResolver(IGraphStore store) => CrossArticleResolver.ForNews(store);

    /// <summary>Settings from appsettings.json, then GRAPHNEWS__* environment variables (GRAPHNEWS__NEO4J__URL …).</summary>
    public static IConfiguration LoadConfiguration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables("GRAPHNEWS__")
        .Build();

    /// <summary>Opens (and initialises) the configured store; with Neo4j, behind its outbox, with the worker running.</summary>
    public static async Task<StoreSession> OpenStoreAsync(StoreSettings settings, CancellationToken cancellationToken, ILoggerFactory? loggers = null)
    {
        if (settings.Kind == StoreKind.Neo4j)
        {
            // Only the outbox is prepared here: the worker applies the Neo4j schema, so start-up works while Neo4j is down.
            var host = Neo4jOutboxHost.Create(settings.Neo4j, settings.OutboxPath, loggers, storyIndex: new SqliteStoryStore(settings.StoryIndexPath));
            try
            {
                await host.Store.InitializeAsync(cancellationToken);
                return StoreSession.WithOutbox(host, settings.StoryIndexPath, loggers);
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }
        }

        var store = new SqliteGraphStore(settings.DatabasePath);
        try
        {
            await store.InitializeAsync(cancellationToken);
            return StoreSession.Embedded(store);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}

/// <summary>A problem the user can fix; its message is printed as is, without a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
