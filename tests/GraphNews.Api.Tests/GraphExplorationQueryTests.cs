using GraphNews.Domain;
using static GraphNews.Store.Contract.ContractGraphs;

namespace GraphNews.Api.Tests;

public sealed class GraphExplorationQueryTests
{
    private static IEnumerable<ArticleGraph> Chain()
    {
        yield return TrumpCallsPutin();
        var met = Article("n2", "Putin met Khamenei.", new DateOnly(2025, 2, 10));
        yield return Graph(met, [Putin, Khamenei], Relation(met, "MET_WITH", Putin, Khamenei));
        yield return KhameneiRebuffs();
    }

    [Fact]
    public async Task Neighborhood_returns_nodes_and_edges_with_evidence_for_drawing()
    {
        await using var server = await ApiServer.StartAsync(Chain());

        var body = (await server.PostAsync(
            """{ neighborhood(id: "person:vladimir-putin", depth: 1) { nodes { id __typename } edges { type source { id } target { id } evidence { sentence article { title } } } } }""")).Body["data"]!["neighborhood"]!;
        var filtered = (await server.PostAsync(
            """{ neighborhood(id: "person:vladimir-putin", types: [MET_WITH]) { nodes { id } edges { type } } }""")).Body["data"]!["neighborhood"]!;

        Assert.Equal("person:vladimir-putin", body["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(3, body["nodes"]!.AsArray().Count);
        Assert.Equal(["MET_WITH", "SPOKE_WITH"], body["edges"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()).Order());
        Assert.All(body["edges"]!.AsArray(), e => Assert.NotEmpty(e!["evidence"]!.AsArray()));
        Assert.Equal(2, filtered["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Neighborhood_limits_are_enforced()
    {
        await using var server = await ApiServer.StartAsync(Chain());

        var (_, body, _) = await server.PostAsync("""{ neighborhood(id: "person:vladimir-putin", depth: 3) { nodes { id } } }""");

        Assert.Equal("BAD_USER_INPUT", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Path_connects_two_entities_by_name_through_the_facts_between_them()
    {
        await using var server = await ApiServer.StartAsync(Chain());

        var path = (await server.PostAsync("""{ path(from: "Trump", to: "US") { type source { name } target { name } } }""")).Body["data"]!["path"]!.AsArray();
        var tooShort = (await server.PostAsync("""{ path(from: "Trump", to: "US", maxHops: 2) { type } }""")).Body["data"]!["path"]!.AsArray();

        Assert.Equal(["SPOKE_WITH", "MET_WITH", "REBUFFED"], path.Select(p => p!["type"]!.GetValue<string>()));
        Assert.Empty(tooShort);
    }
}
