namespace GraphNews.Domain.Storage;

/// <summary>An offset window; the API layer turns it into Relay cursors.</summary>
public sealed record PageRequest(int Offset, int Limit)
{
    public static PageRequest First(int limit) => new(0, limit);
}

public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int Offset)
{
    public bool HasNextPage => Offset + Items.Count < TotalCount;

    public bool HasPreviousPage => Offset > 0;
}

public enum Direction
{
    /// <summary>The entity is the source; for symmetric types, either end.</summary>
    Outgoing,

    /// <summary>The entity is the target; for symmetric types, either end.</summary>
    Incoming,

    Both,
}

public enum FactSort
{
    DateDescending,
    DateAscending,
    ConfidenceDescending,
}

/// <summary>Conditions on facts shared by fact queries and neighbourhoods. Null or empty means no condition.</summary>
public sealed record FactFilter
{
    public static readonly FactFilter None = new();

    public IReadOnlyList<string>? Types { get; init; }
    public IReadOnlyList<Modality>? Modalities { get; init; }
    public double? MinConfidence { get; init; }

    /// <summary>Inclusive bounds on the fact's date, or, for undated facts, on the publication date of its articles.</summary>
    public DateOnly? Since { get; init; }

    public DateOnly? Until { get; init; }
}

public sealed record FactQuery
{
    /// <summary>The facts must touch one of these entities (at the end given by <see cref="Direction"/>). Empty: any entity.</summary>
    public IReadOnlyList<string> EntityIds { get; init; } = [];

    public Direction Direction { get; init; } = Direction.Both;

    /// <summary>The fact must have one of these entities among its topics. Empty: any.</summary>
    public IReadOnlyList<string> TopicIds { get; init; } = [];

    public FactFilter Filter { get; init; } = FactFilter.None;

    public FactSort Sort { get; init; } = FactSort.DateDescending;
}

public sealed record ArticleFilter
{
    public static readonly ArticleFilter None = new();

    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    public string? Source { get; init; }
    public string? TitleContains { get; init; }
}

public sealed record EntityFilter
{
    public static readonly EntityFilter None = new();

    public IReadOnlyList<EntityLabel>? Labels { get; init; }
    public string? NameContains { get; init; }
}
