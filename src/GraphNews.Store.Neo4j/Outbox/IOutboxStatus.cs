namespace GraphNews.Store.Neo4j.Outbox;

/// <summary>How far the writes accepted locally are from being in Neo4j.</summary>
/// <param name="Pending">Writes waiting (or being retried) to reach Neo4j.</param>
/// <param name="Failed">Writes Neo4j refused as invalid; kept, never dropped, until re-queued.</param>
/// <param name="LastError">The most recent failure (kept after later successes: compare <see cref="LastErrorAt"/> with <see cref="LastWrittenAt"/>), free of secrets.</param>
public sealed record OutboxStatus(
    int Pending,
    int Failed,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    DateTimeOffset? LastWrittenAt,
    DateTimeOffset? OldestPendingSince);

/// <summary>What the CLI (<c>graphnews status</c>) and GraphQL show about the outbox.</summary>
public interface IOutboxStatus
{
    Task<OutboxStatus> GetStatusAsync(CancellationToken cancellationToken = default);
}
