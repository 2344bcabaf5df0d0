using GraphNews.Store.Neo4j.Http;
using GraphNews.Store.Neo4j.Outbox;
using GraphNews.Store.Neo4j.Stories;
using GraphNews.Store.Neo4j.Tests.Support;
using GraphNews.Stories;

namespace GraphNews.Store.Neo4j.Tests;

/// <summary>The story index's links and stories reach Neo4j: what the mirror sends, and how the outbox carries it.</summary>
public sealed class StoryMirrorTests : IDisposable
{
    private readonly string outboxPath = Path.Combine(Path.GetTempPath(), $"graphnews-mirror-{Guid.NewGuid():N}.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        foreach (var file in new[] { outboxPath, outboxPath + "-wal", outboxPath + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    private static IReadOnlyDictionary<string, object?> Row(object? rows) => (IReadOnlyDictionary<string, object?>)Assert.Single((IEnumerable<object?>)rows!)!;

    [Fact]
    public async Task Articles_links_and_story_are_replaced_in_one_transaction_and_a_deleted_articles_empty_story_is_pruned()
    {
        var runner = new RecordingRunner();
        var mirror = new Neo4jGraphStore(runner).StoryMirror(await StoryIndexes.IndexedAsync(Ct));

        await mirror.WriteAsync(["call-2", "call-1", "gone"], Ct);

        var statements = Assert.Single(runner.Transactions);
        Assert.Equal(["write/clear-story-links.cypher", "write/related-links.cypher", "write/stories.cypher", "write/prune-stories.cypher"], statements.Select(s => s.Name));
        Assert.Equal(["call-1", "call-2", "gone"], (IEnumerable<string>)statements[0].Parameters["articleIds"]!);

        var link = Row(statements[1].Parameters["links"]);
        Assert.Equal(("call-1", "call-2", true, "SharedInteraction"), ((string)link["from"]!, (string)link["to"]!, (bool)link["sameEvent"]!, (string)link["decision"]!));
        Assert.Contains("Donald Trump", (IEnumerable<string>)link["sharedEntities"]!);
        Assert.Contains("Donald Trump SPOKE_WITH Vladimir Putin", (IEnumerable<string>)link["sharedFacts"]!);

        var story = Row(statements[2].Parameters["stories"]);
        Assert.Equal(["call-1", "call-2"], (IEnumerable<string>)story["articleIds"]!);
        Assert.Equal((2, new DateOnly(2025, 2, 9), new DateOnly(2025, 2, 10)), ((int)story["articleCount"]!, (DateOnly?)story["firstPublished"], (DateOnly?)story["lastPublished"]));
    }

    [Fact]
    public async Task Without_a_deleted_article_no_prune_is_sent()
    {
        var runner = new RecordingRunner();
        var mirror = new Neo4jGraphStore(runner).StoryMirror(await StoryIndexes.IndexedAsync(Ct));

        await mirror.WriteAsync(["call-1"], Ct);

        Assert.DoesNotContain(Assert.Single(runner.Transactions), s => s.Name == "write/prune-stories.cypher");
    }

    [Fact]
    public async Task The_outbox_carries_story_links_after_the_articles_they_join()
    {
        var runner = new RecordingRunner();
        var neo4j = new Neo4jGraphStore(runner);
        var outbox = new SqliteOutbox(outboxPath);
        await outbox.InitializeAsync(Ct);
        var storyIndex = new InMemoryStoryStore();
        using var stories = new StoryService(new OutboxStoryStore(storyIndex, outbox));
        await using var store = new StoryFollowingGraphStore(new OutboxGraphStore(neo4j, outbox), stories);

        await store.UpsertArticlesAsync(StoryIndexes.TwoReportsOfOneCall(), Ct);
        Assert.Contains(await outbox.TakeDueAsync(100, Ct), e => e.Operation == OutboxOperation.StoryLinks);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var worker = new OutboxWorker(outbox, neo4j, stories: neo4j.StoryMirror(storyIndex)).RunAsync(stop.Token);
        for (var i = 0; i < 500 && (await outbox.GetStatusAsync(Ct)).Pending > 0; i++)
        {
            await Task.Delay(10, Ct);
        }

        await stop.CancelAsync();
        await worker;

        Assert.Equal(0, (await outbox.GetStatusAsync(Ct)).Pending);
        var names = runner.Transactions.Select(t => t[0].Name).ToList();
        var firstArticles = names.IndexOf("write/mark-stale-evidence.cypher");
        var lastLinks = names.LastIndexOf("write/clear-story-links.cypher");
        Assert.True(firstArticles >= 0 && lastLinks > firstArticles, string.Join(", ", names));
        var lastLinkWrite = runner.Transactions.Last(t => t[0].Name == "write/clear-story-links.cypher");
        Assert.Equal(["call-1", "call-2"], (IEnumerable<string>)lastLinkWrite[0].Parameters["articleIds"]!);
        Assert.Single((IEnumerable<object?>)lastLinkWrite[1].Parameters["links"]!);
    }
}
