namespace GraphNews.Stories;

/// <summary>
/// What the story index keeps of an article: who and what it names, the facts it states (keyed so
/// that the same relationship between the same entities matches across outlets), and its strongest
/// terms. Independent of the rest of the index, so it can be stored and reloaded as is.
/// </summary>
public sealed record ArticleSignature
{
    public required string ArticleId { get; init; }
    public required string Title { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>The current <see cref="Version"/>: signatures stored by an older builder lack what the scorer now reads, or were linked by an older rule.</summary>
    public const int CurrentVersion = 15;

    /// <summary>The digest of the article graph the signature was made from; equal digests mean nothing changed.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>What the builder put in (0: before event kinds; 1: before related links needed a telling reason; 3: before reports of many events were told apart; 4: before headlines naming the same rare person made one event; 5: before a rare entity both headlines name related two articles; 6: before undated articles were dated by the days their texts name; 7: before abbreviated months without a point and ISO dates were read as days; 8: before a rare organisation both reports name counted as the who they share; 9: before the same kind of event in both headlines and the same places made one event within days, or undated with three places; 10: before undated leads naming the same weekday were judged close in time; 11: before the embedded store's catch-up read the names each article wrote its entities by, "Assange" for Julian Assange; 12: before texts sharing three specific places outweighed headlines naming other places; 13: before headlines naming the same rare event outweighed their kinds of event; 14: before paragraphs sharing a rare word were read as one event's when telling a digest, and before one rare shared who or where with alike words made one event when neither headline names a kind of event); older signatures are rebuilt, and their articles linked again, on the next sync.</summary>
    public int Version { get; init; }

    public IReadOnlyList<SignatureEntity> Entities { get; init; } = [];
    public IReadOnlyList<SignatureFact> Facts { get; init; } = [];

    /// <summary>The article reports many separate events (a digest, a round-up: see <c>EventSpread</c>), so it is no report of one.</summary>
    public bool ReportsManyEvents { get; init; }

    /// <summary>The days the text names, for an article without a publication date (see <see cref="TextDays"/>); empty when it has one.</summary>
    public IReadOnlyList<TextDay> Days { get; init; } = [];

    /// <summary>
    /// The weekdays headline and lead name (see <see cref="TextDays.LeadWeekdays"/>), for pairs that <see cref="TextDays"/> cannot date: a
    /// report dated by its dateline beside one that only says "on Wednesday".
    /// </summary>
    public IReadOnlyList<DayOfWeek> LeadWeekdays { get; init; } = [];

    /// <summary>Kinds of event the headline names (see <see cref="EventCues"/>): what the report is about.</summary>
    public IReadOnlyList<string> HeadlineKinds { get; init; } = [];

    /// <summary>Kinds of event the headline and text name, including the ones a report only refers back to.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Hashed terms of title and text (stable FNV-1a), most frequent first.</summary>
    public IReadOnlyList<int> Terms { get; init; } = [];

    /// <summary>Sublinear term frequency of each of <see cref="Terms"/>.</summary>
    public IReadOnlyList<float> TermFrequencies { get; init; } = [];

    /// <summary>Sentence embedding of title and lead (see <see cref="EmbeddingVectors"/>); null when no embedder is configured.</summary>
    public IReadOnlyList<sbyte>? Embedding { get; init; }
}

/// <summary>An entity the article names; <see cref="InTitle"/> when the headline names it (the headline says whom and where the news is about).</summary>
public sealed record SignatureEntity(string Id, Domain.EntityLabel Label, string Name, bool InTitle = false);

/// <summary>
/// A fact as the story index compares it: type and ends (ordered for symmetric types), without date
/// or modality, since outlets date and hedge the same event differently.
/// </summary>
public sealed record SignatureFact(string Key, string Type, string SourceId, string TargetId, bool Structural, IReadOnlyList<string> TopicIds, DateOnly? Date)
{
    /// <summary>The key two entities share whenever one article says they interacted in any way.</summary>
    public string PairKey => "pair\u001f" + (string.CompareOrdinal(SourceId, TargetId) <= 0 ? SourceId + "\u001f" + TargetId : TargetId + "\u001f" + SourceId);
}
