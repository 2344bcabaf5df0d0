using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// What the knowledge base and the model's lists (GeoNames, WordNet) say of tokens [start, end): the questions the overlay
/// and the document-level passes ask of a name before they retype it.
/// </summary>
internal sealed class KnownNames(Knowledge knowledge, KnowledgeLexicon? lists)
{
    /// <summary>Whether the model's lists are at hand; without them a word no list holds says nothing.</summary>
    public bool HasLists => lists is not null;

    /// <summary>The knowledge-base entry whose full name (not a surname or demonym) is exactly tokens [start, end).</summary>
    public GazetteerEntry? Entry(IReadOnlyList<string> tokens, int start, int end) =>
        knowledge.Entities.Gazetteer.Match(tokens, start, end) is { } match && match.End == end && match.Values[0] is { IsSurnameOnly: false, Form: MentionForm.Name } entry
            ? entry
            : null;

    public bool IsPlace(IReadOnlyList<string> tokens, int start, int end) =>
        Entry(tokens, start, end) is { Entity.Label: EntityLabel.Country or EntityLabel.Location };

    /// <summary>A country, or a nation inside one ("England"): both field national teams.</summary>
    public bool IsCountry(IReadOnlyList<string> tokens, int start, int end) =>
        Entry(tokens, start, end) is { } entry && (entry.Entity.Label == EntityLabel.Country || entry.Entity.IsNation);

    /// <summary>A national team is named by its country, a place; a known organisation stays one.</summary>
    public string? TeamType(IReadOnlyList<string> tokens, int start, int end) =>
        IsCountry(tokens, start, end) ? "LOC" : Entry(tokens, start, end) is { Entity.Label: EntityLabel.Organization } ? "ORG" : null;

    /// <summary>Tokens [start, end) are exactly a surface of the knowledge base, of any kind (a person's surname too).</summary>
    public bool IsExactlyKnown(IReadOnlyList<string> tokens, int start, int end) =>
        knowledge.Entities.Gazetteer.Match(tokens, start, end) is { } match && match.End == end;

    /// <summary>Tokens [start, end) are a name the knowledge base or the model's lists hold.</summary>
    public bool IsKnownOrListed(IReadOnlyList<string> tokens, int start, int end) =>
        IsExactlyKnown(tokens, start, end) || lists?.IsListedName(tokens, start, end) == true;

    /// <summary>A locative preposition, but not "from" after a goal or a pass ("a header from Leboeuf").</summary>
    public bool IsLocativeHere(IReadOnlyList<string> tokens, int at) =>
        knowledge.Words.Contains("locative", tokens[at]) && !(tokens[at] == "from" && at > 0 && knowledge.Words.Contains("scoring-noun", tokens[at - 1]));
}
