namespace GraphNews.Domain.Storage;

/// <summary>For stores that accept writes first into a durable local queue (Neo4j's outbox): how far behind the store is.</summary>
public sealed record WriteQueueStatus(int Pending, int Failed, string? LastError, DateTimeOffset? LastErrorAt, DateTimeOffset? LastWrittenAt);

public interface IWriteQueue
{
    Task<WriteQueueStatus> GetStatusAsync(CancellationToken cancellationToken = default);
}
