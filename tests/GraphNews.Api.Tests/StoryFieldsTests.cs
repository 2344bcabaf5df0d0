using System.Text.Json.Nodes;
using GraphNews.Api.GraphQL;
using GraphNews.Api.GraphQL.Stories;
using GraphNews.Api.GraphQL.Types;
using GraphNews.Api.Loading;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Store.Sqlite;
using GraphNews.Stories;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static GraphNews.Store.Contract.ContractGraphs;

namespace GraphNews.Api.Tests;

/// <summary>
/// The story fields on a schema of their own (the news schema gets them when the lead wires them in):
/// Article.related / Article.story and the stories / story roots, over a real store and story index.
/// </summary>
public sealed class StoryFieldsTests
{
    private sealed class StorySchema : Schema
    {
        public StorySchema(IServiceProvider services)
            : base(services)
        {
            var query = new ObjectGraphType { Name = "Query" };
            query.Field<ArticleGraphType>("article")
                .Argument<NonNullGraphType<IdGraphType>>("id")
                .Resolve(c => c.RequestServices!.GetRequiredService<GraphLoaders>().Articles.Load(c.GetArgument<string>("id")));
            query.AddStoryQueries();
            Query = query;
        }
    }

    [Fact]
    public async Task Related_articles_and_stories_are_served_with_their_reasons()
    {
        var ct = TestContext.Current.CancellationToken;
        var graphs = new[]
        {
            TrumpCallsPutin("call-1", new DateOnly(2025, 2, 12)),
            TrumpCallsPutin("call-2", new DateOnly(2025, 2, 13)),
            KhameneiRebuffs("rebuff", new DateOnly(2025, 2, 1)),
        };
        var path = Path.Combine(Directory.CreateTempSubdirectory("graphnews-story-api-").FullName, "graph.db");
        await using var store = new SqliteGraphStore(path);
        await store.InitializeAsync(ct);
        await store.UpsertArticlesAsync(graphs, ct);
        var stories = new StoryService(new InMemoryStoryStore());
        foreach (var graph in graphs)
        {
            await stories.OnArticleStoredAsync(graph, ct);
        }

        var services = new ServiceCollection();
        services.AddSingleton<IGraphStore>(store);
        services.AddSingleton(stories);
        services.AddSingleton(RelationOntology.Default);
        services.AddScoped<GraphLoaders>();
        services.AddTransient(typeof(EdgeGraphType<,>));
        services.AddGraphQL(b => b.AddSchema<StorySchema>().AddSystemTextJson().AddGraphTypes(typeof(NewsSchema).Assembly).AddErrorInfoProvider(e => e.ExposeExceptionDetails = true));
        services.AddSingleton(_ =>
        {
            var article = new ArticleGraphType();
            article.AddStoryFields();
            return article;
        });
        await using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var executer = provider.GetRequiredService<IDocumentExecuter<StorySchema>>();
        var serializer = provider.GetRequiredService<IGraphQLTextSerializer>();

        async Task<JsonNode> RunAsync(string query)
        {
            var result = await executer.ExecuteAsync(new ExecutionOptions { Query = query, RequestServices = scope.ServiceProvider, CancellationToken = ct });
            var json = JsonNode.Parse(serializer.Serialize(result))!;
            Assert.True(json["errors"] is null, json["errors"]?.ToJsonString());
            return json["data"]!;
        }

        var article = (await RunAsync(
            """
            { article(id: "call-2") {
                related(first: 5) { article { id } score reasons { sameEvent textSimilarity daysApart facts { type sourceName targetName } entities { name weight } } }
                story { id title articleCount firstPublished lastPublished articles { id } timeline { date article { id } } entities { name articleCount } } } }
            """))["article"]!;
        var related = article["related"]!.AsArray();
        Assert.Equal("call-1", related[0]!["article"]!["id"]!.GetValue<string>());
        Assert.True(related[0]!["reasons"]!["sameEvent"]!.GetValue<bool>());
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
