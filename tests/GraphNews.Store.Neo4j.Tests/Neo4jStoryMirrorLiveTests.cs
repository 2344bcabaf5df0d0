using GraphNews.Store.Neo4j.Http;
using GraphNews.Store.Neo4j.Tests.Support;

namespace GraphNews.Store.Neo4j.Tests;

/// <summary>
/// The story mirror's Cypher against a live Neo4j, when <see cref="Neo4jContractTests.UrlVariable"/> names one; skipped
/// otherwise. The database is wiped first: never point this at real data.
/// </summary>
public sealed class Neo4jStoryMirrorLiveTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Links_and_stories_are_written_replaced_and_pruned_on_a_live_server()
    {
        var options = Neo4jContractTests.LiveOptions();
        if (options is null)
        {
            Assert.Skip($"No Neo4j to test against: set {Neo4jContractTests.UrlVariable} to run the story mirror on a live server.");
        }

        using var runner = new CypherRunner(options);
        await Neo4jContractTests.WipeAsync(runner, Ct);
        await using var store = new Neo4jGraphStore(runner);
        await store.InitializeAsync(Ct);
        await store.UpsertArticlesAsync(StoryIndexes.TwoReportsOfOneCall(), Ct);
        var mirror = store.StoryMirror(await StoryIndexes.IndexedAsync(Ct));

        await mirror.WriteAsync(["call-1", "call-2"], Ct);
        await mirror.WriteAsync(["call-2"], Ct);

        var shape = await runner.RunAsync(CypherStatement.Of("check", """
            MATCH (a:Article {id: 'call-1'})-[r:RELATED_TO]->(b:Article {id: 'call-2'})
            MATCH (a)-[:IN_STORY]->(s:Story)<-[:IN_STORY]-(b)
            RETURN count(r) AS links, r.sameEvent AS sameEvent, r.decision AS decision, s.articleCount AS articles
            """), true, Ct);
        Assert.Equal(1L, Convert.ToInt64(shape.Scalar("links")));
        Assert.Equal(true, shape.Scalar("sameEvent"));
        Assert.Equal("SharedInteraction", shape.Scalar("decision"));
        Assert.Equal(2L, Convert.ToInt64(shape.Scalar("articles")));

        await store.DeleteArticleAsync("call-1", Ct);
        await store.DeleteArticleAsync("call-2", Ct);
        await store.StoryMirror(new GraphNews.Stories.InMemoryStoryStore()).WriteAsync(["call-1", "call-2"], Ct);
        var stories = await runner.RunAsync(CypherStatement.Of("count", "MATCH (s:Story) RETURN count(s) AS stories"), true, Ct);
        Assert.Equal(0L, Convert.ToInt64(stories.Scalar("stories")));
    }
}
