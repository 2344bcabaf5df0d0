using GraphNews.Store.Neo4j.Outbox;
using GraphNews.Store.Neo4j.Stories;
using GraphNews.Stories;
using Microsoft.Extensions.Logging;

namespace GraphNews.Store.Neo4j;

/// <summary>
/// Neo4j as the production store, assembled: the Neo4j store behind a durable outbox, and the worker
/// that drains it. Use <see cref="Store"/> as the IGraphStore, run <see cref="RunWorkerAsync"/> in the
/// background for the life of the process, and show <see cref="Status"/>. With a story index, the worker also
/// writes the index's links and stories into Neo4j; give the index's writer <see cref="FollowedByNeo4j"/>.
/// </summary>
public sealed class Neo4jOutboxHost : IAsyncDisposable
{
    public const string DefaultOutboxFile = "graphnews-outbox.db";

    private readonly OutboxWorker worker;
    private readonly SqliteOutbox outbox;

    private Neo4jOutboxHost(OutboxGraphStore store, OutboxWorker worker, SqliteOutbox outbox)
    {
        Store = store;
        this.worker = worker;
        this.outbox = outbox;
    }

    public OutboxGraphStore Store { get; }

    public IOutboxStatus Status => outbox;

    /// <param name="storyIndex">The story index to mirror into Neo4j (read when its queued links are delivered); null for none.</param>
    public static Neo4jOutboxHost Create(Neo4jOptions options, string outboxPath, ILoggerFactory? loggers = null, TimeProvider? timeProvider = null, IStoryStore? storyIndex = null)
    {
        var neo4j = Neo4jGraphStore.Create(options, timeProvider: timeProvider, logger: loggers?.CreateLogger("GraphNews.Neo4j"));
        var outbox = new SqliteOutbox(outboxPath, timeProvider);
        var mirror = storyIndex is null ? null : neo4j.StoryMirror(storyIndex);
        var worker = new OutboxWorker(outbox, neo4j, new OutboxWorkerOptions { BatchSize = options.WriteBatchSize }, timeProvider, loggers?.CreateLogger("GraphNews.Neo4j.Outbox"), mirror);
        return new Neo4jOutboxHost(new OutboxGraphStore(neo4j, outbox), worker, outbox);
    }

    /// <summary>The story index's store, its changes queued for Neo4j in this host's outbox.</summary>
    public IStoryStore FollowedByNeo4j(IStoryStore stories) => new OutboxStoryStore(stories, outbox);

    /// <summary>Writes queued articles to Neo4j until cancelled; safe to restart, the queue resumes.</summary>
    public Task RunWorkerAsync(CancellationToken cancellationToken) => worker.RunAsync(cancellationToken);

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
