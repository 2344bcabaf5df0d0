namespace GraphNews.Store.Neo4j.Http;

/// <summary>One Neo4j HTTP API: runs a statement on its own, or several in one transaction. No retries here.</summary>
internal interface ICypherTransport
{
    Task<CypherResult> RunAsync(CypherStatement statement, bool readOnly, CancellationToken cancellationToken);

    /// <summary>Runs the statements in order in one transaction: all commit or none do.</summary>
    Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);
}
