using GraphNews.Domain;
using GraphNews.Domain.Storage;

namespace GraphNews.Ingestion.Export;

/// <summary>
/// Values every exporter derives the same way, matching the Neo4j graph model (cypher/README.md):
/// lookup keys of names, the article dates behind each fact, the evidence key.
/// </summary>
internal static class ExportModel
{
    public static readonly IReadOnlyList<EntityLabel> Labels = Enum.GetValues<EntityLabel>();

    /// <summary>The case- and space-insensitive lookup key of a name (the stores' rule).</summary>
    public static string NameKey(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static List<string> NameKeys(EntityRecord entity) =>
        entity.Aliases.Prepend(entity.Name).Select(NameKey).Distinct(StringComparer.Ordinal).ToList();

    public static string AliasText(EntityRecord entity) => string.Concat(entity.Aliases.Select(a => " " + a));

    public static string EvidenceKey(EvidenceRecord evidence) =>
        string.Join('|', evidence.FactId, evidence.ArticleId, evidence.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Relationship types become identifiers in Cypher and CSV: only upper-case names from the ontology's alphabet pass.</summary>
    public static string RelationshipType(string type) =>
        type.Length > 0 && char.IsAsciiLetterUpper(type[0]) && type.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_')
            ? type
            : throw new InvalidDataException($"The fact type '{type}' cannot be a Neo4j relationship type.");
}
