using GraphNews.Domain;

namespace GraphNews.Extraction.KnowledgeBase;

/// <summary>An entry of the knowledge base (a country, an international organisation, a well-known person).</summary>
public sealed record KnownEntity
{
    public required string Id { get; init; }
    public required EntityLabel Label { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The id of the country this entry belongs to (a capital, a city, a national body, the country a person serves), when it has one.</summary>
    public string? CountryId { get; init; }

    /// <summary>A finer kind from the data file: "capital", "place", "nation", "region", "presidency", "media", …</summary>
    public string? Kind { get; init; }

    /// <summary>For people: 'm', 'f' or null when unknown; lets pronouns find them.</summary>
    public char? Gender { get; init; }

    /// <summary>
    /// False for an entry marked <see cref="DataFiles.NotAModelFeature"/>: it types and links names, but the NER model's
    /// knowledge features leave it out, as they did when the model was trained.
    /// </summary>
    public bool IsModelFeature { get; init; } = true;

    public bool IsCapital => Kind == "capital";

    /// <summary>A nation inside a country ("England", "Scotland"): it fields national teams as countries do.</summary>
    public bool IsNation => Kind == "nation";
}
