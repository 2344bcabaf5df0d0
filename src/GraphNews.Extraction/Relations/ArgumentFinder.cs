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
        if (s.Word(j) == "who" && s.Word(j - 1) == ",")
        {
            j -= 2;
        }
        else if (s.Word(j) == ",")
        {
            // "Keith Kellogg, the lead White House envoy for Russia and Ukraine, is scheduled to …": skip the appositive.
            var open = j - 1;
            while (open >= s.First && open > j - MaxAppositiveLength && s.Word(open) != "," && !s.IsClauseBoundary(open))
            {
                open--;
            }

            if (s.Word(open) != "," || open <= s.First)
            {
                return ([], groupStart);
            }

            j = open - 1;
        }

        if (s.Word(j) == "and" && (s.MentionAt(j - 1) is not { } beforeAnd || GroupStartOf(s, beforeAnd) > s.First) && SentenceSubject(s, j) is { } shared)
        {
            // "Raab urged the embassy to reconsider and spoke with Pompeo": the verbs share the sentence's subject.
            return ([shared], groupStart);
        }

        var head = s.ActorOf(s.MentionAt(j));
        if (head is null || s.MentionAt(j)!.Form == MentionForm.Demonym)
        {
            return ([], groupStart);
        }

        var headStart = GroupStartOf(s, head.Value.Mention);
        if (s.Word(headStart - 1) == "of" && s.ActorOf(s.MentionAt(headStart - 2)) is { } holder && s.EntityOf(holder).Label == Domain.EntityLabel.Person)
        {
            // "King Abdullah II of Jordan meets …": the person is the subject.
            head = holder;
        }
        else if (IsPreposition(s, SkipBackOverModifiers(s, headStart - 1)))
        {
            // "Engineers in Khartoum are attacked …": the name sits in a phrase, the subject is something else.
            return ([], groupStart);
        }

        var subjects = new List<Actor> { head.Value };
        var before = GroupStartOf(s, head.Value.Mention) - 1;
        if (s.Word(before) == "and" && s.ActorOf(s.MentionAt(before - 1)) is { } other && s.MentionAt(before - 1)!.Form != MentionForm.Demonym)
        {
            subjects.Insert(0, other);
        }

        return (subjects, groupStart);
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
                i = end + 1;
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
                return after is "'s" or "’s" || (phraseHead && after is "a" or "an" or "\"" or "“") ? [] : heads;
            }

            // Without nesting only determiners may precede the object's name: "the policies Trump mentioned" has no object Trump.
            if (!s.Is("determiner", i) && !(nested && s.IsModifierWord(i)))
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

        var modifier = s.MentionAt(i);
        var afterModifier = modifier is null ? i : modifier.EndToken;
        if (s.Word(afterModifier) is "'s" or "’s")
        {
            afterModifier++;
        }

        var titled = afterModifier;
        while (s.TitleAt(titled) is { } title)
        {
            titled = title.EndToken;
        }

        if (titled > afterModifier || (modifier is null && s.TitleAt(i) is not null))
        {
            var person = s.MentionAt(titled);
            return person is not null && person.Form != MentionForm.Pronoun ? (s.ActorOf(person), person.EndToken) : (null, titled);
        }

        if (modifier is null || modifier.Form == MentionForm.Pronoun && modifier.Text is "his" or "her")
        {
            return (null, i);
        }

        if (modifier.Form == MentionForm.Demonym)
        {
            // "Ukrainian officials" acts for Ukraine; "the Ukrainian conflict" names no actor.
            return s.Is("actor-noun", modifier.EndToken) ? (s.ActorOf(modifier), modifier.EndToken + 1) : (null, modifier.EndToken);
        }

        return (s.ActorOf(modifier), modifier.EndToken);
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
            if (s.MentionAt(i) is { Form: not MentionForm.Pronoun and not MentionForm.Demonym } m && s.ActorOf(m) is { } a
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
            if (s.MentionAt(i) is { Type: MentionType.Person } || s.IsClauseBoundary(i) || s.Word(i) is "," or "that" or "\"")
            {
                return null;
            }
        }

        return actor;
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

    private static bool IsPreposition(SentenceContext s, int i) =>
        s.Is("locative", i) || s.Word(i) is "of" or "for" or "with" or "by" or "against" or "on" or "over" or "about" or "between" or "among";

    private static bool ListContinues(SentenceContext s, int comma)
    {
        for (var i = comma + 1; i < Math.Min(s.End, comma + 12); i++)
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
