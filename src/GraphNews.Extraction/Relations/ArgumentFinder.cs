using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Relations;

/// <summary>
/// Finds the arguments of a trigger in one sentence: the subject that opens the verb group before it
/// (across an appositive or "who" clause), the heads of the noun phrases after it ("Ukrainian President
/// Volodymyr Zelenskyy" → Zelenskyy), and the parties joined by "and".
/// </summary>
public static class ArgumentFinder
{
    private const int MaxObjectDistance = 8;
    private const int MaxAppositiveLength = 30;
    private const int MaxListLength = 6;
    private const int MaxWordsBeforeTitle = 2;
    private const int MaxWordsBeforeName = 3;

    // How far a comma-separated list of titled names may run before its "and" ("X, U.S. vice president Y, U.S. special envoy Z, and …").
    private const int MaxListSpan = 30;
    private const int MaxTitlePhrase = 6;
    private const int MaxOpeningPhrase = 25;

    /// <summary>The subject(s) of a verb group ending just before <paramref name="verbStart"/>, and where the verb group begins.</summary>
    public static (IReadOnlyList<Actor> Subjects, int GroupStart) FindSubject(SentenceContext s, int verbStart)
    {
        var j = verbStart - 1;
        if (s.Word(j) == "," && s.Word(verbStart).EndsWith("ing", StringComparison.Ordinal))
        {
            // "…, accusing Trump of …": a participle clause whose subject is somewhere in the main clause.
            return ([], verbStart);
        }

        while (j >= s.First && IsVerbGroupWord(s, j))
        {
            j--;
        }

        var groupStart = j + 1;
        if (s.Word(j) == "," && IsListOfWhomOfficialsActFor(s, j - 1))
        {
            // "The foreign ministers of Egypt, Pakistan, Turkey and Saudi Arabia, meet …": a stray comma after the list.
            j--;
        }

        if (s.Word(j) == "who" && s.Word(j - 1) == ",")
        {
            j -= 2;
        }
        else if (s.Word(j) == "," && AppositiveName(s, j) is { } appositive)
        {
            // "The Italian Foreign Minister, Antonio Tajani, meets …": the appositive is the name of the subject.
            j = appositive.EndToken - 1;
        }
        else if (s.Word(j) == ",")
        {
            // "Keith Kellogg, the lead White House envoy for Russia and Ukraine, is scheduled to …": skip the appositive.
            var open = j - 1;
            while (open >= s.First && open > j - MaxAppositiveLength && s.Word(open) != "," && !s.IsClauseBoundary(open))
            {
                open--;
            }

            if (s.Word(open) is "who" or "which" && s.Word(open - 1) == ",")
            {
                // "Boccaletti, who works at the Observatoire de Paris, discussed …": a relative clause set off like an appositive.
                open--;
            }

            if (s.Word(open) != "," || open <= s.First)
            {
                return ([], groupStart);
            }

            j = open - 1;
            if (s.Word(j).All(char.IsAsciiDigit) && s.Word(j - 1) == ",")
            {
                // "Emily Spanton, 39, who has waived her right to anonymity, met …": the age is a second appositive.
                j -= 2;
            }
        }

        if (TwoNamedBefore(s, j) is { Count: 2 } pair)
        {
            // "Turkey and Greece had poor relations, but the leaders of the two countries spoke by telephone".
            return (pair, groupStart);
        }

        if (s.Word(j) == "and" && (s.MentionAt(j - 1) is not { } beforeAnd || GroupStartOf(s, beforeAnd) > s.First) && SentenceSubject(s, j) is { } shared)
        {
            // "Raab urged the embassy to reconsider and spoke with Pompeo": the verbs share the sentence's subject; a base form
            // shares what governs the first verb too ("is expected to receive the medal and meet Netanyahu").
            var baseForm = s.Knowledge.Triggers.Match(s.Tokens, verbStart, s.End)?.Values.Any(v => v.IsBaseForm) == true;
            return ([shared], baseForm ? shared.Mention.EndToken : groupStart);
        }

        if (s.Word(j) == ")" && s.Word(j - 2) == "(" && s.MentionAt(j - 3) is not null)
        {
            // "The African Union (AU) holds …".
            j -= 3;
        }

        if (s.TitleAt(j) is { } bareTitle && s.MentionAt(bareTitle.FirstToken - 1) is { Type: not MentionType.Person, Form: MentionForm.Name or MentionForm.Demonym } body)
        {
            // "A Board of Peace envoy meets …", "the Russian ambassador met …": the body the unnamed official acts for.
            j = body.EndToken - 1;
        }

        if (NameBeforeCompanions(s, j) is { } named)
        {
            // "Zelenskyy and several other European leaders meet with Trump": the named party leads the group.
            j = named;
        }
        else if (DemonymSubjects(s, j) is { Count: > 0 } demonyms)
        {
            // "Israeli and Lebanese officials meet …": the countries act through their officials.
            return (demonyms, groupStart);
        }

        var head = s.ActorOf(s.MentionAt(j));
        if (head is null || (s.MentionAt(j)!.Form == MentionForm.Demonym && s.TitleAt(j + 1) is null))
        {
            return ([], groupStart);
        }

        var headStart = GroupStartOf(s, head.Value.Mention);
        if (s.Word(headStart - 1) == "of" && s.ActorOf(s.MentionAt(headStart - 2)) is { } holder && s.EntityOf(holder).Label == Domain.EntityLabel.Person)
        {
            // "King Abdullah II of Jordan meets …": the person is the subject.
            head = holder;
        }
        else if (IsPreposition(s, SkipBackOverModifiers(s, (head.Value.Mention.Type == MentionType.Person ? headStart : PlaceChainStart(s, headStart)) - 1)))
        {
            // "Engineers in Khartoum are attacked …": the name sits in a phrase, the subject is something else.
            return ([], groupStart);
        }

        var subjects = new List<Actor> { head.Value };
        subjects.InsertRange(0, CoordinatedBefore(s, head.Value.Mention));
        var listStart = PhraseStartOf(s, subjects[0].Mention);
        if (subjects.Count > 1 && IsPreposition(s, SkipBackOverModifiers(s, listStart - 1)) && !s.Is("actor-noun", SkipBackOverModifiers(s, listStart - 1) - 1))
        {
            // "a proposal by Pakistan and Qatar to resume talks": the list sits in a phrase, the subject is something else ("officials from X and Y" excepted).
            return ([], groupStart);
        }

        return (subjects, groupStart);
    }

    /// <summary>
    /// "the two countries", "both leaders", "the leaders of the two countries" ending at <paramref name="end"/>: the two parties
    /// of that kind the sentence named before it, or else the sentence before, when it named exactly two; none otherwise.
    /// </summary>
    public static IReadOnlyList<Actor> TwoNamedBefore(SentenceContext s, int end)
    {
        var noun = s.Word(end).ToLowerInvariant();
        var start = s.Word(end - 1) == "two" && s.Word(end - 2).ToLowerInvariant() == "the" ? end - 2 : s.Word(end - 1).ToLowerInvariant() == "both" ? end - 1 : -1;
        if (start < 0 || s.Knowledge.Words.ValueOf("pair-noun", noun) is not { } kind)
        {
            return [];
        }

        if (s.Word(start - 1) == "of" && s.Is("actor-noun", start - 2))
        {
            // "the leaders of the two countries": the countries act through their leaders.
            start = s.Word(start - 3).ToLowerInvariant() == "the" ? start - 3 : start - 2;
        }

        bool OfKind(LinkedEntity entity) => kind == "country" ? entity.Label == Domain.EntityLabel.Country : entity.Label == Domain.EntityLabel.Person;
        var inSentence = s.Document.Mentions
            .Where(m => m.Sentence == s.Sentence.Index && m.EndToken <= start && m.EntityIndex is { } e && OfKind(s.Document.Entities[e]))
            .ToList();
        var named = inSentence.Count > 0 ? inSentence
            : s.Document.Mentions.Where(m => m.Sentence == s.Sentence.Index - 1 && m.EntityIndex is { } e && OfKind(s.Document.Entities[e])).ToList();
        var parties = named.GroupBy(m => m.EntityIndex!.Value).Select(g => new Actor(g.Key, g.First())).ToList();
        return parties.Count == 2 ? parties : [];
    }

    /// <summary>A list of names ending at <paramref name="end"/> after "of" and an actor noun: "the foreign ministers of Egypt, Pakistan and Turkey".</summary>
    private static bool IsListOfWhomOfficialsActFor(SentenceContext s, int end)
    {
        if (s.MentionAt(end) is not { } last || CoordinatedBefore(s, last) is not { Count: > 0 } listed)
        {
            return false;
        }

        var before = PhraseStartOf(s, listed[0].Mention) - 1;
        return s.Word(before) == "of" && s.Is("actor-noun", before - 1);
    }

    /// <summary>
    /// The names listed before a subject: "Shabana Mahmood, energy secretary Ed Miliband, and transport secretary
    /// Heidi Alexander meet …" gives Mahmood and Miliband for Alexander. A comma joins only when an "and" closes the list.
    /// </summary>
    private static List<Actor> CoordinatedBefore(SentenceContext s, Mention last)
    {
        var found = new List<Actor>();
        var before = PhraseStartOf(s, last) - 1;
        var sawAnd = false;
        while (found.Count < MaxListLength)
        {
            var joiner = before;
            if (s.Word(joiner) == "and")
            {
                sawAnd = true;
                joiner -= s.Word(joiner - 1) == "," ? 1 : 0;
            }
            else if (s.Word(joiner) != "," || !sawAnd)
            {
                break;
            }

            if (s.MentionAt(joiner - 1) is not { Form: not MentionForm.Demonym and not MentionForm.Pronoun } previous || s.ActorOf(previous) is not { } actor)
            {
                break;
            }

            found.Insert(0, actor);
            before = PhraseStartOf(s, previous) - 1;
        }

        return found;
    }

    /// <summary>
    /// The countries of demonyms before an actor noun that ends at <paramref name="j"/>: "Israeli and Lebanese officials",
    /// "the Pakistani and Iranian governments". Empty when <paramref name="j"/> is no actor noun.
    /// </summary>
    private static List<Actor> DemonymSubjects(SentenceContext s, int j)
    {
        if (!s.Is("actor-noun", j))
        {
            return [];
        }

        var k = j - 1;
        for (var skipped = 0; skipped < MaxWordsBeforeTitle && s.MentionAt(k) is null && s.IsModifierWord(k); skipped++)
        {
            k--;
        }

        var found = new List<Actor>();
        while (s.MentionAt(k) is { Form: MentionForm.Demonym } demonym && s.ActorOf(demonym) is { } country)
        {
            found.Insert(0, country);
            k = demonym.FirstToken - 1;
            if (s.Word(k) is not ("and" or ","))
            {
                break;
            }

            k--;
        }

        return found;
    }

    /// <summary>The last token of a name before "and (several other …) leaders" that ends at <paramref name="j"/>, or null.</summary>
    private static int? NameBeforeCompanions(SentenceContext s, int j)
    {
        if (!s.Is("actor-noun", j))
        {
            return null;
        }

        var k = j - 1;
        for (var skipped = 0; skipped < MaxListLength && (s.IsModifierWord(k) || s.Is("quantifier", k) || s.MentionAt(k) is { Form: MentionForm.Demonym } or { EntityIndex: null } || IsCapitalisedAdjective(s, k)); skipped++)
        {
            k = s.MentionAt(k)?.FirstToken - 1 ?? k - 1;
        }

        return s.Word(k) == "and" && s.MentionAt(k - 1) is { Form: MentionForm.Name } name && s.ActorOf(name) is not null ? k - 1 : null;
    }

    /// <summary>A capitalised word that is neither a name nor a function word ("European" when no country is linked to it).</summary>
    private static bool IsCapitalisedAdjective(SentenceContext s, int k) =>
        s.Word(k) is { Length: > 1 } w && char.IsUpper(w[0]) && s.MentionAt(k) is null && s.TitleAt(k) is null && !s.Is("function", k) && k > s.First;

    /// <summary>A person's name set off by commas right before <paramref name="comma"/> ("the Italian Foreign Minister, Antonio Tajani,").</summary>
    private static Mention? AppositiveName(SentenceContext s, int comma)
    {
        var name = s.MentionAt(comma - 1);
        return name is { Type: MentionType.Person, Form: MentionForm.Name } && s.Word(name.FirstToken - 1) == "," && s.TitleAt(name.FirstToken - 2) is not null ? name : null;
    }

    /// <summary>Where a name's phrase begins: its titles, the names qualifying them and the lower-case words before a title ("transport secretary").</summary>
    private static int PhraseStartOf(SentenceContext s, Mention mention)
    {
        var start = GroupStartOf(s, mention);
        if (start == mention.FirstToken)
        {
            return start;
        }

        for (var skipped = 0; skipped < MaxWordsBeforeTitle && s.IsModifierWord(start - 1) && !s.Is("role-block", start - 1); skipped++)
        {
            start--;
        }

        // "Syrian de facto leader Ahmed al-Sharaa": the country before the words qualifies the title too.
        return s.MentionAt(start - 1) is { Type: not MentionType.Person, Form: MentionForm.Name or MentionForm.Demonym } country ? country.FirstToken : start;
    }

    /// <summary>The noun-phrase heads starting at <paramref name="start"/>, joined by "and" (and commas before a final "and").</summary>
    public static IReadOnlyList<Actor> HeadsFrom(SentenceContext s, int start, int maxSkip = 2)
    {
        var heads = new List<Actor>();
        var i = start;
        while (i < s.End)
        {
            var (head, end) = HeadAt(s, i, maxSkip);
            if (head is null)
            {
                break;
            }

            heads.Add(head.Value);
            if (s.Word(end) == "and" || (s.Word(end) == "," && ListContinues(s, end)))
            {
                // The serial comma: "X, Y, and Z".
                i = s.Word(end) == "," && s.Word(end + 1) == "and" ? end + 2 : end + 1;
                maxSkip = 2;
                continue;
            }

            break;
        }

        return heads;
    }

    /// <summary>
    /// The direct object after a verb: the head of the noun phrase starting at <paramref name="start"/>
    /// ("accuses Hamas of", "met Ukrainian President Volodymyr Zelenskyy"). With <paramref name="nested"/>,
    /// also the partner named by "with/from/by" inside that phrase ("rebuffed the prospect of talks with the US").
    /// </summary>
    public static IReadOnlyList<Actor> DirectObjects(SentenceContext s, int start, bool nested)
    {
        if (s.Is("function", start) && !s.Is("determiner", start) && s.MentionAt(start) is null)
        {
            // "calls for …", "met in Addis Ababa": a preposition, not a direct object.
            return [];
        }

        var limit = Math.Min(s.End, start + MaxObjectDistance);
        var phraseHead = true;
        var lastPreposition = "";
        for (var i = start; i < limit; i++)
        {
            var word = s.Word(i);
            if (word is "," or "." or ";" or ":" or "\"" or "that" or "to" or "who" or "which" || s.Is("aux", i) || s.Is("clause-break", i))
            {
                return [];
            }

            if (s.MentionAt(i) is not null || s.TitleAt(i) is not null)
            {
                if (!phraseHead && !(nested && lastPreposition is "with" or "from" or "by"))
                {
                    return [];
                }

                var heads = HeadsFrom(s, i, 0);
                var after = heads.Count > 0 ? s.Word(heads[^1].Mention.EndToken) : "";
                // "calls Rwanda's support …" (a possessor) and "calls Zelenskyy a dictator" (a complement) are not objects.
                // "to host Iran–U.S. talks": names joined by a dash qualify the object, they are not the object.
                return after is "'s" or "’s" or "–" or "-" || (phraseHead && after is "a" or "an" or "\"" or "“") ? [] : heads;
            }

            // Without nesting only determiners (and a role noun: "met bassist Jack Bruce") may precede the object's name: "the policies Trump mentioned" has no object Trump.
            var roleNoun = phraseHead && s.IsModifierWord(i) && s.MentionAt(i + 1) is { Type: MentionType.Person, Form: MentionForm.Name };
            if (!s.Is("determiner", i) && !roleNoun && !(nested && s.IsModifierWord(i)))
            {
                lastPreposition = word;
                if (!nested)
                {
                    return [];
                }

                phraseHead = false;
            }
        }

        return [];
    }

    /// <summary>The head at <paramref name="start"/> after determiners, modifiers, titles and the country or body they name, and the token after it.</summary>
    public static (Actor? Head, int End) HeadAt(SentenceContext s, int start, int maxSkip)
    {
        var i = start;
        var skipped = 0;
        while (i < s.End && (s.Is("determiner", i) || s.Is("role-skip", i) || s.Word(i) == "both") && skipped <= maxSkip + 2)
        {
            i++;
            skipped++;
        }

        while (i < s.End && s.MentionAt(i) is null && s.TitleAt(i) is null && s.IsModifierWord(i) && skipped < maxSkip)
        {
            i++;
            skipped++;
        }

        if (s.Is("actor-noun", i) && s.MentionAt(i) is null && s.TitleAt(i) is null && s.Word(i + 1) is "of" or "from")
        {
            i++;
        }

        if (s.Word(i) is "of" or "from" && s.Is("actor-noun", i - 1) && i > start)
        {
            // "the foreign ministers of the United Kingdom, Germany and France": the countries they speak for.
            i++;
            while (i < s.End && s.Is("determiner", i))
            {
                i++;
            }
        }

        var modifier = s.MentionAt(i);
        var afterModifier = modifier is null ? i : modifier.EndToken;
        if (s.Word(afterModifier) is "'s" or "’s")
        {
            afterModifier++;
        }

        if (modifier is { Form: MentionForm.Demonym or MentionForm.Name, Type: not MentionType.Person } && WordsBeforeTitleOrPerson(s, afterModifier) is { } skippedTo)
        {
            // "Syrian interim president Ahmed al-Sharaa", "his Indonesian counterpart Prabowo Subianto".
            if (s.MentionAt(skippedTo) is { } named)
            {
                return (s.ActorOf(named), named.EndToken);
            }

            afterModifier = skippedTo;
        }

        var titled = afterModifier;
        while (s.TitleAt(titled) is { } title)
        {
            titled = title.EndToken;
        }

        if (titled > afterModifier || (modifier is null && s.TitleAt(i) is not null))
        {
            var bodyStart = titled + 1;
            while (s.Is("determiner", bodyStart))
            {
                bodyStart++;
            }

            if (s.Word(titled) is "of" or "from" && s.MentionAt(bodyStart) is { Type: not MentionType.Person, Form: MentionForm.Name } body)
            {
                // "President of France Emmanuel Macron" names the person; "the foreign ministers of the United Kingdom, Germany …" the countries.
                if (s.MentionAt(body.EndToken) is { Type: MentionType.Person, Form: MentionForm.Name } holder)
                {
                    return (s.ActorOf(holder), holder.EndToken);
                }

                if (s.Word(titled - 1).EndsWith('s'))
                {
                    return (s.ActorOf(body), body.EndToken);
                }
            }

            var person = s.MentionAt(titled);
            if (person is null && AppositiveAfterTitle(s, titled) is { } appositive)
            {
                // "Russian ambassador to the nation, Igor Gromyko": the name follows the title's own phrase.
                person = appositive;
            }

            return person is not null && person.Form != MentionForm.Pronoun ? (s.ActorOf(person), person.EndToken) : (null, titled);
        }

        if (modifier is null || modifier.Form == MentionForm.Pronoun && modifier.Text is "his" or "her")
        {
            return (null, i);
        }

        if (modifier.Form == MentionForm.Demonym)
        {
            // "Ukrainian officials" acts for Ukraine; "the Ukrainian conflict" names no actor.
            var noun = modifier.EndToken;
            for (var words = 0; words < MaxWordsBeforeTitle && !s.Is("actor-noun", noun) && s.IsModifierWord(noun); words++)
            {
                noun++;
            }

            if (s.Is("actor-noun", noun))
            {
                return (s.ActorOf(modifier), noun + 1);
            }

            // "the Pakistani and Iranian governments": the first demonym shares the noun after the last.
            return s.Word(modifier.EndToken) is "and" or "," && DemonymSubjects(s, LastActorNounOfList(s, modifier.EndToken)).Count > 1
                ? (s.ActorOf(modifier), modifier.EndToken)
                : (null, modifier.EndToken);
        }

        return (s.ActorOf(modifier), modifier.EndToken);
    }

    /// <summary>Where lower-case words after a country lead to a title or a person's name ("interim president", "counterpart Prabowo"), the index of that title or name.</summary>
    private static int? WordsBeforeTitleOrPerson(SentenceContext s, int from)
    {
        var i = from;
        for (var skipped = 0; skipped < MaxWordsBeforeName && s.TitleAt(i) is null && s.MentionAt(i) is null && (s.IsModifierWord(i) || s.Is("role-skip", i)); skipped++)
        {
            i++;
        }

        return i > from && (s.TitleAt(i) is not null || s.MentionAt(i) is { Type: MentionType.Person, Form: MentionForm.Name }) ? i : null;
    }

    /// <summary>A person's name after a comma closing the title's own short phrase ("ambassador to the nation, Igor Gromyko").</summary>
    private static Mention? AppositiveAfterTitle(SentenceContext s, int titleEnd)
    {
        for (var i = titleEnd; i < Math.Min(s.End, titleEnd + MaxTitlePhrase); i++)
        {
            if (s.Word(i) == ",")
            {
                var name = s.MentionAt(i + 1);
                return name is { Type: MentionType.Person, Form: MentionForm.Name } && s.Word(name.EndToken) is "," or "." or "" or "and" ? name : null;
            }

            if (s.IsClauseBoundary(i) || s.MentionAt(i) is { Type: MentionType.Person })
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The actor noun closing a list of demonyms that starts at <paramref name="joiner"/> ("and Iranian governments").</summary>
    private static int LastActorNounOfList(SentenceContext s, int joiner)
    {
        var i = joiner;
        while (s.Word(i) is "and" or "," && s.MentionAt(i + 1) is { Form: MentionForm.Demonym } next)
        {
            i = next.EndToken;
        }

        for (var skipped = 0; skipped < MaxWordsBeforeTitle && !s.Is("actor-noun", i) && s.IsModifierWord(i); skipped++)
        {
            i++;
        }

        return i;
    }

    /// <summary>The first token of a name together with the titles and country or body before it ("US President Donald Trump").</summary>
    public static int GroupStartOf(SentenceContext s, Mention mention)
    {
        var i = mention.FirstToken - 1;
        var sawTitle = false;
        while (i >= s.First)
        {
            if (s.TitleAt(i) is { } title)
            {
                sawTitle = true;
                i = title.FirstToken - 1;
            }
            else if (sawTitle && s.MentionAt(i) is { Type: not MentionType.Person, Form: not MentionForm.Pronoun } modifier)
            {
                // "U.S. Middle East Envoy Steve Witkoff": every name before the title qualifies it.
                i = modifier.FirstToken - 1;
            }
            else
            {
                break;
            }
        }

        return i + 1;
    }

    private static bool IsVerbGroupWord(SentenceContext s, int j)
    {
        var w = s.Word(j);
        if (w.Length == 0 || !s.IsLowerWord(j) && w is not "n't")
        {
            return false;
        }

        return s.Is("aux", j) || w is "to" or "n't" or "not" || (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4)
               || s.Knowledge.Modality.Match(s.Tokens, j, s.End) is not null
               || IsInsideModalityCue(s, j);
    }

    private static bool IsInsideModalityCue(SentenceContext s, int j)
    {
        for (var start = Math.Max(s.First, j - 2); start < j; start++)
        {
            if (s.Knowledge.Modality.Match(s.Tokens, start, s.End) is { } cue && cue.End > j)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The actor that opens the sentence (after its titles), when nothing but words without names and commas lie between it and <paramref name="before"/>.</summary>
    public static Actor? SentenceSubject(SentenceContext s, int before, bool peopleOnly = true)
    {
        Mention? mention = null;
        for (var i = s.First; i < before && mention is null; i++)
        {
            if (s.MentionAt(i) is { Form: not MentionForm.Demonym } m && (m.Form != MentionForm.Pronoun || i == s.First) && s.ActorOf(m) is { } a
                && (peopleOnly ? s.EntityOf(a).Label == Domain.EntityLabel.Person : s.IsActorLabel(a)) && GroupStartOf(s, m) == s.First
                && s.TitleAt(m.EndToken) is null && s.MentionAt(m.EndToken) is null)
            {
                mention = m;
            }
            else if (s.MentionAt(i) is null && s.TitleAt(i) is null)
            {
                break;
            }
        }

        if (mention is null || s.ActorOf(mention) is not { } actor)
        {
            return null;
        }

        for (var i = mention.EndToken; i < before; i++)
        {
            // Another person there may be the subject of the verb after "and"; a pronoun ("his first trip") or a person after a
            // preposition ("visited the family of Jacob Blake and spoke to Blake") is not.
            if (s.MentionAt(i) is { Type: MentionType.Person, Form: not MentionForm.Pronoun } other && other.FirstToken == i && !IsPreposition(s, SkipBackOverModifiers(s, i - 1))
                || s.IsClauseBoundary(i) || s.Word(i) is "," or "that" or "\"")
            {
                return null;
            }
        }

        return actor;
    }

    /// <summary>
    /// The subject of the clause an infinitive of aim belongs to: the nearest word before <paramref name="to"/> in
    /// its clause whose subject is an actor ("Putin travels to Alaska to meet …", "the envoys will arrive in
    /// Islamabad, Pakistan, to meet …").
    /// </summary>
    public static IReadOnlyList<Actor> PurposeSubject(SentenceContext s, int to)
    {
        for (var k = to - 1; k > s.First; k--)
        {
            if (s.IsClauseBoundary(k) || s.Word(k) is "that" or "\"" or "“" or "”")
            {
                return [];
            }

            if (!s.IsLowerWord(k) || s.Is("function", k) || s.Is("aux", k) || s.MentionAt(k) is not null || s.TitleAt(k) is not null)
            {
                continue;
            }

            var (subjects, _) = FindSubject(s, k);
            if (subjects.Count > 0 && subjects.All(s.IsActorLabel))
            {
                return subjects;
            }
        }

        return [];
    }

    /// <summary>
    /// The subject that opens the sentence, for a phrase of circumstance later in its main clause ("Belarus releases
    /// 52 prisoners, including 14 foreign nationals, following negotiations with …"). Commas and other names may
    /// come between, but no new clause, quotation or report.
    /// </summary>
    public static IReadOnlyList<Actor> MainClauseSubject(SentenceContext s, int before)
    {
        var first = s.Is("determiner", s.First) ? s.First + 1 : s.First;
        for (var k = first + 1; k < before; k++)
        {
            // "Zelensky said in a meeting with Honcharuk": the report itself happened at the meeting.
            var ownReport = k == before - 1 && s.IsLowerWord(k);
            if (BlocksMainClause(s, k) && !(k == before - 1 && s.Word(k) == ",") && !ownReport)
            {
                return [];
            }

            if (!s.IsLowerWord(k) || (s.Is("function", k) && !ownReport) || s.MentionAt(k) is not null || s.TitleAt(k) is not null)
            {
                continue;
            }

            var (subjects, _) = FindSubject(s, k);
            if (subjects.Count == 0)
            {
                continue;
            }

            if (PhraseStartOf(s, subjects[0].Mention) > first || !subjects.All(s.IsActorLabel))
            {
                return [];
            }

            var end = s.Word(before - 1) == "," ? before - 1 : before;
            for (var i = k + 1; i < end; i++)
            {
                if (BlocksMainClause(s, i))
                {
                    return [];
                }
            }

            return subjects;
        }

        return [];
    }

    /// <summary>The subject right after a sentence-opening phrase that ends in a comma ("During a phone call with Trump, Putin offers …").</summary>
    public static IReadOnlyList<Actor> SubjectAfterOpeningPhrase(SentenceContext s, int opening, int from)
    {
        for (var i = from; i < Math.Min(s.End, opening + MaxOpeningPhrase); i++)
        {
            if (s.IsClauseBoundary(i))
            {
                return [];
            }

            if (s.Word(i) != ",")
            {
                continue;
            }

            var (head, end) = HeadAt(s, i + 1, 2);
            return head is { } h && s.IsActorLabel(h) && (s.IsLowerWord(end) || s.Word(end) == "and") ? [h] : [];
        }

        return [];
    }

    private static bool BlocksMainClause(SentenceContext s, int i) =>
        s.IsClauseBoundary(i) || s.Word(i) is "that" or "\"" or "“" or "”" or "who" or "which" || (s.IsLowerWord(i) && s.Knowledge.Reporting.Match(s.Tokens, i, s.End) is not null);

    /// <summary>Where a chain of places set off by commas begins ("Washington, D.C.", "Islamabad, Pakistan"), from its last name's start.</summary>
    private static int PlaceChainStart(SentenceContext s, int start)
    {
        while (s.Word(start - 1) == "," && s.MentionAt(start - 2) is { Type: not MentionType.Person, Form: MentionForm.Name } previous)
        {
            start = previous.FirstToken;
        }

        return start;
    }

    /// <summary>Walks back over "the", "former", "top" … before a name ("the body of former president X").</summary>
    private static int SkipBackOverModifiers(SentenceContext s, int i)
    {
        while (i >= s.First && (s.Is("determiner", i) || s.Is("role-skip", i) || s.Is("role-block", i)))
        {
            i--;
        }

        return i;
    }

    public static bool IsPreposition(SentenceContext s, int i) =>
        s.Is("locative", i) || s.Word(i) is "of" or "for" or "with" or "by" or "against" or "on" or "over" or "about" or "between" or "among";

    private static bool ListContinues(SentenceContext s, int comma)
    {
        for (var i = comma + 1; i < Math.Min(s.End, comma + MaxListSpan); i++)
        {
            if (s.Word(i) == "and")
            {
                return true;
            }

            if (s.MentionAt(i) is null && s.TitleAt(i) is null && s.Word(i) != ",")
            {
                return false;
            }
        }

        return false;
    }
}
