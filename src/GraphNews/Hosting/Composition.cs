using GraphNews.Domain.Storage;
using GraphNews.Extraction;
using GraphNews.Extraction.Ner;
using GraphNews.Store.Sqlite;
using Microsoft.Extensions.Configuration;

namespace GraphNews.Cli.Hosting;

/// <summary>Builds the parts every verb uses from settings: the extractor and the store.</summary>
internal static class Composition
{
    public static IArticleExtractor CreateExtractor() => NewsExtractor.CreateDefault(PerceptronNerTagger.LoadDefault());

    /// <summary>Settings from appsettings.json, then GRAPHNEWS__* environment variables (GRAPHNEWS__NEO4J__URL …).</summary>
    public static IConfiguration LoadConfiguration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables("GRAPHNEWS__")
        .Build();

    public static async Task<IGraphStore> OpenStoreAsync(StoreSettings settings, CancellationToken cancellationToken)
    {
        IGraphStore store = settings.Kind switch
        {
            StoreKind.Sqlite => new SqliteGraphStore(settings.DatabasePath),
            _ => throw new CliException($"Unknown store '{settings.Kind}'."),
        };
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
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
