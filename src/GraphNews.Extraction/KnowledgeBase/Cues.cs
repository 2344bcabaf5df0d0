using GraphNews.Domain;

namespace GraphNews.Extraction.KnowledgeBase;

/// <summary>A title or role word (Data/roles.tsv) and the structural relations it implies.</summary>
/// <param name="BeforeRelation">Relation to a country/organization named before the title ("Kremlin spokesman").</param>
/// <param name="AfterRelation">Relation to an of/for/to object after the title ("envoy for Russia").</param>
/// <param name="DefaultTargetId">Target when no country/organization is named ("Pope" → Vatican City).</param>
public sealed record RoleCue(string Cue, string? BeforeRelation, string? AfterRelation, string? Role, string? DefaultTargetId)
{
    public bool IsTitleOnly => BeforeRelation is null && AfterRelation is null;
}

/// <summary>A word that changes the modality of a following trigger (Data/modality.tsv).</summary>
/// <param name="AfterNoun">Applies later in the clause of a noun trigger ("the planned talks were cancelled").</param>
public sealed record ModalityCue(Modality Modality, bool BeforeVerb, bool BeforeNoun, bool AfterNoun = false);

/// <summary>A reporting verb or phrase (Data/reporting.tsv).</summary>
public sealed record ReportingCue(string Cue, bool OnlyBefore);

public enum DateWordKind
{
    Month,
    Weekday,
    Day,
    Week,
    Modifier,

    /// <summary>A word that introduces an article's own date ("Published", "Updated"): no value.</summary>
    PublicationCue,
}

/// <summary>A date word (Data/dates.tsv).</summary>
public sealed record DateWord(DateWordKind Kind, int Value, string Text);

/// <summary>One reading of a trigger word: the relation type, whether it is a noun, and the prepositions that introduce its target.</summary>
public sealed record TriggerSense(string Type, bool IsNoun, IReadOnlyList<string> Prepositions)
{
    /// <summary>Whether a joint subject without a target did it with each other (see <c>VerbTrigger.Joint</c>); always true for nouns.</summary>
    public bool Joint { get; init; } = true;

    /// <summary>The labels a verb's direct object may have, when narrower than the type's (see <c>VerbTrigger.ObjectLabels</c>).</summary>
    public IReadOnlyList<EntityLabel>? ObjectLabels { get; init; }

    /// <summary>The verb's base form ("meet", not "meets" or "met"): after "and", still governed by what governed the verb before it ("is expected to receive the medal and meet Netanyahu").</summary>
    public bool IsBaseForm { get; init; }

    /// <summary>True when the target may follow the trigger directly ("met Putin").</summary>
    public bool TakesDirectObject => Prepositions.Count == 0 || Prepositions.Contains("");
}
