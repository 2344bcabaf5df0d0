using GraphNews.Domain;

namespace GraphNews.Extraction.Relations;

/// <summary>
/// Reads the modality of a relationship from cue words (Data/modality.tsv) between the start of its
/// verb group or noun phrase and the trigger, and from attribution (Data/reporting.tsv) outside it.
/// Negation outranks potential, potential outranks planned, and those outrank reported.
/// </summary>
public static class ModalityDetector
{
    public static Modality FromCues(SentenceContext s, int scopeStart, int triggerStart, bool isNoun)
    {
        var found = Modality.Asserted;
        for (var i = Math.Max(scopeStart, s.First); i < triggerStart; i++)
        {
            var cue = s.Knowledge.Modality.Match(s.Tokens, i, triggerStart);
            if (cue is null || !IsCueCase(s, i))
            {
                continue;
            }

            foreach (var value in cue.Values)
            {
                if (isNoun ? value.BeforeNoun : value.BeforeVerb)
                {
                    found = Stronger(found, value.Modality);
                }
            }
        }

        // "to visit", "to meet": an infinitive states an aim, not an event, unless a cue said more.
        if (!isNoun && found == Modality.Asserted && s.Word(triggerStart - 1) == "to")
        {
            found = Modality.Potential;
        }

        return found;
    }

    /// <summary>Cues later in the clause of a noun trigger: "the planned talks … have been cancelled"; a clause word ("but", "that") ends the search.</summary>
    public static Modality FromCuesAfter(SentenceContext s, int from, int clauseEnd)
    {
        var found = Modality.Asserted;
        for (var i = from; i < clauseEnd && !s.Is("clause-break", i) && s.Word(i) != "that"; i++)
        {
            var cue = s.Knowledge.Modality.Match(s.Tokens, i, clauseEnd);
            if (cue is not null && s.IsLowerWord(i))
            {
                foreach (var value in cue.Values.Where(v => v.AfterNoun))
                {
                    found = Stronger(found, value.Modality);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// True when the relation sits inside a claim attributed to someone who is not one of its parties:
    /// "X said (that) …", "according to X", or a trailing ", X said".
    /// </summary>
    public static bool IsReported(SentenceContext s, int clauseStart, int relationEnd, IReadOnlyCollection<int> participants)
    {
        for (var i = s.First; i < s.End; i++)
        {
            if (i >= clauseStart && i < relationEnd)
            {
                continue;
            }

            var cue = s.Knowledge.Reporting.Match(s.Tokens, i, s.End);
            if (cue is null || !s.IsLowerWord(i))
            {
                continue;
            }

            var onlyBefore = cue.Values[0].OnlyBefore;
            bool attributes;
            if (i < clauseStart)
            {
                attributes = onlyBefore || s.Word(cue.End) is "that" or "," || cue.End == clauseStart || s.MentionAt(cue.End) is not null;
            }
            else
            {
                attributes = !onlyBefore && (s.Word(i - 1) is "," or "\"" or "”" || s.Word(i - 2) is "," or "\"" or "”");
            }

            if (!attributes)
            {
                continue;
            }

            var speaker = Speaker(s, i, cue.End);
            return speaker is null || !participants.Contains(speaker.Value);
        }

        return false;
    }

    /// <summary>A weaker claim wins: negated, then potential, then planned, then reported.</summary>
    public static Modality Stronger(Modality current, Modality candidate) => Rank(candidate) > Rank(current) ? candidate : current;

    private static int Rank(Modality modality) => modality switch
    {
        Modality.Negated => 4,
        Modality.Potential => 3,
        Modality.Planned => 2,
        Modality.Reported => 1,
        _ => 0,
    };

    private static int? Speaker(SentenceContext s, int cueStart, int cueEnd)
    {
        if (s.ActorOf(s.MentionAt(cueStart - 1)) is { } before)
        {
            return before.Entity;
        }

        if (s.ActorOf(s.MentionAt(cueEnd)) is { } after)
        {
            return after.Entity;
        }

        var (head, _) = ArgumentFinder.HeadAt(s, cueEnd, 2);
        return head?.Entity;
    }

    /// <summary>Cue words count in lower case only ("may" the verb, not "May" the month), except at the start of a sentence.</summary>
    private static bool IsCueCase(SentenceContext s, int i) => s.IsLowerWord(i) || i == s.First || s.Word(i) is "n't";
}
