using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphNews.Domain;

/// <summary>Whether a relation type is something actors do to each other or a standing structural fact.</summary>
public enum RelationCategory
{
    Interaction,
    Structural,
}

/// <summary>A verb that signals a relation: its inflected forms and the prepositions that introduce the target.</summary>
/// <remarks>An empty <see cref="Prepositions"/> list means the target is the direct object ("Trump met Putin").</remarks>
public sealed record VerbTrigger(IReadOnlyList<string> Forms, IReadOnlyList<string> Prepositions)
{
    /// <summary>
    /// For a symmetric type: whether "X and Y &lt;verb&gt;" without a target means they did it with each other ("X and Y met");
    /// false for verbs whose joint subject acts on something else ("X and Y call for …", "X and Y welcome the deal").
    /// </summary>
    public bool Joint { get; init; } = true;

    /// <summary>
    /// The labels the verb's direct object may have, when narrower than the type's target labels: "told Putin" is a contact,
    /// "told Reuters" a statement to the press. Null: the type's.
    /// </summary>
    public IReadOnlyList<EntityLabel>? ObjectLabels { get; init; }
}

/// <summary>A noun that signals a relation ("a call with", "talks with", "envoy to").</summary>
public sealed record NounTrigger(IReadOnlyList<string> Forms, IReadOnlyList<string> Prepositions);

public sealed record RelationTypeDefinition
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public RelationCategory Category { get; init; }
    public bool Symmetric { get; init; }
    public IReadOnlyList<EntityLabel> SourceLabels { get; init; } = [];
    public IReadOnlyList<EntityLabel> TargetLabels { get; init; } = [];

    /// <summary>
    /// True when the target may be the partner named inside the object phrase ("rebuffed the prospect of
    /// talks with the US" → the US); otherwise the target must head the object phrase.
    /// </summary>
    public bool NestedTarget { get; init; }

    /// <summary>CAMEO event code(s) the type corresponds to, for readers who know that scheme.</summary>
    public string? Cameo { get; init; }

    public IReadOnlyList<VerbTrigger> Verbs { get; init; } = [];
    public IReadOnlyList<NounTrigger> Nouns { get; init; } = [];
}

/// <summary>
/// The relation types GraphNews knows, loaded from <c>Ontology/relations.json</c>. Code asks the
/// ontology rather than hard-coding type names, so adding a type is a data change.
/// </summary>
public sealed class RelationOntology
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Lazy<RelationOntology> DefaultInstance = new(LoadEmbedded);

    private readonly FrozenDictionary<string, RelationTypeDefinition> byName;

    public RelationOntology(IReadOnlyList<RelationTypeDefinition> types)
    {
        Types = types;
        byName = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public static RelationOntology Default => DefaultInstance.Value;

    public IReadOnlyList<RelationTypeDefinition> Types { get; }

    public RelationTypeDefinition? Find(string name) => byName.GetValueOrDefault(name);

    public bool Contains(string name) => byName.ContainsKey(name);

    public bool IsSymmetric(string name) => Find(name)?.Symmetric ?? false;

    public IEnumerable<string> InteractionTypes =>
        Types.Where(t => t.Category == RelationCategory.Interaction).Select(t => t.Name);

    public static RelationOntology Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<OntologyFile>(json, JsonOptions)
            ?? throw new InvalidDataException("The relation ontology file is empty.");
        return new RelationOntology(file.Types);
    }

    private static RelationOntology LoadEmbedded()
    {
        using var stream = typeof(RelationOntology).Assembly.GetManifestResourceStream("GraphNews.Domain.Ontology.relations.json")
            ?? throw new InvalidOperationException("The relation ontology resource is missing from GraphNews.Domain.");
        return Parse(stream);
    }

    private sealed record OntologyFile(IReadOnlyList<RelationTypeDefinition> Types);
}
