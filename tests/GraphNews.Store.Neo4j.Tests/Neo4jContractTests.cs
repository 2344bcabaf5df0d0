using GraphNews.Domain.Storage;
using GraphNews.Store.Contract;
using GraphNews.Store.Neo4j.Http;

namespace GraphNews.Store.Neo4j.Tests;

/// <summary>
/// The shared store contract against a live Neo4j (4.4 or 5.x), when GRAPHNEWS_TEST_NEO4J_URL names
/// one (e.g. http://localhost:7474, with GRAPHNEWS_TEST_NEO4J_USER / _PASSWORD). Otherwise every case
/// reports itself skipped. The database is wiped before each case: never point this at real data.
/// </summary>
public sealed class Neo4jContractTests : GraphStoreContract
{
    public const string UrlVariable = "GRAPHNEWS_TEST_NEO4J_URL";

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var options = LiveOptions();
        if (options is null)
        {
            Assert.Skip($"No Neo4j to test against: set {UrlVariable} (and GRAPHNEWS_TEST_NEO4J_USER/_PASSWORD) to run the contract on a live server.");
        }

        using (var runner = new CypherRunner(options))
        {
            await WipeAsync(runner, Ct);
        }

        var store = Neo4jGraphStore.Create(options);
        await store.InitializeAsync(Ct);
        return store;
    }

    /// <summary>Empties the live test database.</summary>
    public static Task WipeAsync(ICypherRunner runner, CancellationToken cancellationToken) =>
        runner.RunAsync(CypherStatement.Of("wipe", "MATCH (n) DETACH DELETE n"), false, cancellationToken);

    /// <summary>Options for the live test server, or null when none is configured.</summary>
    public static Neo4jOptions? LiveOptions()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        return new Neo4jOptions
        {
            Url = new Uri(url),
            User = Environment.GetEnvironmentVariable("GRAPHNEWS_TEST_NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("GRAPHNEWS_TEST_NEO4J_PASSWORD"),
            Database = Environment.GetEnvironmentVariable("GRAPHNEWS_TEST_NEO4J_DATABASE") ?? "neo4j",
        };
    }
}
