using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Relations;

/// <summary>
/// Interaction relations from the ontology's trigger verbs and nouns. Verbs: subject before the verb group,
/// target after it (directly, after one of the trigger's prepositions, or after "by" in the passive).
/// Nouns: the actor is a possessor ("his conversation with", "Russia's invasion of"), a demonym
/// ("US sanctions on") or the subject of a light verb ("held talks with"); "talks between X and Y" joins
/// both. Every relation gets modality, date, topics and, when it happens at a named event, participation.
/// </summary>
public static class TriggerRelationExtractor
{
    private const double ActiveVerb = 0.8;
    private const double PassiveVerb = 0.75;
    private const double JointSubject = 0.75;
    private const double Nominal = 0.7;
    private const int MaxNounModifiers = 4;
    private const int MaxPrepositionGap = 3;
    private const int MaxDateDistance = 12;
    private const int MaxUnnamedObject = 4;

    /// <summary>Words of an unnamed group, and a date after it, before the names of its members ("several European leaders on Monday").</summary>
    private const int MaxUnnamedGroup = 6;
    private const int MaxOuterPhrase = 7;
    private const int MaxWordsBeforePartner = 6;
    private const int MaxUnnamedParties = 8;
    private const int MaxClauseReach = 4;

    public static void Extract(SentenceContext s, RelationSink sink)
    {
        for (var i = s.First; i < s.End; i++)
        {
            // A trigger is a lower-case word, or the capitalised first word of a sentence that names nothing ("Talks between … resumed").
            if (s.IsLowerWord(i) ? s.MentionAt(i) is not null : i != s.First || s.MentionAt(i) is { EntityIndex: not null })
            {
                continue;
            }

            var match = s.Knowledge.Triggers.Match(s.Tokens, i, s.End);
            if (match is null)
            {
                continue;
            }

            var nouns = match.Values.Where(v => v.IsNoun).ToList();
            var verbs = match.Values.Where(v => !v.IsNoun).ToList();
            var nounReading = nouns.Count > 0 && (verbs.Count == 0 || IsNounPosition(s, i, match.End));
            foreach (var sense in (nounReading ? nouns : verbs).DistinctBy(v => v.Type))
            {
                // Structural relations come from titles (RoleRelationExtractor), not from trigger words.
                if (s.Knowledge.Ontology.Find(sense.Type)?.Category != RelationCategory.Interaction)
                {
                    continue;
                }

                if (nounReading)
                {
                    Noun(s, sense, match.Start, match.End, sink);
                }
                else
                {
                    Verb(s, sense, match.Start, match.End, sink);
                }
            }

            i = match.End - 1;
        }
    }

    /// <summary>"a call", "his meeting", "held talks", "Russian strikes", "Indirect talks between …" read as nouns; "he called" as a verb.</summary>
    private static bool IsNounPosition(SentenceContext s, int i, int end) =>
        s.Is("noun-marker", i - 1) || s.Word(end) == "between" || (i - 1 == s.First && s.MentionAt(i - 1) is null && !s.Is("function", i - 1)) || LightVerbBefore(s, i) is not null || s.MentionAt(i - 1) is { Form: MentionForm.Demonym or MentionForm.Metonym } || s.Word(i - 1) is "'s" or "’s";

    private static void Verb(SentenceContext s, TriggerSense sense, int start, int end, RelationSink sink)
    {
        IReadOnlyList<Actor> sources;
        IReadOnlyList<Actor> targets;
        int groupStart;
        double confidence;
        var by = PassiveAgentMarker(s, start, end);
        if (by >= 0)
        {
            sources = ArgumentFinder.HeadsFrom(s, by + 1);
            (targets, groupStart) = ArgumentFinder.FindSubject(s, start);
            confidence = PassiveVerb;
        }
        else
        {
            (sources, groupStart) = ArgumentFinder.FindSubject(s, start);
            var aim = !sources.Any(s.IsActorLabel) && s.Word(start - 1) == "to";
            if (aim)
            {
                // "Putin travels to Alaska to meet with Trump": the aim's subject is the traveller, not the place.
                sources = ArgumentFinder.PurposeSubject(s, start - 1);
            }
            else if (sources.Count == 0 && start - 1 == s.First && s.Is("circumstance", start - 1))
            {
                // "After holding talks with Xi, Starmer says …", "After meeting Trump, Putin …".
                sources = ArgumentFinder.SubjectAfterOpeningPhrase(s, start - 1, end);
            }

            targets = ObjectsAfter(s, sense, end);
            if (sense.ObjectLabels is { } labels)
            {
                targets = [.. targets.Where(t => labels.Contains(s.EntityOf(t).Label))];
            }

            confidence = ActiveVerb;
            // "X and Y hold a call to discuss …" names no new partner: the aim of the call is not a second contact.
            if (targets.Count == 0 && !aim && sense.Joint && sources.Count >= 2 && s.Knowledge.Ontology.IsSymmetric(sense.Type))
            {
                ProposeAmongParties(s, sense.Type, sources, ModalityDetector.FromCues(s, groupStart, start, isNoun: false), JointSubject, start, end, sink);
                return;
            }
        }

        if (sources.Count == 0 || targets.Count == 0)
        {
            return;
        }

        var modality = ModalityDetector.FromCues(s, groupStart, start, isNoun: false);
        Propose(s, sense.Type, sources, targets, modality, confidence, start, end, sink);
    }

    /// <summary>"Egypt, Pakistan, Turkey and Saudi Arabia meet": every pair of the joint subject took part.</summary>
    private static void ProposeAmongParties(SentenceContext s, string type, IReadOnlyList<Actor> parties, Modality modality, double confidence, int triggerStart, int triggerEnd, RelationSink sink)
    {
        for (var a = 0; a < parties.Count - 1; a++)
        {
            for (var b = a + 1; b < parties.Count; b++)
            {
                Propose(s, type, [parties[a]], [parties[b]], modality, confidence, triggerStart, triggerEnd, sink);
            }
        }
    }

    private static void Noun(SentenceContext s, TriggerSense sense, int start, int end, RelationSink sink)
    {
        var k = start - 1;
        var modifiers = 0;
        Actor? modifierActor = null;
        while (k >= s.First && modifiers < MaxNounModifiers && ((s.IsModifierWord(k) && !s.Is("light-verb", k) && !s.Is("circumstance", k)) || s.MentionAt(k) is { Form: MentionForm.Demonym or MentionForm.Metonym } || s.MentionAt(k) is { Type: not MentionType.Person, Form: MentionForm.Name } && s.MentionAt(k)!.EndToken == k + 1 && k == start - 1))
        {
            if (s.MentionAt(k) is { } m)
            {
                modifierActor ??= s.ActorOf(m);
                k = m.FirstToken;
            }

            k--;
            modifiers++;
        }

        var sources = new List<Actor>();
        var scopeStart = k - 1;
        var phraseStart = k + 1;
        if (s.Word(k) is "'s" or "’s" && s.ActorOf(s.MentionAt(k - 1)) is { } possessor)
        {
            sources.Add(possessor);
            phraseStart = possessor.Mention.FirstToken;
            scopeStart = phraseStart - 2;
        }
        else if (s.MentionAt(k) is { Form: MentionForm.Pronoun } pronoun)
        {
            if (s.ActorOf(pronoun) is not { } resolved)
            {
                return;
            }

            sources.Add(resolved);
            phraseStart = k;
            scopeStart = k - 2;
        }
        else if (s.Is("determiner", k))
        {
            phraseStart = k;
            scopeStart = k - 2;
        }

        var verbModality = Modality.Asserted;
        if (sources.Count == 0 && modifierActor is { } modifier)
        {
            sources.Add(modifier);
        }
        else if (sources.Count == 0 && IsCircumstance(s, sense, phraseStart - 1)
                 && ArgumentFinder.MainClauseSubject(s, phraseStart - 1) is { Count: > 0 } mainSubjects)
        {
            // "Russia releases the prisoner after talks with Witkoff": the main clause's subject took part; "for talks" is only an aim.
            sources.AddRange(mainSubjects);
            verbModality = s.Word(phraseStart - 1) == "for" ? Modality.Potential : Modality.Asserted;
        }
        else if (sources.Count == 0 && LightVerbBefore(s, phraseStart) is { } lightVerb)
        {
            var (subjects, groupStart) = ArgumentFinder.FindSubject(s, lightVerb);
            if (subjects.Count == 0 && s.Word(groupStart) == "to")
            {
                // "visits Washington to attend meetings with the World Bank".
                subjects = ArgumentFinder.PurposeSubject(s, groupStart);
            }

            sources.AddRange(subjects);
            verbModality = ModalityDetector.FromCues(s, groupStart, lightVerb, isNoun: false);
        }
        else if (sources.Count == 0 && s.Word(phraseStart - 1) == "in" && s.Is("be", phraseStart - 2))
        {
            // "Cuba is in talks with the U.S.".
            var (subjects, groupStart) = ArgumentFinder.FindSubject(s, phraseStart - 2);
            sources.AddRange(subjects);
            verbModality = ModalityDetector.FromCues(s, groupStart, phraseStart - 2, isNoun: false);
        }

        if (sources.Count == 0 && OpeningPhraseStart(s, phraseStart) is { } opening)
        {
            // "During a phone call with Trump, Putin offers …": the subject after the opening phrase took part.
            sources.AddRange(ArgumentFinder.SubjectAfterOpeningPhrase(s, opening, end));
        }

        var targets = new List<Actor>();
        var preposition = s.Word(end);
        var amongParties = false;
        if (preposition == "between" && sense.Prepositions.Contains("between"))
        {
            // The parties "between" names took part, whoever the clause's subjects are ("China and Pakistan release a plan
            // following a meeting between Wang Yi and Ishaq Dar").
            var parties = ArgumentFinder.HeadsFrom(s, end + 1) is { Count: > 0 } named ? named
                : PartiesInApposition(s, end + 1) is { Count: > 0 } apposed ? apposed
                : ArgumentFinder.TwoNamedBefore(s, s.Word(end + 1).Equals("both", StringComparison.OrdinalIgnoreCase) ? end + 2 : end + 3);
            if (parties.Count > 2 && s.Knowledge.Ontology.IsSymmetric(sense.Type))
            {
                // "talks between Munir, Vance, Witkoff and Araghchi": every pair of the parties.
                sources = [.. parties];
                amongParties = true;
            }
            else if (parties.Count >= 2)
            {
                sources = [parties[0]];
                targets.AddRange(parties.Skip(1));
            }
        }
        else if (preposition.Length > 0 && sense.Prepositions.Contains(preposition))
        {
            targets.AddRange(ArgumentFinder.HeadsFrom(s, end + 1));
        }
        else if (sources.Count == 0 && preposition is "made" or "placed" or "held" && s.Word(end + 1) == "by" && ArgumentFinder.HeadsFrom(s, end + 2) is { Count: > 0 } makers)
        {
            // "a phone call made by President Trump late last July to Ukrainian President Volodymyr Zelensky".
            sources.AddRange(makers);
            if (PartnerPrepositionAfter(s, sense, makers.Max(m => m.Mention.EndToken)) is { } partner)
            {
                targets.AddRange(ArgumentFinder.HeadsFrom(s, partner + 1));
            }
        }

        if (s.Word(phraseStart - 1) == "of")
        {
            // "a potential, unconfirmed second round of talks": the cues qualify the phrase "round of talks" as a whole.
            scopeStart = Math.Min(scopeStart, OuterPhraseStart(s, phraseStart - 1));
        }

        var modality = ModalityDetector.Stronger(verbModality, ModalityDetector.FromCues(s, Math.Max(s.First, scopeStart), start, isNoun: true));
        if (IsInfinitiveAim(s, phraseStart))
        {
            // "an effort to broker a ceasefire deal between …", "efforts to revive talks between …": the aim of an infinitive, not a fact.
            modality = ModalityDetector.Stronger(modality, Modality.Potential);
        }

        if (targets.Count == 0 && sources.Count >= 2 && s.Knowledge.Ontology.IsSymmetric(sense.Type) && (amongParties || !sense.Prepositions.Contains(preposition)))
        {
            // "Araghchi and Dar hold a phone call", "Trump and Putin agree … during a phone call": the joint subject talked with each other.
            ProposeAmongParties(s, sense.Type, sources, modality, Nominal, phraseStart, end, sink);
            return;
        }

        if (sources.Count == 0 && targets.Count > 0 && s.Knowledge.Ontology.IsSymmetric(sense.Type) && ClauseSubjectBefore(s, phraseStart) is { } clause)
        {
            // "Israel agrees to hold direct talks with Lebanon", "Iran is not seeking negotiations with the United States",
            // "Zelenskyy is ready for direct talks with Putin": a contact the subject may, will or will not make. Only then: "Putin
            // praises the talks with the U.S." does not say whose talks they were.
            var clauseModality = ModalityDetector.FromCues(s, clause.GroupStart, phraseStart, isNoun: false);
            if (clauseModality != Modality.Asserted)
            {
                sources.AddRange(clause.Subjects);
                modality = ModalityDetector.Stronger(modality, clauseModality);
            }
        }

        if (sources.Count == 0 || targets.Count == 0)
        {
            return;
        }

        var argumentsEnd = targets.Max(t => t.Mention.EndToken);
        if (IsClauseSubject(s, phraseStart))
        {
            // "talks between Iran and the U.S. will start on Friday": what the clause says of its subject; not so for "after talks …, X will".
            modality = ModalityDetector.Stronger(modality, ModalityDetector.FromCuesAfter(s, argumentsEnd, s.ClauseEnd(argumentsEnd)));
        }

        Propose(s, sense.Type, sources, targets, modality, Nominal, phraseStart, end, sink);
    }

    /// <summary>
    /// The subject of the clause a noun phrase is the object or complement of: the nearest verb a few words before
    /// <paramref name="phraseStart"/>, in the same clause, with no other name or phrase of circumstance between, whose subject is an actor.
    /// </summary>
    private static (IReadOnlyList<Actor> Subjects, int GroupStart)? ClauseSubjectBefore(SentenceContext s, int phraseStart)
    {
        for (var k = phraseStart - 1; k > s.First && phraseStart - k <= MaxClauseReach; k--)
        {
            if (s.IsClauseBoundary(k) || s.Word(k) is "," or "that" or ";" || s.MentionAt(k) is not null || s.Is("circumstance", k))
            {
                return null;
            }

            if (!s.IsLowerWord(k) || s.Is("function", k) || s.Is("determiner", k))
            {
                continue;
            }

            var (subjects, groupStart) = ArgumentFinder.FindSubject(s, k);
            if (subjects.Count > 0)
            {
                return subjects.All(s.IsActorLabel) ? (subjects, groupStart) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "between the two countries' foreign ministers, Wang Yi and Ishaq Dar": the names in apposition to a phrase without
    /// names; none when a name, a clause boundary or no comma comes first.
    /// </summary>
    private static IReadOnlyList<Actor> PartiesInApposition(SentenceContext s, int start)
    {
        for (var i = start; i < Math.Min(s.End, start + MaxUnnamedParties); i++)
        {
            if (s.Word(i) == ",")
            {
                return i > start ? ArgumentFinder.HeadsFrom(s, i + 1) : [];
            }

            if (s.MentionAt(i) is not null || s.IsClauseBoundary(i))
            {
                return [];
            }
        }

        return [];
    }

    /// <summary>
    /// Where a noun trigger's partner is introduced after whoever made it, across a few words of time ("… made by Trump late
    /// last July to Zelensky"): one of the noun's prepositions, or the "to" of whom something was made or placed for, before
    /// any other name or clause boundary.
    /// </summary>
    private static int? PartnerPrepositionAfter(SentenceContext s, TriggerSense sense, int from)
    {
        for (var i = from; i < Math.Min(s.End, from + MaxWordsBeforePartner); i++)
        {
            if (sense.Prepositions.Contains(s.Word(i)) || s.Word(i) == "to")
            {
                return i;
            }

            if (s.MentionAt(i) is not null || s.IsClauseBoundary(i) || s.Word(i) is "," or ";")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the noun phrase (or the phrase "another round of …" around it) opens its clause, so that later cues in
    /// the clause speak of it; not so for "after talks with …, X will …".
    /// </summary>
    private static bool IsClauseSubject(SentenceContext s, int phraseStart)
    {
        var j = NounPhraseStart(s, phraseStart);
        if (s.Word(j - 1) == "of")
        {
            j = NounPhraseStart(s, j - 1);
        }

        var before = s.Word(j - 1);
        return j == s.First || s.Word(j) == "that" || before is "that" or "," or ";" or ":" or "\"" or "“" || s.IsClauseBoundary(j - 1)
               || (s.IsLowerWord(j - 1) && s.Knowledge.Reporting.Match(s.Tokens, j - 1, s.End) is not null);
    }

    /// <summary>The determiner opening the phrase before "of" ("a potential, unconfirmed second round of …"), or <paramref name="of"/> itself.</summary>
    private static int OuterPhraseStart(SentenceContext s, int of)
    {
        for (var j = of - 1; j >= Math.Max(s.First, of - MaxOuterPhrase); j--)
        {
            if (s.Is("determiner", j))
            {
                return j;
            }

            if (s.MentionAt(j) is not null || s.IsClauseBoundary(j) || ArgumentFinder.IsPreposition(s, j) || !(s.IsLowerWord(j) || s.Word(j) == ","))
            {
                break;
            }
        }

        return of;
    }

    /// <summary>The first token of the noun phrase ending before <paramref name="end"/>: its modifiers ("planned", "another round") and one determiner.</summary>
    private static int NounPhraseStart(SentenceContext s, int end)
    {
        var j = end;
        if (s.Is("determiner", j))
        {
            return j;
        }

        for (var skipped = 0; skipped < MaxNounModifiers && s.IsModifierWord(j - 1); skipped++)
        {
            j--;
        }

        return s.Is("determiner", j - 1) ? j - 1 : j;
    }

    private static bool IsInfinitiveAim(SentenceContext s, int phraseStart) =>
        (s.Word(phraseStart - 2) == "to" && s.IsLowerWord(phraseStart - 1) && !s.Is("function", phraseStart - 1))
        || (s.Word(phraseStart - 1) == "to" && s.IsLowerWord(phraseStart) && !s.Is("function", phraseStart) && !s.Is("determiner", phraseStart));

    /// <summary>Where a sentence-opening phrase around the noun starts ("During a phone call with …", "After holding talks with …", "At a meeting with …"), or null.</summary>
    private static int? OpeningPhraseStart(SentenceContext s, int phraseStart)
    {
        var k = phraseStart - 1;
        if (LightVerbBefore(s, phraseStart) is { } lightVerb && s.Word(lightVerb).EndsWith("ing", StringComparison.Ordinal))
        {
            k = lightVerb - 1;
        }

        return k == s.First && (s.Is("circumstance", k) || s.Is("setting", k)) ? k : null;
    }

    /// <summary>"after talks with", "following negotiations with"; for a symmetric contact also "in a meeting with", "at talks with".</summary>
    private static bool IsCircumstance(SentenceContext s, TriggerSense sense, int i) =>
        s.Is("circumstance", i) || (s.Is("setting", i) && s.Knowledge.Ontology.IsSymmetric(sense.Type));

    /// <summary>The light verb whose subject acts through the noun ("held talks", "imposed new sanctions"), looking back over the noun's modifiers.</summary>
    private static int? LightVerbBefore(SentenceContext s, int phraseStart)
    {
        var j = phraseStart - 1;
        for (var skipped = 0; skipped < MaxNounModifiers && j >= s.First && !s.Is("light-verb", j) && (s.Is("noun-marker", j) || s.IsModifierWord(j)); skipped++)
        {
            j--;
        }

        return j >= s.First && s.Is("light-verb", j) ? j : null;
    }

    private static void Propose(SentenceContext s, string type, IReadOnlyList<Actor> sources, IReadOnlyList<Actor> targets, Modality modality, double confidence, int triggerStart, int triggerEnd, RelationSink sink)
    {
        var participants = sources.Concat(targets).Select(a => a.Entity).ToHashSet();
        var argumentsEnd = Math.Max(triggerEnd, targets.Max(t => t.Mention.EndToken));
        var argumentsStart = Math.Min(triggerStart, sources.Min(a => ArgumentFinder.GroupStartOf(s, a.Mention)));
        if (modality == Modality.Asserted && ModalityDetector.IsReported(s, argumentsStart, argumentsEnd, participants))
        {
            modality = Modality.Reported;
        }

        var clauseStart = ClauseStart(s, argumentsStart);
        var clauseEnd = s.ClauseEnd(argumentsEnd);
        var atEvent = EventAfter(s, argumentsEnd, clauseEnd);
        var date = DateIn(s, clauseStart, Math.Min(clauseEnd, DateHorizon(s, argumentsEnd, clauseEnd))) ?? (atEvent is { } e ? s.EntityOf(e).Date : null);
        var topics = TopicFinder.Find(s, argumentsEnd, participants);
        var accepted = new List<Actor>();
        foreach (var source in sources)
        {
            foreach (var target in targets)
            {
                if (sink.Add(new ProposedRelation(type, source, target, modality, confidence, s.Sentence) { Date = date, Topics = topics }))
                {
                    accepted.Add(source);
                    accepted.Add(target);
                }
            }
        }

        if (atEvent is { } eventActor)
        {
            foreach (var participant in accepted.DistinctBy(a => a.Entity))
            {
                sink.Add(new ProposedRelation("PARTICIPATES_IN", participant, eventActor, modality, confidence * 0.9, s.Sentence) { Date = date });
            }
        }
    }

    /// <summary>"was rebuffed by": a form of "be" before the participle and "by" after it; returns the index of "by" or -1.</summary>
    private static int PassiveAgentMarker(SentenceContext s, int start, int end)
    {
        var be = start - 1;
        while (be >= s.First && (s.Word(be).EndsWith("ly", StringComparison.Ordinal) || s.Word(be) is "not" or "also"))
        {
            be--;
        }

        if (!s.Is("be", be))
        {
            return -1;
        }

        for (var i = end; i < Math.Min(s.End, end + 3); i++)
        {
            if (s.Word(i) == "by")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Targets after a verb: after one of its prepositions (a few adverbs may come between) or as its direct object.</summary>
    private static IReadOnlyList<Actor> ObjectsAfter(SentenceContext s, TriggerSense sense, int end)
    {
        for (var i = end; i < Math.Min(s.End, end + MaxPrepositionGap); i++)
        {
            var word = s.Word(i);
            if (word.Length > 0 && sense.Prepositions.Contains(word))
            {
                return ArgumentFinder.HeadsFrom(s, i + 1) is { Count: > 0 } partners
                    ? WithRepeatedPreposition(s, word, partners)
                    : MembersOfUnnamedGroup(s, sense, i + 1);
            }

            var adverb = s.IsLowerWord(i) && (word.EndsWith("ly", StringComparison.Ordinal) || word is "by" or "phone" or "telephone" or "video" or "again" or "also");
            var beforeDate = word is "on" or "last" or "this" && s.Index.Dates[Math.Min(i + 1, s.End - 1)] is not null;
            if (word is "in" or "at" && s.MentionAt(i + 1) is { } place && s.Word(place.EndToken) is { } next && sense.Prepositions.Contains(next))
            {
                // "met in Damascus with …": a place between the verb and its preposition.
                return ArgumentFinder.HeadsFrom(s, place.EndToken + 1);
            }

            if (!adverb && !beforeDate && s.Index.Dates[i] is null)
            {
                break;
            }
        }

        if (sense.TakesDirectObject)
        {
            return ArgumentFinder.DirectObjects(s, end, s.Knowledge.Ontology.Find(sense.Type)?.NestedTarget ?? false) is { Count: > 0 } objects
                ? objects
                : MembersOfUnnamedGroup(s, sense, end);
        }

        // "discussed his findings with Wikinews": the partner follows a short unnamed object.
        var k = end;
        while (k < Math.Min(s.End, end + MaxUnnamedObject) && s.MentionAt(k) is null or { Form: MentionForm.Pronoun } && (s.Is("determiner", k) || s.IsModifierWord(k)))
        {
            k++;
        }

        return k > end && sense.Prepositions.Contains(s.Word(k)) ? ArgumentFinder.HeadsFrom(s, k + 1) : [];
    }

    /// <summary>
    /// "spoke with several world leaders, including Vladimir Putin and Emmanuel Macron", "met European counterparts, among
    /// them …": a meeting, a call or talks with an unnamed group is one with the members the sentence names after a
    /// <c>group-member-cue</c> (Data/syntax.tsv).
    /// </summary>
    private static IReadOnlyList<Actor> MembersOfUnnamedGroup(SentenceContext s, TriggerSense sense, int start)
    {
        if (!s.Knowledge.Ontology.IsSymmetric(sense.Type))
        {
            return [];
        }

        var k = start;
        while (k < Math.Min(s.End, start + MaxUnnamedGroup)
            && (s.MentionAt(k) is null or { Form: MentionForm.Demonym } or { Type: MentionType.Misc } || s.Index.Dates[k] is not null) && char.IsLetterOrDigit(s.Word(k).FirstOrDefault())
            && !s.Is("clause-break", k) && !s.Is("aux", k) && s.Knowledge.Words.StartsWith("group-member-cue", s.Tokens, k, s.End) == 0)
        {
            k++;
        }

        if (k == start)
        {
            return [];
        }

        if (s.Word(k) == ",")
        {
            k++;
        }

        var cue = s.Knowledge.Words.StartsWith("group-member-cue", s.Tokens, k, s.End);
        var members = cue > 0 ? ArgumentFinder.HeadsFrom(s, k + cue) : [];

        // "including CNN's Jake Tapper": a possessor is no member.
        return members.Any(m => s.Word(m.Mention.EndToken) is "'s" or "’s") ? [] : members;
    }

    /// <summary>
    /// "met with the International Monetary Fund, then with President Trump", "talked with Macron and later with Scholz": the
    /// preposition again, after a comma or "and" and perhaps a word of sequence, names more partners.
    /// </summary>
    private static IReadOnlyList<Actor> WithRepeatedPreposition(SentenceContext s, string preposition, IReadOnlyList<Actor> heads)
    {
        if (heads.Count == 0)
        {
            return heads;
        }

        var all = heads.ToList();
        var i = heads.Max(h => h.Mention.EndToken);
        while (true)
        {
            var k = i;
            if (s.Word(k) == ",")
            {
                k++;
            }

            if (s.Word(k) == "and")
            {
                k++;
            }

            if (k > i && s.Is("sequence-word", k))
            {
                k++;
            }

            if (k == i || s.Word(k) != preposition || ArgumentFinder.HeadsFrom(s, k + 1) is not { Count: > 0 } more)
            {
                return all;
            }

            all.AddRange(more);
            i = more.Max(h => h.Mention.EndToken);
        }
    }

    private static int ClauseStart(SentenceContext s, int from)
    {
        for (var i = from - 1; i >= s.First; i--)
        {
            if (s.IsClauseBoundary(i))
            {
                return i + 1;
            }
        }

        return s.First;
    }

    /// <summary>
    /// Where a date can still belong to this relation: not past a phrase that sets another time reference
    /// ("… before Trump's inauguration on January 20") and not far beyond the arguments.
    /// </summary>
    private static int DateHorizon(SentenceContext s, int from, int clauseEnd)
    {
        var limit = Math.Min(clauseEnd, from + MaxDateDistance);
        for (var i = from; i < limit; i++)
        {
            if (s.Word(i) is "before" or "after" or "since" or "until" or "ahead" or "following" or "amid" or "than")
            {
                return i;
            }
        }

        return limit;
    }

    private static DateOnly? DateIn(SentenceContext s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (s.Index.Dates[i] is { Date: { } date })
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A named event the interaction happens at ("… at the Munich Security Conference").</summary>
    private static Actor? EventAfter(SentenceContext s, int from, int clauseEnd)
    {
        for (var i = from; i < clauseEnd - 1; i++)
        {
            if (s.Word(i) is "at" or "during" or "on the sidelines of")
            {
                var (head, _) = ArgumentFinder.HeadAt(s, i + 1, 0);
                if (head is { } h && s.EntityOf(h).Label == EntityLabel.Event)
                {
                    return h;
                }
            }
        }

        return null;
    }
}
