namespace GraphNews.Domain;

/// <summary>The facts extracted from one article: a plain value, no I/O.</summary>
public sealed record ArticleGraph(Article Article, IReadOnlyList<GraphEntity> Entities, IReadOnlyList<GraphRelation> Relations)
{
    /// <summary>Stored entities that one of this article's entities may be, where the resolver was not sure enough to merge.</summary>
    public IReadOnlyList<IdentityCandidate> Candidates { get; init; } = [];
}

/// <summary>
/// "Entity <see cref="EntityId"/> of this article may be the stored entity <see cref="CandidateId"/>":
/// kept apart, recorded so a person can confirm or reject the merge.
/// </summary>
public sealed record IdentityCandidate(string EntityId, string CandidateId, double Score, string Reason);

/// <summary>A canonical entity as the article names it, with every alias the article used.</summary>
public sealed record GraphEntity(string Id, EntityLabel Label, string Name, IReadOnlyList<string> Aliases);

/// <summary>Where a fact is stated: the sentence and its character offsets in the article text.</summary>
public sealed record Evidence(string Sentence, int Start, int End);

/// <summary>A typed, directed relationship between two entities, as stated by one article.</summary>
public sealed record GraphRelation
{
    public required string Type { get; init; }
    public required string Source { get; init; }
    public required string Target { get; init; }
    public Modality Modality { get; init; } = Modality.Asserted;
    public double Confidence { get; init; } = 1.0;
    public IReadOnlyList<string> Topics { get; init; } = [];
    public DateOnly? Date { get; init; }

    /// <summary>For structural relations (LEADS, SPOKESPERSON_FOR, ENVOY_TO …): the role title, e.g. "President".</summary>
    public string? Role { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
