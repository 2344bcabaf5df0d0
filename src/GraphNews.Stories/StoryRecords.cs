using GraphNews.Domain;

namespace GraphNews.Stories;

/// <summary>Articles that report the same event, under a title made from the fact they share.</summary>
public sealed record StoryRecord
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public DateOnly? FirstPublished { get; init; }
    public DateOnly? LastPublished { get; init; }

    /// <summary>The story's articles, oldest first: its timeline.</summary>
    public IReadOnlyList<StoryArticle> Articles { get; init; } = [];

    /// <summary>The entities the story's articles name, most often named first.</summary>
    public IReadOnlyList<StoryEntity> Entities { get; init; } = [];
}

public sealed record StoryArticle(string ArticleId, string Title, DateOnly? Published);

public sealed record StoryEntity(string Id, string Name, EntityLabel Label, int ArticleCount);

/// <summary>An article linked to another, with the link's score and reasons.</summary>
public sealed record RelatedArticle(string ArticleId, double Score, LinkReasons Reasons);

/// <summary>Conditions on stories; null means no condition.</summary>
public sealed record StoryFilter
{
    public static readonly StoryFilter None = new();

    /// <summary>The story's articles name this entity.</summary>
    public string? EntityId { get; init; }

    /// <summary>The story's last article appeared on or after this date.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>The story's first article appeared on or before this date.</summary>
    public DateOnly? Until { get; init; }
}

/// <summary>
/// One atomic change to the story tables: signatures removed and added, the links of the added
/// article, and the stories whose membership changed.
/// </summary>
public sealed record StoryUpdate
{
    /// <summary>Articles whose signature, links and memberships go away (a deleted, or a changed and re-added, article).</summary>
    public IReadOnlyList<string> RemovedArticles { get; init; } = [];

    public ArticleSignature? Added { get; init; }

    /// <summary>Links from <see cref="Added"/>; stored in both directions.</summary>
    public IReadOnlyList<Relatedness> Links { get; init; } = [];

    /// <summary>Stories written whole, replacing their previous title, dates, members and entities.</summary>
    public IReadOnlyList<StoryRecord> Stories { get; init; } = [];

    public IReadOnlyList<string> DeletedStories { get; init; } = [];
}

/// <summary>A stored article's identity and version, to tell which articles the story index has not seen yet.</summary>
public sealed record ArticleVersion(string ArticleId, DateOnly? Published, string Fingerprint);
