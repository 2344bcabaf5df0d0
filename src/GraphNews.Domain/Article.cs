namespace GraphNews.Domain;

/// <summary>A news article as read from any input format, before extraction.</summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public DateOnly? Published { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public string? License { get; init; }

    /// <summary>Who wrote it, as the source credits them ("By Jane Doe and John Roe").</summary>
    public string? Byline { get; init; }
}
