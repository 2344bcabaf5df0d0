namespace GraphNews.Store.Neo4j.Http;

/// <summary>Runs Cypher against Neo4j with retries, a circuit breaker and a per-call timeout.</summary>
public interface ICypherRunner
{
    /// <summary>Runs a read (or a single idempotent write) in its own transaction.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, bool readOnly, CancellationToken cancellationToken = default);

    /// <summary>Runs the statements in one transaction; the whole transaction is retried on transient failures, so it must be idempotent.</summary>
    Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default);
}
