using GraphNews.Domain;

namespace GraphNews.Store.Neo4j.Outbox;

public enum OutboxOperation
{
    Upsert,
    Delete,
}

/// <summary>One accepted write waiting for Neo4j. <see cref="Graph"/> is set for upserts.</summary>
public sealed record OutboxEntry(long Sequence, OutboxOperation Operation, string ArticleId, ArticleGraph? Graph, int Attempts);
