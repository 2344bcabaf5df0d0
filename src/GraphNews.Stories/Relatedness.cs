using GraphNews.Domain;

namespace GraphNews.Stories;

/// <summary>Why two articles are related: what they both say happened, whom they both name, how alike their words are, how far apart in time.</summary>
public sealed record LinkReasons
{
    public IReadOnlyList<SharedFact> Facts { get; init; } = [];
    public IReadOnlyList<SharedEntity> Entities { get; init; } = [];
    public double TextSimilarity { get; init; }
    public int? DaysApart { get; init; }

    /// <summary>True when the articles report the same event (which puts them in one story).</summary>
    public bool SameEvent { get; init; }

    /// <summary>What made them one event, or the first rule that kept them apart.</summary>
    public SameEventDecision Decision { get; init; }
}

/// <summary>A relationship both articles state. <see cref="Type"/> is null when they only agree that the two entities interacted.</summary>
public sealed record SharedFact(string? Type, string SourceId, string SourceName, string TargetId, string TargetName, double Weight)
{
    /// <summary>The fact as a line of text: "Donald Trump SPOKE_WITH Vladimir Putin", "… interacted with …" without a type.</summary>
    public string Text => $"{SourceName} {Type ?? "interacted with"} {TargetName}";
}

public sealed record SharedEntity(string Id, string Name, EntityLabel Label, double Weight);

/// <summary>A scored link between two articles.</summary>
public sealed record Relatedness(string ArticleId, string OtherId, double Score, LinkReasons Reasons)
{
    /// <summary>
    /// The articles share something a reader would see as a reason to follow one from the other: the same event, an
    /// interaction both report, alike words, a rare who or where, or a rare entity both headlines name. Two articles that
    /// only name the United States and its president are not related, however high their overlap.
    /// </summary>
    public bool Telling { get; init; }

    /// <summary>Both headlines name the same rare entity (see <see cref="StoryOptions.RelatedMinHeadlineTopicRarity"/>): related, whatever the score.</summary>
    public bool SameHeadlineTopic { get; init; }
}
