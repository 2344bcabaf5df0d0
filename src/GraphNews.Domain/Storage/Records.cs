namespace GraphNews.Domain.Storage;

/// <summary>What a write stored: articles written or replaced, and the entities and facts those articles carry.</summary>
public sealed record WriteResult(int Articles, int Entities, int Facts)
{
    public static readonly WriteResult Empty = new(0, 0, 0);

    /// <summary>Articles skipped because the store already held exactly the same graph.</summary>
    public int Unchanged { get; init; }

    public WriteResult Add(WriteResult other) =>
        new(Articles + other.Articles, Entities + other.Entities, Facts + other.Facts) { Unchanged = Unchanged + other.Unchanged };
}

public sealed record ArticleRecord
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public DateOnly? Published { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public string? License { get; init; }
    public string? Byline { get; init; }

    /// <summary>The article as it was ingested, to extract it again.</summary>
    public Article ToArticle() => new()
    {
        Id = Id, Title = Title, Text = Text, Published = Published, Url = Url, Source = Source, License = License, Byline = Byline,
    };
}

public sealed record EntityRecord
{
    public required string Id { get; init; }
    public required EntityLabel Label { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>How many stored articles mention the entity.</summary>
    public int ArticleCount { get; init; }
}

public sealed record EntityMatch(EntityRecord Entity, double Score);

/// <summary>A fact as stored: one relationship, supported by evidence from one or more articles.</summary>
public sealed record FactRecord
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string SourceId { get; init; }
    public required string TargetId { get; init; }
    public Modality Modality { get; init; }

    /// <summary>The highest confidence any article gave the fact.</summary>
    public double Confidence { get; init; }

    /// <summary>When the fact happened or is due, as the text dates it; null when the text gives no date.</summary>
    public DateOnly? Date { get; init; }

    public string? Role { get; init; }
    public IReadOnlyList<string> TopicIds { get; init; } = [];

    public int ArticleCount { get; init; }

    /// <summary>Publication dates of the earliest and latest article that report the fact (roles are dated by these).</summary>
    public DateOnly? FirstSeen { get; init; }

    public DateOnly? LastSeen { get; init; }
}

public sealed record EvidenceRecord(string FactId, string ArticleId, string Sentence, int Start, int End, double Confidence);

public sealed record Neighborhood(IReadOnlyList<EntityRecord> Nodes, IReadOnlyList<FactRecord> Edges);

public sealed record GraphStats(
    int Articles,
    int Entities,
    int Facts,
    int Evidence,
    IReadOnlyDictionary<EntityLabel, int> EntitiesByLabel,
    IReadOnlyDictionary<string, int> FactsByType);

/// <summary>A recorded possible merge: which article raised it, between which entities, and why.</summary>
public sealed record IdentityCandidateRecord(string ArticleId, string EntityId, string CandidateId, double Score, string Reason)
{
    /// <summary>The score of a name stored under two labels that nothing settled (<see cref="IGraphStore.GetLabelSplitsAsync"/>).</summary>
    public const double LabelSplitScore = 0.4;
}
