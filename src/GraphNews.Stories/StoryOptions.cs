using GraphNews.Domain;

namespace GraphNews.Stories;

/// <summary>
/// The weights and thresholds of relatedness and story clustering, as data so they can be tuned
/// (and evaluated) without touching the algorithm.
/// </summary>
public sealed record StoryOptions
{
    public static readonly StoryOptions Default = new();

    /// <summary>Weight of shared facts (same relationship between the same entities) in the link score.</summary>
    public double FactWeight { get; init; } = 0.40;

    /// <summary>Weight of shared entities, each weighed by its rarity.</summary>
    public double EntityWeight { get; init; } = 0.35;

    /// <summary>Weight of the text similarity of title and text (see <see cref="TextSource"/>).</summary>
    public double TextWeight { get; init; } = 0.25;

    /// <summary>
    /// What the text similarity is: TF-IDF cosine, or the cosine of sentence embeddings (when both
    /// articles have one), or the mean of both. Every text threshold below applies to it.
    /// </summary>
    public TextSimilaritySource TextSource { get; init; } = TextSimilaritySource.Terms;

    /// <summary>
    /// Embedding cosine at or below this counts as no similarity, and the rest is stretched to [0, 1]:
    /// unrelated news reports already have a cosine of 0.2 or so, unlike TF-IDF.
    /// </summary>
    public double EmbeddingFloor { get; init; } = 0.3;

    /// <summary>Structural facts (X leads Y) are background, not news: they count this much of an interaction fact.</summary>
    public double StructuralFactFactor { get; init; } = 0.2;

    /// <summary>Two articles that say the same two entities interacted, but in different ways, share this much of a fact.</summary>
    public double PairFactFactor { get; init; } = 0.5;

    /// <summary>How much an entity of each label tells about the event, on top of its rarity.</summary>
    public IReadOnlyDictionary<EntityLabel, double> LabelFactors { get; init; } = new Dictionary<EntityLabel, double>
    {
        [EntityLabel.Person] = 1.0,
        [EntityLabel.Organization] = 0.8,
        [EntityLabel.Location] = 1.0,
        [EntityLabel.Event] = 1.2,
        [EntityLabel.Country] = 0.5,
    };

    /// <summary>Days over which closeness in time halves the link score's time factor.</summary>
    public double TimeHalfLifeDays { get; init; } = 7;

    /// <summary>The time factor when either article has no date (leads that name the same weekday count as a day apart: see <see cref="UndatedSameWeekdayIsClose"/>).</summary>
    public double UndatedTimeFactor { get; init; } = 0.7;

    /// <summary>Candidates this close in time are ranked by what they share; farther ones count <see cref="DistantCandidateFactor"/> of it.</summary>
    public int CandidateWindowDays { get; init; } = 60;

    /// <summary>
    /// How much a candidate farther apart than <see cref="CandidateWindowDays"/> counts when candidates are ranked, found
    /// by shared entities and facts only (not words): years-apart articles about the same organisation or person are
    /// still related (never the same event), but they take the places that recent articles leave free.
    /// </summary>
    public double DistantCandidateFactor { get; init; } = 0.25;

    /// <summary>
    /// How much each report of the background (<see cref="BackgroundTerms"/>) counts beside a stored article when terms
    /// are weighed: 4 counts its 6,468 reports as about 26,000 articles, so the stored articles' own word counts take
    /// over from some tens of thousands of articles on; 0 weighs words by the stored articles alone.
    /// </summary>
    public double BackgroundWeight { get; init; } = 4.0;

    /// <summary>Shared entities, names and facts count towards overlap by their rarity (see <see cref="RareKeyShare"/>), not fully.</summary>
    public bool SharedKeysCountByRarity { get; init; } = true;

    /// <summary>Links weaker than this are not stored.</summary>
    public double MinRelatedScore { get; init; } = 0.12;

    /// <summary>A link that is not the same event needs words this alike, a shared interaction, or <see cref="RelatedMinEvidence"/>.</summary>
    public double RelatedMinTextSimilarity { get; init; } = 0.1;

    /// <summary>Shared specific entities worth this much (rarity times label weight, as for same-event evidence) make a link telling.</summary>
    public double RelatedMinEvidence { get; init; } = 0.8;

    /// <summary>
    /// A person, organisation or named event that both headlines name, at least this rare (in at most about 2.5 % of the articles),
    /// relates two articles however far apart in time and however low their score: the same festival a few years on, the
    /// same organisation's next news. A head of state's name heads too many reports to tell anything.
    /// </summary>
    public double RelatedMinHeadlineTopicRarity { get; init; } = 0.8;

    /// <summary>At most this many links are stored per new article.</summary>
    public int MaxLinksPerArticle { get; init; } = 20;

    /// <summary>Candidates fully scored per new article, after a cheap ranking by shared rare keys.</summary>
    public int MaxCandidates { get; init; } = 100;

    /// <summary>Keys (entities, facts, terms) in more than this share of stored articles are not used to find candidates.</summary>
    public double MaxPostingShare { get; init; } = 0.05;

    /// <summary>Keys found in fewer articles than this are always usable, however small the index.</summary>
    public int MinPostingCap { get; init; } = 50;

    /// <summary>Only the most recently indexed articles of a key's postings are scanned.</summary>
    public int MaxPostingScan { get; init; } = 300;

    /// <summary>Rarest terms of the new article used to find candidates.</summary>
    public int CandidateTerms { get; init; } = 12;

    /// <summary>Terms kept per article (by frequency), bounding memory.</summary>
    public int MaxTermsPerArticle { get; init; } = 80;

    /// <summary>
    /// Same event: reported at most this many days apart, unless the evidence is strong (see <see cref="SameEventLongMaxDays"/>).
    /// Many outlets follow a large event for days (tolls, reactions, a suspect's first court dates), so three days split them.
    /// </summary>
    public int SameEventMaxDays { get; init; } = 4;

    /// <summary>
    /// Same event up to this many days apart when both reports are about the same kind of event, share rare
    /// specific entities (<see cref="SameEventLongMinEvidence"/>) and alike words (<see cref="SameEventLongMinText"/>):
    /// a count that takes a week, a suspect arrested days after a shooting.
    /// </summary>
    public int SameEventLongMaxDays { get; init; } = 7;

    /// <summary>
    /// A pair whose dates are unknown may be weeks apart, so it needs the evidence of a pair farther apart than
    /// <see cref="SameEventMaxDays"/>: without dates, daily look-alikes (strikes, clashes, votes) cannot be told apart by time.
    /// </summary>
    public bool UndatedMayBeFarApart { get; init; } = true;

    /// <summary>
    /// ...unless their leads name the same weekday ("struck on Sunday", "Sunday's quake"): then they are judged as if close in
    /// time. Wire reports of one event name the day it happened, days later too, while daily look-alikes mostly name other
    /// days; digests and other texts that name no weekday still need the evidence of a pair far apart.
    /// </summary>
    public bool UndatedSameWeekdayIsClose { get; init; } = true;

    /// <summary>
    /// ...or a person or named event both headlines name that is at least this rare (see <see cref="HeadlineAnchorRoute"/>):
    /// a name in at most about <see cref="RareKeyShare"/> of the articles is the news itself, while a head of state's
    /// name heads a new event every few days.
    /// </summary>
    public double UndatedMinHeadlineAnchorRarity { get; init; } = 0.9;

    /// <summary>
    /// An organisation both reports name counts as the who they share (see <see cref="RequireSharedActorOrPlace"/>) when it is
    /// at least this rare: the bank a regulator fined, the company sold, a union on strike are the news, while the police, a
    /// ministry or the United Nations take part in many events (above 1: organisations never count).
    /// </summary>
    public double OrganizationActorMinRarity { get; init; } = 0.9;

    /// <summary>
    /// Same event on kind and places: both headlines name the same kinds of event, both texts name at least
    /// <see cref="KindAndPlacesMinPlaces"/> of the same places (not countries), and they are dated at most
    /// <see cref="SameEventMaxDays"/> apart, or undated and name <see cref="UndatedKindAndPlacesMinPlaces"/>: reports of one
    /// quake, crash or strike from other angles, which share few words.
    /// </summary>
    public bool KindAndPlacesRoute { get; init; } = true;

    /// <summary>Same event on kind and places: this many specific places both name.</summary>
    public int KindAndPlacesMinPlaces { get; init; } = 2;

    /// <summary>Same event on kind and places when either report is undated: this many specific places both name.</summary>
    public int UndatedKindAndPlacesMinPlaces { get; init; } = 3;

    /// <summary>
    /// Headlines that name other places (<see cref="HeadlineConflictSeparates"/>) part two reports only when their texts share fewer
    /// specific places (not countries) than this: a town's report and a region's name the same event's other places ("In
    /// Constitución, the sea came back three times" and "Massive 8.8 quake strikes Chile, tsunami warning across Pacific" both name
    /// Concepción, Santiago and Maule).
    /// </summary>
    public int SharedPlacesOutweighHeadlinePlaces { get; init; } = 3;

    /// <summary>Same event on kind and places: TF-IDF cosine at least this.</summary>
    public double KindAndPlacesMinText { get; init; } = 0.1;

    /// <summary>Same event: the link score must reach this.</summary>
    public double SameEventMinScore { get; init; } = 0.25;

    /// <summary>Same event without a shared interaction fact: the rarity-weighted entity overlap must reach this.</summary>
    public double SameEventMinEntityOverlap { get; init; } = 0.35;

    /// <summary>
    /// Same event without a shared interaction fact: the specific (non-country) entities both name must add
    /// up to this much evidence, each counting its rarity (1 for a name in at most <see cref="RareKeyShare"/> of the articles) times
    /// its label's weight: two fairly rare names, or one very rare and one common.
    /// </summary>
    public double SameEventMinEvidence { get; init; } = 1.2;

    /// <summary>An entity in at most this share of the indexed articles counts as fully rare evidence (see <see cref="SameEventMinEvidence"/>).</summary>
    public double RareKeyShare { get; init; } = 0.01;

    /// <summary>Same event on one anchor: a shared rare who or where worth this much evidence...</summary>
    public double SameEventMinAnchorEvidence { get; init; } = 0.6;

    /// <summary>...with TF-IDF cosine at least this, about the same kind of event.</summary>
    public double SameEventMinAnchorText { get; init; } = 0.25;

    /// <summary>The anchor route needs both reports to name the same kind of event (off: only not conflicting kinds)...</summary>
    public bool AnchorNeedsSameKind { get; init; } = true;

    /// <summary>
    /// ...or neither headline to name a kind of event: most events have no cue word ("Choppers dump seawater on overheating No. 3
    /// reactor", "Fukushima No. 1: seawater now the last line of defence"), and a rare shared who or where with clearly alike
    /// words within days is the same event whatever it is.
    /// </summary>
    public bool AnchorAcceptsUnnamedKinds { get; init; } = true;

    /// <summary>
    /// Same event on a headline anchor: both headlines name the same rare person or named event (worth
    /// <see cref="SameEventMinAnchorEvidence"/>), with words as alike as the words route asks
    /// (<see cref="SameEventMinTextSimilarity"/>). Whom two headlines are about says more than the kind of event
    /// their cue words give, which most headlines ("Doris Day dies at 97") do not name.
    /// </summary>
    public bool HeadlineAnchorRoute { get; init; } = true;

    /// <summary>Same event beyond <see cref="SameEventMaxDays"/>: the shared specific entities must add up to this much evidence.</summary>
    public double SameEventLongMinEvidence { get; init; } = 1.2;

    /// <summary>Same event beyond <see cref="SameEventMaxDays"/>: TF-IDF cosine at least this.</summary>
    public double SameEventLongMinText { get; init; } = 0.4;

    /// <summary>
    /// ...or, dated, with shared specific entities adding up to this much evidence (several rare names: the prosecutor,
    /// the co-pilot, the airline and the village of a crash a week on)...
    /// </summary>
    public double SameEventLongStrongEvidence { get; init; } = 3.5;

    /// <summary>...a TF-IDF cosine of at least this: outlets that follow an event for a week write its later turns in other words.</summary>
    public double SameEventLongStrongMinText { get; init; } = 0.2;

    /// <summary>
    /// Same event: when both headlines say what kind of event they report (an arrest, a plea, an election)
    /// and neither report mentions the other's kind (see <see cref="HeadlineKindsMustOverlap"/> for the
    /// stricter default), they are different events, whoever they name.
    /// </summary>
    public bool EventKindConflictSeparates { get; init; } = true;

    /// <summary>
    /// Both headlines name the same rare event by its name (a flight, a storm, a named attack), worth
    /// <see cref="SameEventMinAnchorEvidence"/>: the kinds their cue words give do not set them apart ("Netherlands in
    /// mourning for MH17 dead" and "MH17: rebels limit access to crash site"), and they count as the same kind.
    /// </summary>
    public bool NamedEventOutweighsKinds { get; init; } = true;

    /// <summary>
    /// The stricter kind rule: headlines that name kinds of event must name one in common, even when one
    /// report refers back to the other's event (a sentencing "after he pleaded guilty", an appointment
    /// "replacing the dismissed prime minister" are the next event, not the same one). Off: the outlets that follow
    /// one arrest headline the charge, the bail hearing and the resignation it forces, each report naming the others.
    /// </summary>
    public bool HeadlineKindsMustOverlap { get; init; }

    /// <summary>
    /// Same event: when both articles name people or places (the who and where), they must share at
    /// least one of them, or a rare organisation (<see cref="OrganizationActorMinRarity"/>); otherwise two similar
    /// events (two arrests, two earthquakes) would merge.
    /// </summary>
    public bool RequireSharedActorOrPlace { get; init; } = true;

    /// <summary>Same event on alike words: TF-IDF cosine at least this, corroborated by specific shared entities and not vetoed by who or where.</summary>
    public double SameEventMinTextSimilarity { get; init; } = 0.15;

    /// <summary>
    /// Same event: when both headlines name people (or both name places) and neither article names
    /// any of the other's, the articles are about different events, however alike their words.
    /// </summary>
    public bool HeadlineConflictSeparates { get; init; } = true;

    /// <summary>
    /// Same event: when both headlines name events by name, they must share a word of the name beyond its kind ("Hurricane
    /// Humberto" and "Tropical Storm Humberto" agree) if one of the articles names the other's as another event ("Hurricane
    /// Barry" in a report of Humberto) or neither names the other's at all; a storm's local name, an alias, names no other
    /// event. A shared interaction fact overrides it.
    /// </summary>
    public bool HeadlineEventsMustAgree { get; init; } = true;

    /// <summary>
    /// Same event: when both headlines name people, they must name one in common (the who of the news):
    /// two candidates' interviews, two arrests, two primary wins are different events. A shared
    /// interaction fact overrides it.
    /// </summary>
    public bool HeadlinePeopleMustAgree { get; init; } = true;

    /// <summary>
    /// Same event: the person each headline names first (its subject) must be the same, or named in the other
    /// headline: "Sanders endorses Biden" and "Warren endorses Biden" are two events, "Trump meets Putin" and
    /// "Putin meets Trump" one. A shared interaction fact overrides it.
    /// </summary>
    public bool HeadlineSubjectsMustAgree { get; init; } = true;

    /// <summary>
    /// Same event needs evidence about what happened (a shared fact or specific shared entities). Off,
    /// the decision rests on the score alone: the words-only baseline the evaluation compares against.
    /// </summary>
    public bool RequireFactualEvidence { get; init; } = true;

    /// <summary>A new article joins a story only when it reports the same event as at least this share of the story's recent articles (within <see cref="SameEventMaxDays"/>).</summary>
    public double JoinMinCoverage { get; init; } = 0.34;

    /// <summary>
    /// ...or as at least this many of them: a seminal event reported by a hundred outlets in a day must not
    /// need thirty-four same-event links (more than the candidates scored) before one more report can join it.
    /// </summary>
    public int JoinMaxLinksNeeded { get; init; } = 5;

    /// <summary>A new article merges a second story into its best one only with this many same-event links to it (or all of it when smaller).</summary>
    public int MergeMinLinks { get; init; } = 2;

    /// <summary>
    /// An article whose headline names none of its entities and whose paragraphs fall into at least this many groups that
    /// name none of the same people, places, organisations or events (a digest, a round-up) reports many events: it is
    /// related to their reports but is the same event as none of them, so it joins no story (see <c>EventSpread</c>).
    /// <c>int.MaxValue</c> turns the rule off.
    /// </summary>
    public int ManyEventsMinGroups { get; init; } = 2;

    /// <summary>...whose largest group holds less than this share of its paragraphs that name anyone...</summary>
    public double ManyEventsMaxLargestShare { get; init; } = 0.6;

    /// <summary>...and that names at least this many countries.</summary>
    public int ManyEventsMinCountries { get; init; } = 3;

    /// <summary>
    /// Paragraphs that share a word found in at most this many reports of the background (<see cref="BackgroundTerms"/>) are
    /// of one group: "cockpit" ties a report's paragraph on the co-pilot to the one on the crash site. Negative turns it off.
    /// </summary>
    public int ManyEventsRareWordMaxReports { get; init; } = 10;

    /// <summary>TF-IDF cosine alone with incremental clustering, words weighed by the stored articles alone: the plain baseline that words reach.</summary>
    public static StoryOptions TextOnly(double sameEventMinScore) => Default with
    {
        BackgroundWeight = 0,
        FactWeight = 0,
        EntityWeight = 0,
        TextWeight = 1,
        RequireFactualEvidence = false,
        RequireSharedActorOrPlace = false,
        HeadlineConflictSeparates = false,
        HeadlineEventsMustAgree = false,
        EventKindConflictSeparates = false,
        UndatedSameWeekdayIsClose = false,
        SameEventMinScore = sameEventMinScore,
    };

    /// <summary>Sentence-embedding cosine alone with incremental clustering (raw cosine, no floor).</summary>
    public static StoryOptions EmbeddingOnly(double sameEventMinScore) => TextOnly(sameEventMinScore) with
    {
        TextSource = TextSimilaritySource.Embedding,
        EmbeddingFloor = 0,
    };

    public double LabelFactor(EntityLabel label) => LabelFactors.TryGetValue(label, out var factor) ? factor : 1.0;
}

/// <summary>Where the text-similarity component of relatedness comes from.</summary>
public enum TextSimilaritySource
{
    /// <summary>TF-IDF cosine of the articles' terms.</summary>
    Terms,

    /// <summary>Cosine of the articles' sentence embeddings, rescaled above <see cref="StoryOptions.EmbeddingFloor"/>.</summary>
    Embedding,

    /// <summary>The mean of both.</summary>
    Blend,
}
