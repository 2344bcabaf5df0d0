using GraphNews.Domain.Storage;
using GraphNews.Store.Neo4j;
using GraphNews.Store.Neo4j.Outbox;
using GraphNews.Store.Sqlite.Stories;
using GraphNews.Stories;
using Microsoft.Extensions.Logging;

namespace GraphNews.Cli.Hosting;

/// <summary>
/// An open store for the life of a command. With Neo4j, writes land in the durable outbox first and a
/// background worker carries them to Neo4j for as long as the session lives; <see cref="WriteQueue"/> tells how far behind it is.
/// The story index cannot read articles back from Neo4j, so with Neo4j it follows every write made through <see cref="Store"/>
/// (<see cref="Stories"/>); the embedded store's index catches up from the database instead.
/// </summary>
internal sealed class StoreSession : IAsyncDisposable
{
    private readonly Neo4jOutboxHost? host;
    private readonly CancellationTokenSource stopWorker = new();
    private readonly Task worker;

    private StoreSession(IGraphStore store, Neo4jOutboxHost? host, StoryService? stories, ILogger? logger = null)
    {
        Store = stories is null ? store : new StoryFollowingGraphStore(store, stories, logger);
        Stories = stories;
        this.host = host;
        WriteQueue = host is null ? null : new OutboxWriteQueue(host.Status);
        worker = host is null ? Task.CompletedTask : Task.Run(() => host.RunWorkerAsync(stopWorker.Token));
    }

    public IGraphStore Store { get; }

    public IWriteQueue? WriteQueue { get; }

    /// <summary>The story index that follows the writes (with Neo4j); null for the embedded store.</summary>
    public StoryService? Stories { get; }

    public static StoreSession Embedded(IGraphStore store) => new(store, null, null);

    public static StoreSession WithOutbox(Neo4jOutboxHost host, string storyIndexPath, ILoggerFactory? loggers) =>
        new(host.Store, host, new StoryService(host.FollowedByNeo4j(new SqliteStoryStore(storyIndexPath))), loggers?.CreateLogger<StoryFollowingGraphStore>());

    /// <summary>Waits until the queue is empty, at most <paramref name="patience"/>; returns the status then (null without a queue).</summary>
    public async Task<WriteQueueStatus?> WaitForQueueAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        if (WriteQueue is null)
        {
            return null;
        }

        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var status = await WriteQueue.GetStatusAsync(cancellationToken);
            if (status.Pending == 0 || DateTime.UtcNow >= deadline)
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopWorker.CancelAsync();
        try
        {
            await worker;
        }
        catch (OperationCanceledException)
        {
        }

        stopWorker.Dispose();
        Stories?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
        else
        {
            await Store.DisposeAsync();
        }
    }

    private sealed class OutboxWriteQueue(IOutboxStatus outbox) : IWriteQueue
    {
        public async Task<WriteQueueStatus> GetStatusAsync(CancellationToken cancellationToken = default)
        {
            var status = await outbox.GetStatusAsync(cancellationToken);
            return new WriteQueueStatus(status.Pending, status.Failed, status.LastError, status.LastErrorAt, status.LastWrittenAt);
        }
    }
}
