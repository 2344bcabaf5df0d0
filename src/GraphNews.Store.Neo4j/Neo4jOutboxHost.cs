using GraphNews.Store.Neo4j.Outbox;
using Microsoft.Extensions.Logging;

namespace GraphNews.Store.Neo4j;

/// <summary>
/// Neo4j as the production store, assembled: the Neo4j store behind a durable outbox, and the worker
/// that drains it. Use <see cref="Store"/> as the IGraphStore, run <see cref="RunWorkerAsync"/> in the
/// background for the life of the process, and show <see cref="Status"/>.
/// </summary>
public sealed class Neo4jOutboxHost : IAsyncDisposable
{
    public const string DefaultOutboxFile = "graphnews-outbox.db";

    private readonly OutboxWorker worker;

    private Neo4jOutboxHost(OutboxGraphStore store, OutboxWorker worker, IOutboxStatus status)
    {
        Store = store;
        this.worker = worker;
        Status = status;
    }

    public OutboxGraphStore Store { get; }

    public IOutboxStatus Status { get; }

    public static Neo4jOutboxHost Create(Neo4jOptions options, string outboxPath, ILoggerFactory? loggers = null, TimeProvider? timeProvider = null)
    {
        var neo4j = Neo4jGraphStore.Create(options, timeProvider: timeProvider, logger: loggers?.CreateLogger("GraphNews.Neo4j"));
        var outbox = new SqliteOutbox(outboxPath, timeProvider);
        var worker = new OutboxWorker(outbox, neo4j, new OutboxWorkerOptions { BatchSize = options.WriteBatchSize }, timeProvider, loggers?.CreateLogger("GraphNews.Neo4j.Outbox"));
        return new Neo4jOutboxHost(new OutboxGraphStore(neo4j, outbox), worker, outbox);
    }

    /// <summary>Writes queued articles to Neo4j until cancelled; safe to restart, the queue resumes.</summary>
    public Task RunWorkerAsync(CancellationToken cancellationToken) => worker.RunAsync(cancellationToken);

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
