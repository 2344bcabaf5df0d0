namespace GraphNews.Extraction.Relations;

/// <summary>
/// The topics of an interaction: the entities in an "about / on / over / regarding …" phrase that follows
/// the trigger and its target, up to the end of the clause ("spoke with Putin about … the conflict in Ukraine").
/// </summary>
public static class TopicFinder
{
    /// <summary>"on" and "over" are also used for times and places, so their topic must come within this many tokens.</summary>
    private const int ShortPrepositionReach = 4;

    public static IReadOnlyList<int> Find(SentenceContext s, int from, IReadOnlyCollection<int> participants)
    {
        var clauseEnd = s.ClauseEnd(from);
        for (var i = from; i < clauseEnd; i++)
        {
            var preposition = s.Knowledge.TopicPrepositions.Match(s.Tokens, i, clauseEnd);
            if (preposition is null || s.Index.Dates[Math.Min(preposition.End, s.End - 1)] is not null)
            {
                continue;
            }

            var reach = preposition.Values[0] is "on" or "over" or "around" or "into" ? Math.Min(clauseEnd, preposition.End + ShortPrepositionReach) : clauseEnd;
            var topics = new List<int>();
            for (var j = preposition.End; j < reach; j++)
            {
                if (s.Word(j) == ",")
                {
                    break;
                }

                if (s.ActorOf(s.MentionAt(j)) is { } actor && !participants.Contains(actor.Entity) && !actor.IsPronoun && !topics.Contains(actor.Entity))
                {
                    topics.Add(actor.Entity);
                    j = actor.Mention.EndToken - 1;
                }
            }

            if (topics.Count > 0)
            {
                return topics;
            }
        }

        return [];
    }
}
