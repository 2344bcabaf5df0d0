using GraphNews.Domain;

namespace GraphNews.Store.Neo4j.Outbox;

public enum OutboxOperation
{
    Upsert,
    Delete,

    /// <summary>Write the article's story links and story as the story index holds them when the entry is delivered.</summary>
    StoryLinks,
}

/// <summary>One accepted write waiting for Neo4j. <see cref="Graph"/> is set for upserts.</summary>
public sealed record OutboxEntry(long Sequence, OutboxOperation Operation, string ArticleId, ArticleGraph? Graph, int Attempts);
