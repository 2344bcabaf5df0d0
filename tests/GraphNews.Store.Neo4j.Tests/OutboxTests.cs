using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Store.Contract;
using GraphNews.Store.Neo4j.Http;
using GraphNews.Store.Neo4j.Outbox;
using GraphNews.Store.Neo4j.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GraphNews.Store.Neo4j.Tests;

public sealed class OutboxTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("graphnews-outbox-").FullName;
    private readonly FakeTimeProvider time = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string OutboxPath => Path.Combine(directory, "outbox.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_thousand_articles_survive_an_outage_and_a_restart_and_each_is_written_once()
    {
        var neo4j = new FakeIdempotentNeo4j { Failing = true };
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.LegacyDiscovery, neo4j.Handle);
        var graphs = Enumerable.Range(0, 1000).Select(i => ContractGraphs.TrumpCallsPutin($"o{i:0000}", new DateOnly(2025, 1, 1).AddDays(i % 300))).ToList();

        // Accepted while Neo4j is down: acknowledged from the local outbox.
        var first = await StartAsync(server);
        var accepted = await first.Store.UpsertArticlesAsync(graphs, Ct);
        Assert.Equal(1000, accepted.Articles);
        Assert.Equal(1000, (await first.Store.Status.GetStatusAsync(Ct)).Pending);

        await DriveUntilAsync(() => neo4j.FailedRequests >= 20);
        Assert.Equal(0, neo4j.CommittedArticles);
        Assert.NotNull((await first.Store.Status.GetStatusAsync(Ct)).LastError);

        // Neo4j comes back; stop the service part-way through.
        neo4j.Failing = false;
        await DriveUntilAsync(() => neo4j.CommittedArticles >= 300);
        await first.StopAsync();
        var written = neo4j.CommittedArticles;
        Assert.InRange(written, 300, 999);

        // A restart resumes the queue, through a second, shorter outage.
        neo4j.Failing = true;
        var second = await StartAsync(server);
        await DriveUntilAsync(() => neo4j.FailedRequests >= 30);
        neo4j.Failing = false;
        await DriveUntilAsync(() => neo4j.CommittedArticles == 1000);
        await DriveUntilAsync(() => second.Store.Status.GetStatusAsync(Ct).Result.Pending == 0);
        var status = await second.Store.Status.GetStatusAsync(Ct);
        await second.StopAsync();

        Assert.Equal(graphs.Select(g => g.Article.Id).Order(), neo4j.Commits.Keys.Order());
        Assert.All(neo4j.Commits.Values, count => Assert.Equal(1, count));
        Assert.Equal((0, 0), (status.Pending, status.Failed));
        Assert.True(status.LastWrittenAt > status.LastErrorAt);
    }

    [Fact]
    public async Task Queued_writes_persist_across_instances_and_a_newer_version_supersedes_an_older_one()
    {
        var graph = ContractGraphs.TrumpCallsPutin("a1");
        await using (var outbox = new SqliteOutbox(OutboxPath, time))
        {
            await outbox.InitializeAsync(Ct);
            await outbox.EnqueueUpsertsAsync([graph, ContractGraphs.KhameneiRebuffs("a2")], Ct);
            await outbox.EnqueueUpsertsAsync([graph with { Article = graph.Article with { Title = "Second version" } }], Ct);
            await outbox.EnqueueDeleteAsync("a2", Ct);
        }

        await using var reopened = new SqliteOutbox(OutboxPath, time);
        await reopened.InitializeAsync(Ct);
        var entries = await reopened.TakeDueAsync(10, Ct);

        Assert.Equal([("a1", OutboxOperation.Upsert), ("a2", OutboxOperation.Delete)], entries.Select(e => (e.ArticleId, e.Operation)));
        Assert.Equal("Second version", entries[0].Graph!.Article.Title);
        Assert.Equal(ArticleGraphJson.Fingerprint(graph with { Article = graph.Article with { Title = "Second version" } }), ArticleGraphJson.Fingerprint(entries[0].Graph!));
        Assert.Equal(2, (await reopened.GetStatusAsync(Ct)).Pending);
    }

    [Fact]
    public async Task An_article_the_store_refuses_is_parked_as_failed_and_the_others_are_written()
    {
        var runner = new RecordingRunner(s => s.Name == "write/articles.cypher"
            && ((IEnumerable<Dictionary<string, object?>>)s.Parameters["articles"]!).Any(a => (string)a["id"]! == "bad")
                ? throw new Neo4jClientException("Neo.ClientError.Schema.ConstraintValidationFailed: no", "Neo.ClientError.Schema.ConstraintValidationFailed", null)
                : RecordingRunner.EmptyAnswer(s));
        var neo4j = new Neo4jGraphStore(runner);
        var outbox = new SqliteOutbox(OutboxPath, time);
        await using var store = new OutboxGraphStore(neo4j, outbox);
        await store.InitializeAsync(Ct);
        await store.UpsertArticlesAsync([ContractGraphs.TrumpCallsPutin("ok1"), ContractGraphs.TrumpCallsPutin("bad"), ContractGraphs.KhameneiRebuffs("ok2")], Ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var worker = new OutboxWorker(outbox, neo4j, new OutboxWorkerOptions(), time).RunAsync(stop.Token);

        await DriveUntilAsync(() => store.Status.GetStatusAsync(Ct).Result is { Pending: 0, Failed: 1 });
        await stop.CancelAsync();
        await worker;

        var written = runner.Transactions.Select(t => t[2].Parameters["articles"]).Cast<IEnumerable<Dictionary<string, object?>>>()
            .Where(rows => rows.Count() == 1).Select(rows => (string)rows.Single()["id"]!).ToList();
        Assert.Equal(["bad", "ok1", "ok2"], written.Order());
        var status = await store.Status.GetStatusAsync(Ct);
        Assert.Contains("ConstraintValidationFailed", status.LastError, StringComparison.Ordinal);
        Assert.Equal(1, await outbox.RequeueFailedAsync(Ct));
        Assert.Equal(1, (await outbox.GetStatusAsync(Ct)).Pending);
    }

    [Fact]
    public async Task Writes_are_acknowledged_while_neo4j_is_unreachable_and_reads_go_to_neo4j()
    {
        var neo4j = new RecordingRunner();
        await using var store = new OutboxGraphStore(new Neo4jGraphStore(neo4j), new SqliteOutbox(OutboxPath, time));
        await store.InitializeAsync(Ct);

        var result = await store.UpsertArticleAsync(ContractGraphs.TrumpCallsPutin(), Ct);
        await store.GetStatsAsync(Ct);

        Assert.Equal(new WriteResult(1, 3, 1), result);
        Assert.Empty(neo4j.Transactions);
        Assert.Equal("queries/stats.cypher", Assert.Single(neo4j.AutoCommit).Name);
        Assert.True(await store.DeleteArticleAsync("a1", Ct));
        Assert.False(await store.DeleteArticleAsync("never-seen", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertArticleAsync(ContractGraphs.TrumpCallsPutin() with { Entities = [] }, Ct));
        Assert.Equal(1, (await store.Status.GetStatusAsync(Ct)).Pending);
    }

    private async Task<RunningService> StartAsync(FakeNeo4jServer server)
    {
        var options = new Neo4jOptions
        {
            Url = server.Url,
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromSeconds(1),
            RetryMaxDelay = TimeSpan.FromSeconds(2),
            BreakerMinimumThroughput = 5,
            BreakerBreakDuration = TimeSpan.FromSeconds(5),
            RequestTimeout = TimeSpan.FromHours(1),
        };
        var neo4j = Neo4jGraphStore.Create(options, timeProvider: time);
        var outbox = new SqliteOutbox(OutboxPath, time);
        var store = new OutboxGraphStore(neo4j, outbox);
        await store.InitializeAsync(Ct);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var worker = new OutboxWorker(outbox, neo4j, new OutboxWorkerOptions { BatchSize = 100, MaxBackoff = TimeSpan.FromSeconds(8) }, time);
        return new RunningService(store, stop, worker.RunAsync(stop.Token));
    }

    private async Task DriveUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 20_000 && !condition(); i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(2, Ct);
        }

        Assert.True(condition(), "The condition was not reached.");
    }

    private sealed record RunningService(OutboxGraphStore Store, CancellationTokenSource Stop, Task Worker)
    {
        public async Task StopAsync()
        {
            await Stop.CancelAsync();
            await Worker;
            await Store.DisposeAsync();
            Stop.Dispose();
        }
    }
}
