using System.ComponentModel;

namespace GraphNews.Stories;

/// <summary>
/// What decided whether two linked articles report the same event: the evidence that made them one, or the first
/// rule that kept them apart. Readers see why two reports share a story, and why a look-alike does not; the
/// descriptions are what the GraphQL schema shows for each value.
/// </summary>
public enum SameEventDecision
{
    [Description("Apart: nothing about what happened is shared strongly enough.")]
    TooLittleEvidence,

    [Description("Same event: both say the same two entities interacted.")]
    SharedInteraction,

    [Description("Same event: rare shared names and a high overall score.")]
    SharedNames,

    [Description("Same event: rare shared names and alike words.")]
    SharedNamesAndWords,

    [Description("Same event: one rare shared who or where, clearly alike words, the same kind of event (or none named in either headline).")]
    RareAnchorSameKind,

    [Description("Same event: both headlines name the same rare person or named event, with alike words.")]
    HeadlineAnchor,

    [Description("Same event: both headlines name the same kinds of event and both texts the same places, within days (undated: three places).")]
    SameKindAndPlaces,

    [Description("Same event by words and time alone (the words-only baseline of the evaluation).")]
    WordsOnly,

    [Description("Apart: reported too far apart in time for what they share.")]
    TooFarApart,

    [Description("Apart: undated, and what they share is not enough for reports that may be weeks apart.")]
    UndatedWithoutStrongEvidence,

    [Description("Apart: one of them reports many separate events (a digest).")]
    ReportsManyEvents,

    [Description("Apart: both name people or places, but none in common, nor a rare organisation.")]
    NoSharedActorOrPlace,

    [Description("Apart: the headlines name different people or places, and neither article names the other's.")]
    HeadlinesNameOthers,

    [Description("Apart: the headlines name different named events (two storms of one season), and one article names the other's as another event or neither names the other's.")]
    HeadlineEventsDiffer,

    [Description("Apart: the headlines name people, none in common.")]
    HeadlinePeopleDiffer,

    [Description("Apart: the person each headline is about is a different person.")]
    HeadlineSubjectsDiffer,

    [Description("Apart: the headlines name different kinds of event (a plea and a sentencing).")]
    KindsOfEventDiffer,
}

/// <summary>Which decisions put two articles in one story.</summary>
public static class SameEventDecisions
{
    public static bool IsSameEvent(this SameEventDecision decision) => decision is SameEventDecision.SharedInteraction
        or SameEventDecision.SharedNames
        or SameEventDecision.SharedNamesAndWords
        or SameEventDecision.RareAnchorSameKind
        or SameEventDecision.HeadlineAnchor
        or SameEventDecision.SameKindAndPlaces
        or SameEventDecision.WordsOnly;
}
