using System.Text.Json.Nodes;
using GraphNews.Stories;
using Microsoft.Extensions.DependencyInjection;
using static GraphNews.Store.Contract.ContractGraphs;

namespace GraphNews.Api.Tests;

/// <summary>Article.related / Article.story and the stories / story roots, served by the real API over a real store and story index.</summary>
public sealed class StoryFieldsTests
{
    [Fact]
    public async Task Related_articles_and_stories_are_served_with_their_reasons()
    {
        var graphs = new[]
        {
            TrumpCallsPutin("call-1", new DateOnly(2025, 2, 12)),
            TrumpCallsPutin("call-2", new DateOnly(2025, 2, 13)),
            KhameneiRebuffs("rebuff", new DateOnly(2025, 2, 1)),
        };
        await using var server = await ApiServer.StartAsync(graphs);
        var stories = server.Services.GetRequiredService<StoryService>();
        foreach (var graph in graphs)
        {
            await stories.OnArticleStoredAsync(graph, TestContext.Current.CancellationToken);
        }

        async Task<JsonNode> RunAsync(string query)
        {
            var (_, json, _) = await server.PostAsync(query);
            Assert.True(json["errors"] is null, json["errors"]?.ToJsonString());
            return json["data"]!;
        }

        var article = (await RunAsync(
            """
            { article(id: "call-2") {
                related(first: 5) { article { id } score reasons { sameEvent decision textSimilarity daysApart facts { type sourceName targetName } entities { name weight } } }
                story { id title articleCount firstPublished lastPublished articles { id } timeline { date article { id } } entities { name articleCount } } } }
            """))["article"]!;
        var related = article["related"]!.AsArray();
        Assert.Equal("call-1", related[0]!["article"]!["id"]!.GetValue<string>());
        Assert.True(related[0]!["reasons"]!["sameEvent"]!.GetValue<bool>());
        Assert.Equal("SHARED_INTERACTION", related[0]!["reasons"]!["decision"]!.GetValue<string>());
        Assert.Contains(related[0]!["reasons"]!["facts"]!.AsArray(), f => f!["type"]!.GetValue<string>() == "SPOKE_WITH");
        var story = article["story"]!;
        Assert.Equal(2, story["articleCount"]!.GetValue<int>());
        Assert.Equal("2025-02-12", story["firstPublished"]!.GetValue<string>());
        Assert.Equal(["call-1", "call-2"], story["timeline"]!.AsArray().Select(t => t!["article"]!["id"]!.GetValue<string>()));

        var roots = await RunAsync(
            """
            { withTrump: stories(first: 10, where: { entity: "Trump" }) { totalCount nodes { articles { id } } }
              february: stories(where: { since: "2025-02-10" }) { totalCount }
              nobody: stories(where: { entity: "No Such Person" }) { totalCount } }
            """);
        Assert.Equal(1, roots["withTrump"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, roots["february"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, roots["nobody"]!["totalCount"]!.GetValue<int>());

        var storyId = story["id"]!.GetValue<string>();
        var byId = await RunAsync($$"""{ story(id: "{{storyId}}") { title articles { id } } }""");
        Assert.Equal(2, byId["story"]!["articles"]!.AsArray().Count);
    }
}
