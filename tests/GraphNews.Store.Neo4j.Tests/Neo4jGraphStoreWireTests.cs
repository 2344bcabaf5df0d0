using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Store.Neo4j.Tests.Support;

namespace GraphNews.Store.Neo4j.Tests;

/// <summary>The store through the real HTTP runner against a fake answering in the documented JSON shapes.</summary>
public sealed class Neo4jGraphStoreWireTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_page_of_facts_maps_plain_json_maps_lists_and_dates()
    {
        var fact = new Dictionary<string, object?>
        {
            ["id"] = "fact:1", ["type"] = "SPOKE_WITH", ["sourceId"] = "person:a", ["targetId"] = "person:b", ["modality"] = "Planned",
            ["confidence"] = 0.75, ["date"] = "2025-02-14", ["role"] = null, ["topicIds"] = new[] { "country:z", "country:a" },
            ["articleCount"] = 2, ["firstSeen"] = "2025-02-09", ["lastSeen"] = "2025-02-12",
        };
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => FakeResponse.Records(["total", "items"], [7, new[] { fact }]));
        await using var store = Neo4jGraphStore.Create(new Neo4jOptions { Url = server.Url, User = "neo4j", Password = "pw" });

        var page = await store.FindFactsAsync(new FactQuery { EntityIds = ["person:a"], Direction = Direction.Incoming }, new PageRequest(5, 1), Ct);

        Assert.Equal((7, 5), (page.TotalCount, page.Offset));
        var read = Assert.Single(page.Items);
        Assert.Equal(("SPOKE_WITH", "person:a", "person:b", Modality.Planned), (read.Type, read.SourceId, read.TargetId, read.Modality));
        Assert.Equal((new DateOnly(2025, 2, 14), new DateOnly(2025, 2, 9), new DateOnly(2025, 2, 12)), (read.Date, read.FirstSeen, read.LastSeen));
        Assert.Equal(["country:a", "country:z"], read.TopicIds);
        Assert.Equal((0.75, 2), (read.Confidence, read.ArticleCount));
        var request = Assert.Single(server.Requests);
        Assert.Equal(CypherCatalog.Get("queries/find-facts-of-entities.cypher"), request.Json.GetProperty("statement").GetString());
        var parameters = request.Json.GetProperty("parameters");
        Assert.Equal(("Incoming", 5, 1), (parameters.GetProperty("direction").GetString(), parameters.GetProperty("offset").GetInt32(), parameters.GetProperty("limit").GetInt32()));
    }

    [Fact]
    public async Task Stats_read_the_label_and_type_pairs_and_ignore_the_empty_markers()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.LegacyDiscovery, _ => FakeResponse.Json(200,
            """{"results":[{"columns":["articles","evidence","byLabel","byType"],"data":[{"row":[2,3,[["Person",3],["Country",2]],[[null,0]]],"meta":[]}]}],"errors":[]}"""));
        await using var store = Neo4jGraphStore.Create(new Neo4jOptions { Url = server.Url });

        var stats = await store.GetStatsAsync(Ct);

        Assert.Equal((2, 5, 0, 3), (stats.Articles, stats.Entities, stats.Facts, stats.Evidence));
        Assert.Equal(3, stats.EntitiesByLabel[EntityLabel.Person]);
        Assert.Empty(stats.FactsByType);
    }

    [Fact]
    public async Task Initialize_applies_each_schema_statement_on_its_own()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => FakeResponse.Records([]));
        await using var store = Neo4jGraphStore.Create(new Neo4jOptions { Url = server.Url });

        await store.InitializeAsync(Ct);

        Assert.Equal(CypherCatalog.Statements("schema.cypher"), server.Requests.Select(r => r.Json.GetProperty("statement").GetString()));
        Assert.All(server.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
    }
}
