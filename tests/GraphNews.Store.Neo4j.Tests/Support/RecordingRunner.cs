using System.Collections.Concurrent;
using GraphNews.Store.Neo4j.Http;

namespace GraphNews.Store.Neo4j.Tests.Support;

/// <summary>An in-memory <see cref="ICypherRunner"/> that records every statement and answers as the test says.</summary>
public sealed class RecordingRunner(Func<CypherStatement, CypherResult>? answer = null) : ICypherRunner
{
    public ConcurrentQueue<CypherStatement> AutoCommit { get; } = new();

    public ConcurrentQueue<IReadOnlyList<CypherStatement>> Transactions { get; } = new();

    public IEnumerable<CypherStatement> All => AutoCommit.Concat(Transactions.SelectMany(t => t));

    public Task<CypherResult> RunAsync(CypherStatement statement, bool readOnly, CancellationToken cancellationToken = default)
    {
        AutoCommit.Enqueue(statement);
        return Task.FromResult(Answer(statement));
    }

    public Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        Transactions.Enqueue(statements);
        return Task.FromResult<IReadOnlyList<CypherResult>>(statements.Select(Answer).ToList());
    }

    private CypherResult Answer(CypherStatement statement) => answer?.Invoke(statement) ?? EmptyAnswer(statement);

    /// <summary>The shape an empty database gives each query file.</summary>
    public static CypherResult EmptyAnswer(CypherStatement statement) => statement.Name switch
    {
        "queries/list-articles.cypher" or "queries/articles-mentioning.cypher" or "queries/list-entities.cypher"
            or "queries/find-facts.cypher" or "queries/find-facts-of-entities.cypher" => new(["total", "items"], [[0L, new List<object?>()]]),
        "queries/stats.cypher" => new(["articles", "evidence", "byLabel", "byType"],
            [[0L, 0L, new List<object?> { new List<object?> { null, 0L } }, new List<object?> { new List<object?> { null, 0L } }]]),
        "queries/search-entities.cypher" => new(["entity", "score"], []),
        "queries/evidence-of-facts.cypher" => new(["factId", "articleId", "sentence", "startOffset", "endOffset", "confidence"], []),
        "queries/shortest-path.cypher" => new(["facts"], []),
        "write/fingerprints.cypher" => new(["id", "fingerprint"], []),
        "write/delete-article.cypher" => new(["deleted"], [[0L]]),
        "queries/articles-by-id.cypher" => new(["article"], []),
        "queries/entities-by-id.cypher" or "queries/entities-by-name.cypher" => new(["entity"], []),
        _ when statement.Name.StartsWith("queries/", StringComparison.Ordinal) => new(["fact"], []),
        _ => CypherResult.Empty,
    };
}
