using GraphNews.Domain;

namespace GraphNews.Extraction.KnowledgeBase;

/// <summary>An entry of the knowledge base (a country, an international organisation, a well-known person).</summary>
public sealed record KnownEntity
{
    public required string Id { get; init; }
    public required EntityLabel Label { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
