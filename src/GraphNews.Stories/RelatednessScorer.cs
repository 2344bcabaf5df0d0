using GraphNews.Domain;

namespace GraphNews.Stories;

/// <summary>
/// Scores how related two indexed articles are: shared facts above shared entities, each weighed by
/// rarity, plus TF-IDF text similarity, scaled by closeness in time; and decides whether they report
/// the same event, which needs evidence about what happened (a shared fact, or several specific
/// shared entities), not only alike words.
/// </summary>
/// <param name="cues">Words of kinds of event ("hurricane", "storm"), which name no particular event; without them every word of a named event's name tells it apart.</param>
internal sealed class RelatednessScorer(StoryIndex index, RelationOntology ontology, StoryOptions options, EventCues? cues = null)
{
    private const int MaxReasons = 8;

    public Relatedness Score(IndexedArticle a, IndexedArticle b)
    {
        var facts = SharedFacts(a, b, out var factSimilarity);
        var entities = SharedEntities(a, b, out var idSimilarity);
        var entitySimilarity = Math.Max(idSimilarity, NameSimilarity(a, b));
        var text = Text(a, b, TermSimilarity(a, b));
        var score = Combine(a, b, factSimilarity, entitySimilarity, text, out var days);
        var reasons = new LinkReasons
        {
            Facts = facts.OrderByDescending(f => f.Weight).ThenBy(f => f.Type, StringComparer.Ordinal).Take(MaxReasons).ToList(),
            Entities = entities.OrderByDescending(e => e.Weight).ThenBy(e => e.Id, StringComparer.Ordinal).Take(MaxReasons).ToList(),
            TextSimilarity = Math.Round(text, 4),
            DaysApart = days,
        };
        var specificShared = SharedSpecific(a, b);
        var evidence = SpecificEvidence(a, b, specificShared);
        var decision = Decide(score, text, days, facts, entitySimilarity, a, b, specificShared, evidence);
        var sameEvent = decision.IsSameEvent();
        var sameHeadlineTopic = SharesHeadlineTopic(a, b);
        return new Relatedness(a.Id, b.Id, Math.Round(score, 4), reasons with { SameEvent = sameEvent, Decision = decision })
        {
            Telling = sameEvent || sameHeadlineTopic || text >= options.RelatedMinTextSimilarity || facts.Any(f => !IsStructural(f)) || evidence >= options.RelatedMinEvidence,
            SameHeadlineTopic = sameHeadlineTopic,
        };
    }

    /// <summary>
    /// Both headlines name the same person, organisation or named event, rare enough to say what both articles are about
    /// (<see cref="StoryOptions.RelatedMinHeadlineTopicRarity"/>). Places are left out: a town's theft and its football team
    /// share a headline place and nothing else. Cheap: candidates too weak to score fully are checked with it.
    /// </summary>
    public bool SharesHeadlineTopic(IndexedArticle a, IndexedArticle b)
    {
        foreach (var x in a.Signature.Entities)
        {
            if (x.InTitle && (x.Label is EntityLabel.Person or EntityLabel.Organization or EntityLabel.Event)
                && b.Signature.Entities.Any(y => y.InTitle && y.Id == x.Id)
                && index.EntityRarity(x.Id) >= options.RelatedMinHeadlineTopicRarity)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The score of <see cref="Score"/> without the reasons, for many candidates against one article:
    /// the article's weights are computed once and nothing is allocated per candidate, so only the
    /// candidates that can become links pay for the full explanation.
    /// </summary>
    public Func<IndexedArticle, double> QuickScorer(IndexedArticle a)
    {
        var entityWeights = new Dictionary<int, double>(a.EntityKeys.Length);
        for (var i = 0; i < a.EntityKeys.Length; i++)
        {
            entityWeights[a.EntityKeys[i]] = a.EntityFactors[i] * index.KeyIdf(a.EntityKeys[i]);
        }

        var factWeights = new Dictionary<int, double>(a.FactKeys.Length);
        for (var i = 0; i < a.FactKeys.Length; i++)
        {
            factWeights[a.FactKeys[i]] = a.FactFactors[i] * index.KeyIdf(a.FactKeys[i]);
        }

        var nameWeights = new Dictionary<int, double>(a.NameKeys.Length);
        for (var i = 0; i < a.NameKeys.Length; i++)
        {
            nameWeights[a.NameKeys[i]] = a.NameFactors[i] * index.KeyIdf(a.NameKeys[i]);
        }

        var nameNorm = nameWeights.Values.Sum();
        var entityNorm = entityWeights.Values.Sum();
        var factNorm = factWeights.Values.Sum();
        var termWeights = new double[a.Terms.Length];
        double termNorm = 0;
        for (var i = 0; i < a.Terms.Length; i++)
        {
            termWeights[i] = a.TermFrequencies[i] * index.TermIdf(a.Terms[i]);
            termNorm += termWeights[i] * termWeights[i];
        }

        return b =>
        {
            double Overlap(Dictionary<int, double> weights, double norm, int[] keys, double[] factors, StoryIndex index)
            {
                double shared = 0, own = 0;
                for (var i = 0; i < keys.Length; i++)
                {
                    own += factors[i] * index.KeyIdf(keys[i]);
                    if (weights.TryGetValue(keys[i], out var w))
                    {
                        shared += w * Specificity(keys[i]);
                    }
                }

                return norm > 0 && own > 0 ? Math.Min(1, shared / Math.Sqrt(norm * own)) : 0;
            }

            var entitySimilarity = Math.Max(
                Overlap(entityWeights, entityNorm, b.EntityKeys, b.EntityFactors, index),
                Overlap(nameWeights, nameNorm, b.NameKeys, b.NameFactors, index));
            var factSimilarity = Overlap(factWeights, factNorm, b.FactKeys, b.FactFactors, index);
            double dot = 0, bNorm = 0;
            for (int i = 0, j = 0; j < b.Terms.Length; j++)
            {
                var idf = index.TermIdf(b.Terms[j]);
                var w = b.TermFrequencies[j] * idf;
                bNorm += w * w;
                while (i < a.Terms.Length && a.Terms[i] < b.Terms[j])
                {
                    i++;
                }

                if (i < a.Terms.Length && a.Terms[i] == b.Terms[j])
                {
                    dot += termWeights[i] * w;
                }
            }

            var text = Text(a, b, termNorm > 0 && bNorm > 0 ? dot / Math.Sqrt(termNorm * bNorm) : 0);
            return Combine(a, b, factSimilarity, entitySimilarity, text, out _);
        };
    }

    private double Combine(IndexedArticle a, IndexedArticle b, double factSimilarity, double entitySimilarity, double text, out int? days)
    {
        var bothHaveFacts = a.FactKeys.Length > 0 && b.FactKeys.Length > 0;
        var weighted = (entitySimilarity * options.EntityWeight) + (text * options.TextWeight) + (bothHaveFacts ? factSimilarity * options.FactWeight : 0);
        var total = options.EntityWeight + options.TextWeight + (bothHaveFacts ? options.FactWeight : 0);
        days = TextDays.DaysApart(a.Signature, b.Signature);
        var timeFactor = days is { } d ? Decay(d)
            : options.UndatedSameWeekdayIsClose && LeadsNameOneWeekday(a, b) ? Decay(1)
            : options.UndatedTimeFactor;
        return weighted / total * (0.5 + (0.5 * timeFactor));

        double Decay(int daysApart) => Math.Pow(0.5, daysApart / options.TimeHalfLifeDays);
    }

    /// <summary>
    /// Same event: not vetoed by who, where and what (no shared actor or place, headlines about different
    /// people or places, headlines that name kinds of event but none in common), close enough in
    /// time, and supported by one of six kinds of evidence: a shared interaction fact; specific shared
    /// entities (weighed by rarity) with a high overall score or alike words; one rare shared who or
    /// where with clearly alike words about the same kind of event (or none in either headline); one rare who both headlines name,
    /// with alike words; or the same kind of event in both headlines and the same places, within days.
    /// </summary>
    private SameEventDecision Decide(double score, double text, int? days, List<SharedFact> facts, double entitySimilarity, IndexedArticle a, IndexedArticle b, List<SignatureEntity> specificShared, double evidence)
    {
        if (!options.RequireFactualEvidence)
        {
            return days > options.SameEventMaxDays ? SameEventDecision.TooFarApart
                : score >= options.SameEventMinScore ? SameEventDecision.WordsOnly : SameEventDecision.TooLittleEvidence;
        }

        if (days > options.SameEventLongMaxDays)
        {
            return SameEventDecision.TooFarApart;
        }

        if (a.Signature.ReportsManyEvents || b.Signature.ReportsManyEvents)
        {
            return SameEventDecision.ReportsManyEvents;
        }

        if (options.RequireSharedActorOrPlace && !SharesActorOrPlace(a, b, specificShared))
        {
            return SameEventDecision.NoSharedActorOrPlace;
        }

        var sharedInteraction = facts.Any(f => !IsStructural(f));
        if (options.HeadlineConflictSeparates && !sharedInteraction && (HeadlinesDisagree(a, b, EntityLabel.Person) || (HeadlinesDisagree(a, b, EntityLabel.Location) && !SharesManyPlaces(specificShared))))
        {
            return SameEventDecision.HeadlinesNameOthers;
        }

        if (options.HeadlineEventsMustAgree && !sharedInteraction && HeadlineEventsDiffer(a, b))
        {
            return SameEventDecision.HeadlineEventsDiffer;
        }

        if (options.HeadlinePeopleMustAgree && !sharedInteraction && HeadlinePeopleDiffer(a, b))
        {
            return SameEventDecision.HeadlinePeopleDiffer;
        }

        if (options.HeadlineSubjectsMustAgree && !sharedInteraction && HeadlineSubjectsDiffer(a, b))
        {
            return SameEventDecision.HeadlineSubjectsDiffer;
        }

        var namedEventInHeadlines = options.NamedEventOutweighsKinds && HeadlineEventRarity(a, b) >= options.SameEventMinAnchorEvidence;
        if (options.EventKindConflictSeparates && !namedEventInHeadlines && KindsDisagree(a, b, options.HeadlineKindsMustOverlap))
        {
            return SameEventDecision.KindsOfEventDiffer;
        }

        var kindsAgree = namedEventInHeadlines || KindsAgree(a, b);
        var kindsUnnamed = a.Signature.HeadlineKinds.Count == 0 && b.Signature.HeadlineKinds.Count == 0;

        // Farther apart than a few days only for the same kind of event, the same rare who or where and alike words, or, dated,
        // many rare names in common and some alike words (a week's coverage written in other words).
        var longWindowEvidence = (evidence >= options.SameEventLongMinEvidence && text >= options.SameEventLongMinText)
            || (days is not null && evidence >= options.SameEventLongStrongEvidence && text >= options.SameEventLongStrongMinText);
        if (days > options.SameEventMaxDays && !(kindsAgree && longWindowEvidence))
        {
            return SameEventDecision.TooFarApart;
        }

        // Undated, look-alikes such as daily strikes cannot be told apart by time: the same rare who or where and alike
        // words, or a very rare person both headlines name, about the same kind of event when a headline names one (most
        // events have no cue word: a star's stay in rehab, a coach fired, a product launched).
        var sameOrUnnamedKind = kindsAgree || kindsUnnamed;
        var headlineAnchor = options.HeadlineAnchorRoute && sameOrUnnamedKind && text >= options.SameEventMinTextSimilarity ? HeadlineAnchorRarity(a, b) : 0;
        if (days is null && options.UndatedMayBeFarApart && !(options.UndatedSameWeekdayIsClose && LeadsNameOneWeekday(a, b))
            && !(sameOrUnnamedKind && (longWindowEvidence || namedEventInHeadlines || headlineAnchor >= options.UndatedMinHeadlineAnchorRarity || SharesKindAndPlaces(a, b, text, days, specificShared))))
        {
            return SameEventDecision.UndatedWithoutStrongEvidence;
        }

        if (sharedInteraction && score >= options.SameEventMinScore)
        {
            return SameEventDecision.SharedInteraction;
        }

        if (score >= options.SameEventMinScore && entitySimilarity >= options.SameEventMinEntityOverlap && evidence >= options.SameEventMinEvidence)
        {
            return SameEventDecision.SharedNames;
        }

        if (text >= options.SameEventMinTextSimilarity && evidence >= options.SameEventMinEvidence)
        {
            return SameEventDecision.SharedNamesAndWords;
        }

        if ((kindsAgree || (options.AnchorAcceptsUnnamedKinds && kindsUnnamed) || !options.AnchorNeedsSameKind) && evidence >= options.SameEventMinAnchorEvidence && text >= options.SameEventMinAnchorText)
        {
            return SameEventDecision.RareAnchorSameKind;
        }

        if (headlineAnchor >= options.SameEventMinAnchorEvidence)
        {
            return SameEventDecision.HeadlineAnchor;
        }

        // Outlets that report one quake, crash or strike from other angles share few words, but name its kind in their
        // headlines and the same places in their texts within days; look-alikes days apart are kept apart by time, and
        // without dates one place more is asked.
        return (days is null || days <= options.SameEventMaxDays) && SharesKindAndPlaces(a, b, text, days, specificShared)
            ? SameEventDecision.SameKindAndPlaces
            : SameEventDecision.TooLittleEvidence;
    }

    private bool SharesManyPlaces(List<SignatureEntity> specificShared) => SharedPlaces(specificShared) >= options.SharedPlacesOutweighHeadlinePlaces;

    private static int SharedPlaces(List<SignatureEntity> specificShared) => specificShared.Count(e => e.Label == EntityLabel.Location);

    /// <summary>
    /// Both headlines name the same kinds of event and the texts share enough specific places (more when undated), with
    /// alike enough words: see <see cref="StoryOptions.KindAndPlacesRoute"/>.
    /// </summary>
    private bool SharesKindAndPlaces(IndexedArticle a, IndexedArticle b, double text, int? days, List<SignatureEntity> specificShared) =>
        options.KindAndPlacesRoute && text >= options.KindAndPlacesMinText && HeadlinesNameOneKind(a, b)
        && SharedPlaces(specificShared) >= (days is null ? options.UndatedKindAndPlacesMinPlaces : options.KindAndPlacesMinPlaces);

    /// <summary>The rarity of the rarest named event both headlines name as one entity; 0 when they share none.</summary>
    private double HeadlineEventRarity(IndexedArticle a, IndexedArticle b)
    {
        var inB = b.Signature.Entities.Where(e => e.InTitle && e.Label == EntityLabel.Event).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return a.Signature.Entities
            .Where(e => e.InTitle && e.Label == EntityLabel.Event && inB.Contains(e.Id))
            .Select(e => index.EntityRarity(e.Id))
            .DefaultIfEmpty(0)
            .Max();
    }

    /// <summary>
    /// The rarity of the rarest person or named event both headlines name: the same entity, or a name word of it (a
    /// follow-up headline writes "Nkurunziza" for "Pierre Nkurunziza"); 0 when the headlines share none.
    /// </summary>
    private double HeadlineAnchorRarity(IndexedArticle a, IndexedArticle b)
    {
        static bool Anchor(SignatureEntity e) => e.InTitle && e.Label is EntityLabel.Person or EntityLabel.Event;
        double rarest = 0;
        foreach (var x in a.Signature.Entities.Where(Anchor))
        {
            var words = TextTerms.NameWords(x.Name);
            foreach (var y in b.Signature.Entities.Where(Anchor))
            {
                if (x.Id == y.Id)
                {
                    rarest = Math.Max(rarest, index.EntityRarity(x.Id));
                }

                foreach (var word in TextTerms.NameWords(y.Name).Where(words.Contains))
                {
                    rarest = Math.Max(rarest, index.NameWordRarity(word));
                }
            }
        }

        return rarest;
    }

    /// <summary>
    /// How much the specific (non-country) entities both articles name say that they report the same
    /// event: each counts its rarity (1 for a name in at most <see cref="StoryOptions.RareKeyShare"/> of the
    /// articles) times its label's weight, so one rare person outweighs several common places.
    /// </summary>
    private double SpecificEvidence(IndexedArticle a, IndexedArticle b, List<SignatureEntity> shared)
    {
        var bIds = b.Signature.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var bWords = b.Signature.Entities.Where(e => ByName(e.Label)).SelectMany(e => TextTerms.NameWords(e.Name)).ToHashSet(StringComparer.Ordinal);
        double evidence = 0;
        foreach (var entity in shared)
        {
            var rarity = bIds.Contains(entity.Id) ? index.EntityRarity(entity.Id) : 0;
            if (ByName(entity.Label))
            {
                foreach (var word in TextTerms.NameWords(entity.Name).Where(bWords.Contains))
                {
                    rarity = Math.Max(rarity, index.NameWordRarity(word));
                }
            }

            evidence += rarity * Math.Min(1, options.LabelFactor(entity.Label));
        }

        return evidence;
    }

    /// <summary>
    /// Both headlines name the same kinds of event ("quake" and "earthquake"), and no other: an arrest "after deadly blast" is
    /// the next event, not the blast. Kinds are kept sorted and distinct (<see cref="EventCues.Kinds"/>), so the lists compare in order.
    /// </summary>
    private static bool HeadlinesNameOneKind(IndexedArticle a, IndexedArticle b) =>
        a.Signature.HeadlineKinds.Count > 0 && a.Signature.HeadlineKinds.SequenceEqual(b.Signature.HeadlineKinds, StringComparer.Ordinal);

    /// <summary>
    /// Both leads name a weekday in common (see <see cref="TextDays.LeadWeekdays"/>); scored for every undated candidate, so
    /// the few weekdays are compared in place rather than through a set.
    /// </summary>
    private static bool LeadsNameOneWeekday(IndexedArticle a, IndexedArticle b)
    {
        foreach (var day in a.Signature.LeadWeekdays)
        {
            foreach (var other in b.Signature.LeadWeekdays)
            {
                if (day == other)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Either headline's kind of event is one the other report names too.</summary>
    private static bool KindsAgree(IndexedArticle a, IndexedArticle b) =>
        a.Signature.HeadlineKinds.Intersect(b.Signature.Kinds, StringComparer.Ordinal).Any()
        || b.Signature.HeadlineKinds.Intersect(a.Signature.Kinds, StringComparer.Ordinal).Any();

    /// <summary>
    /// Both headlines say what kind of event they report, and neither report mentions the other's kind
    /// (or, when <paramref name="headlinesOnly"/>, the headlines name no kind in common).
    /// </summary>
    private static bool KindsDisagree(IndexedArticle a, IndexedArticle b, bool headlinesOnly) =>
        a.Signature.HeadlineKinds.Count > 0 && b.Signature.HeadlineKinds.Count > 0
        && (headlinesOnly ? !a.Signature.HeadlineKinds.Intersect(b.Signature.HeadlineKinds, StringComparer.Ordinal).Any() : !KindsAgree(a, b));

    /// <summary>
    /// Both headlines name entities of the label, and neither article mentions any of the other
    /// headline's. Mentions are matched by name words (against the other article's entity names and
    /// terms), so one entity split in two by the extractor ("Humberto", "Storm Humberto") is no conflict.
    /// </summary>
    private static bool HeadlinesDisagree(IndexedArticle a, IndexedArticle b, EntityLabel label)
    {
        var inA = a.Signature.Entities.Where(e => e.InTitle && e.Label == label).ToList();
        var inB = b.Signature.Entities.Where(e => e.InTitle && e.Label == label).ToList();
        return inA.Count > 0 && inB.Count > 0 && !inA.Any(e => Mentions(b, e)) && !inB.Any(e => Mentions(a, e));
    }

    /// <summary>
    /// Both headlines name events by name, by no word in common once the words of their kind are left out, and one of the
    /// articles names the other's event as an event apart from its own ("Hurricane Humberto strengthens" names "Hurricane
    /// Barry" too, so a report of Tropical Storm Barry is of another storm), or neither names the other's at all. A storm's
    /// other name (its local name) is an alias of the storm, no event apart, so "Typhoon Tokei (locally Bagwis)" and "Bagwis
    /// death toll climbs" may be one.
    /// </summary>
    private bool HeadlineEventsDiffer(IndexedArticle a, IndexedArticle b)
    {
        var inA = HeadlineEventWords(a);
        var inB = HeadlineEventWords(b);
        return inA.Count > 0 && inB.Count > 0 && !inA.Overlaps(inB)
            && (NamesEventApart(a, inB) || NamesEventApart(b, inA) || (!NamesAnyWord(a, inB) && !NamesAnyWord(b, inA)));
    }

    /// <summary>The words of the events a headline names, without those that say only what kind of event it is.</summary>
    private HashSet<string> HeadlineEventWords(IndexedArticle article) => EventWords(article.Signature.Entities.Where(e => e.InTitle && e.Label == EntityLabel.Event));

    private HashSet<string> EventWords(IEnumerable<SignatureEntity> events) => events
        .SelectMany(e => TextTerms.NameWords(e.Name))
        .Where(word => cues is null || cues.Kinds(word).Count == 0)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The article names, besides the events of its headline, an event by one of <paramref name="words"/>.</summary>
    private bool NamesEventApart(IndexedArticle article, HashSet<string> words) =>
        article.Signature.Entities.Any(e => e.Label == EntityLabel.Event && !e.InTitle && EventWords([e]).Overlaps(words));

    /// <summary>Both headlines name people, and no name word of one headline's people is in the other's.</summary>
    private static bool HeadlinePeopleDiffer(IndexedArticle a, IndexedArticle b)
    {
        static HashSet<string> Words(IndexedArticle x) => x.Signature.Entities
            .Where(e => e.InTitle && e.Label == EntityLabel.Person)
            .SelectMany(e => TextTerms.NameWords(e.Name))
            .ToHashSet(StringComparer.Ordinal);
        var inA = Words(a);
        var inB = Words(b);
        return inA.Count > 0 && inB.Count > 0 && !inA.Overlaps(inB);
    }

    /// <summary>
    /// The person each headline names first (its subject, in news headlines) is a different person, and neither
    /// headline names the other's: "Sanders endorses Biden" and "Warren endorses Biden" are two events.
    /// </summary>
    private static bool HeadlineSubjectsDiffer(IndexedArticle a, IndexedArticle b)
    {
        var titleA = TitleWords(a);
        var titleB = TitleWords(b);
        if (HeadlineSubject(a, titleA) is not { } subjectA || HeadlineSubject(b, titleB) is not { } subjectB)
        {
            return false;
        }

        var wordsA = TextTerms.NameWords(subjectA.Name);
        var wordsB = TextTerms.NameWords(subjectB.Name);
        return subjectA.Id != subjectB.Id && !wordsA.Overlaps(wordsB) && !wordsA.Any(titleB.Contains) && !wordsB.Any(titleA.Contains);
    }

    /// <summary>The person of the headline whose name comes first in it.</summary>
    private static SignatureEntity? HeadlineSubject(IndexedArticle article, List<string> title) => article.Signature.Entities
        .Where(e => e.InTitle && e.Label == EntityLabel.Person)
        .Select(e => (Entity: e, At: TextTerms.NameWords(e.Name).Select(w => title.IndexOf(w)).Where(i => i >= 0).DefaultIfEmpty(-1).Min()))
        .Where(x => x.At >= 0)
        .OrderBy(x => x.At)
        .Select(x => x.Entity)
        .FirstOrDefault();

    /// <summary>The headline's words as <see cref="TextTerms.NameWords"/> spells them, in order.</summary>
    private static List<string> TitleWords(IndexedArticle article) =>
        [.. article.Signature.Title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SelectMany(w => TextTerms.NameWords(w))];

    private static bool Mentions(IndexedArticle article, SignatureEntity entity) =>
        article.Signature.Entities.Any(e => e.Id == entity.Id) || NamesAnyWord(article, TextTerms.NameWords(entity.Name));

    /// <summary>One of <paramref name="words"/> is a word of the article's text or of a name it holds.</summary>
    private static bool NamesAnyWord(IndexedArticle article, HashSet<string> words) =>
        article.Signature.Entities.Any(e => TextTerms.NameWords(e.Name).Overlaps(words)) || words.Any(w => Array.BinarySearch(article.Terms, TextTerms.Hash(w)) >= 0);

    /// <summary>
    /// How much a shared key counts towards overlap: its rarity, so that two articles that only share the United States and
    /// "Donald Trump LEADS United States" do not overlap fully (the overlap is normalised by what each article holds, so
    /// without it one common key shared by two short articles made them identical).
    /// </summary>
    private double Specificity(int key) => options.SharedKeysCountByRarity ? index.KeyRarity(key) : 1;

    private bool IsStructural(SharedFact fact) =>
        fact.Type is not null && ontology.Find(fact.Type)?.Category == RelationCategory.Structural;

    /// <summary>
    /// Who and where: when both articles name people, places or named events, they must share one, or an organisation rare
    /// enough to be the news (<see cref="StoryOptions.OrganizationActorMinRarity"/>).
    /// </summary>
    private bool SharesActorOrPlace(IndexedArticle a, IndexedArticle b, List<SignatureEntity> shared)
    {
        static bool Specific(EntityLabel label) => label is EntityLabel.Person or EntityLabel.Location or EntityLabel.Event;
        var aHas = a.Signature.Entities.Any(e => Specific(e.Label));
        var bHas = b.Signature.Entities.Any(e => Specific(e.Label));
        return !aHas || !bHas || shared.Any(e => Specific(e.Label)
            || (e.Label == EntityLabel.Organization && index.EntityRarity(e.Id) >= options.OrganizationActorMinRarity));
    }

    private List<SharedFact> SharedFacts(IndexedArticle a, IndexedArticle b, out double similarity)
    {
        var shared = new List<SharedFact>();
        double sharedWeight = 0;
        var bKeys = new HashSet<int>(b.FactKeys);
        for (var i = 0; i < a.FactKeys.Length; i++)
        {
            if (!bKeys.Contains(a.FactKeys[i]))
            {
                continue;
            }

            var weight = a.FactFactors[i] * index.KeyIdf(a.FactKeys[i]);
            sharedWeight += weight * Specificity(a.FactKeys[i]);
            shared.Add(Describe(a.FactKeys[i], weight));
        }

        var norm = Math.Sqrt(Norm(a.FactKeys, a.FactFactors) * Norm(b.FactKeys, b.FactFactors));
        similarity = norm > 0 ? Math.Min(1, sharedWeight / norm) : 0;

        // A pair key only adds a reason when the exact fact is not already listed.
        return shared.Where(f => f.Type is not null || !shared.Any(s => s.Type is not null && SamePair(s, f)))
            .ToList();
    }

    private static bool SamePair(SharedFact x, SharedFact y) =>
        (x.SourceId == y.SourceId && x.TargetId == y.TargetId) || (x.SourceId == y.TargetId && x.TargetId == y.SourceId);

    private SharedFact Describe(int key, double weight)
    {
        var parts = index.KeyText(key).Split('\u001f');

        // Keys are "fact\u001fTYPE\u001fA\u001fB" or "pair\u001fA\u001fB".
        var (type, source, target) = parts[0] == "pair" ? ((string?)null, parts[1], parts[2]) : (parts[1], parts[2], parts[3]);
        return new SharedFact(type, source, index.EntityName(source), target, index.EntityName(target), Math.Round(weight, 4));
    }

    private List<SharedEntity> SharedEntities(IndexedArticle a, IndexedArticle b, out double similarity)
    {
        var shared = new List<SharedEntity>();
        var bKeys = new HashSet<int>(b.EntityKeys);
        double sharedWeight = 0;
        for (var i = 0; i < a.EntityKeys.Length; i++)
        {
            if (!bKeys.Contains(a.EntityKeys[i]))
            {
                continue;
            }

            var weight = a.EntityFactors[i] * index.KeyIdf(a.EntityKeys[i]);
            sharedWeight += weight * Specificity(a.EntityKeys[i]);
            var entity = a.Signature.Entities[i];
            shared.Add(new SharedEntity(entity.Id, entity.Name, entity.Label, Math.Round(weight, 4)));
        }

        var norm = Math.Sqrt(Norm(a.EntityKeys, a.EntityFactors) * Norm(b.EntityKeys, b.EntityFactors));
        similarity = norm > 0 ? Math.Min(1, sharedWeight / norm) : 0;
        return shared;
    }

    private double NameSimilarity(IndexedArticle a, IndexedArticle b)
    {
        var bKeys = new HashSet<int>(b.NameKeys);
        double shared = 0;
        for (var i = 0; i < a.NameKeys.Length; i++)
        {
            if (bKeys.Contains(a.NameKeys[i]))
            {
                shared += a.NameFactors[i] * index.KeyIdf(a.NameKeys[i]) * Specificity(a.NameKeys[i]);
            }
        }

        var norm = Math.Sqrt(Norm(a.NameKeys, a.NameFactors) * Norm(b.NameKeys, b.NameFactors));
        return norm > 0 ? Math.Min(1, shared / norm) : 0;
    }

    /// <summary>
    /// Specific (non-country) entities of <paramref name="a"/> that <paramref name="b"/> names too: by id,
    /// or, for people, places and named events, by a name word (organisation names are full of generic
    /// words such as "Ministry" or "Agency", so they must match by id).
    /// </summary>
    private static List<SignatureEntity> SharedSpecific(IndexedArticle a, IndexedArticle b)
    {
        var bIds = b.Signature.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var bWords = b.Signature.Entities.Where(e => ByName(e.Label)).SelectMany(e => TextTerms.NameWords(e.Name)).ToHashSet(StringComparer.Ordinal);
        return a.Signature.Entities
            .Where(e => e.Label != EntityLabel.Country && (bIds.Contains(e.Id) || (ByName(e.Label) && TextTerms.NameWords(e.Name).Overlaps(bWords))))
            .ToList();
    }

    /// <summary>People, places and named events match by a name word; organisation names are too generic for that.</summary>
    private static bool ByName(EntityLabel label) => label is EntityLabel.Person or EntityLabel.Location or EntityLabel.Event;

    private double Norm(int[] keys, double[] factors)
    {
        double sum = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            sum += factors[i] * index.KeyIdf(keys[i]);
        }

        return sum;
    }

    /// <summary>The text similarity <see cref="StoryOptions.TextSource"/> asks for; TF-IDF when either article lacks an embedding.</summary>
    private double Text(IndexedArticle a, IndexedArticle b, double terms)
    {
        if (options.TextSource == TextSimilaritySource.Terms || a.Embedding.Length == 0 || b.Embedding.Length == 0)
        {
            return terms;
        }

        var cosine = EmbeddingVectors.Cosine(a.Embedding, b.Embedding);
        var embedded = Math.Max(0, (cosine - options.EmbeddingFloor) / (1 - options.EmbeddingFloor));
        return options.TextSource == TextSimilaritySource.Blend ? (terms + embedded) / 2 : embedded;
    }

    /// <summary>Cosine of sublinear-tf × idf vectors, by a merge join over hash-sorted terms.</summary>
    private double TermSimilarity(IndexedArticle a, IndexedArticle b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Terms.Length; i++)
        {
            var w = a.TermFrequencies[i] * index.TermIdf(a.Terms[i]);
            na += w * w;
        }

        for (var j = 0; j < b.Terms.Length; j++)
        {
            var w = b.TermFrequencies[j] * index.TermIdf(b.Terms[j]);
            nb += w * w;
        }

        for (int i = 0, j = 0; i < a.Terms.Length && j < b.Terms.Length;)
        {
            if (a.Terms[i] < b.Terms[j])
            {
                i++;
            }
            else if (a.Terms[i] > b.Terms[j])
            {
                j++;
            }
            else
            {
                var idf = index.TermIdf(a.Terms[i]);
                dot += a.TermFrequencies[i] * idf * b.TermFrequencies[j] * idf;
                i++;
                j++;
            }
        }

        return na > 0 && nb > 0 ? dot / Math.Sqrt(na * nb) : 0;
    }
}
