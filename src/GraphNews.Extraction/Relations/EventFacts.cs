using GraphNews.Domain;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Relations;

/// <summary>
/// Dates and places of named events: a date just after the name ("the Munich Security Conference, opening on
/// February 14") or just before it ("the February 14 summit"), and HELD_IN to a place named in the event's own
/// name ("Munich Security Conference" → Munich) or right after it ("… summit in Riyadh").
/// </summary>
public static class EventFacts
{
    private const int DateReach = 6;
    private const double PlaceAfterNameConfidence = 0.8;
    private const double PlaceInNameConfidence = 0.7;

    public static void Extract(SentenceContext s, RelationSink sink)
    {
        for (var i = s.First; i < s.End; i++)
        {
            var mention = s.MentionAt(i);
            if (mention is null || mention.FirstToken != i || s.ActorOf(mention) is not { } actor || s.EntityOf(actor).Label != EntityLabel.Event)
            {
                continue;
            }

            var entity = s.EntityOf(actor);
            entity.Date ??= DateNear(s, mention);
            if (PlaceInName(s, mention) is { } inName)
            {
                sink.Add(new ProposedRelation("HELD_IN", actor, inName, Modality.Asserted, PlaceInNameConfidence, s.Sentence) { Date = entity.Date });
            }

            if (s.Word(mention.EndToken) == "in" && ArgumentFinder.HeadAt(s, mention.EndToken + 1, 0).Head is { } place
                && s.EntityOf(place).Label is EntityLabel.Location or EntityLabel.Country)
            {
                sink.Add(new ProposedRelation("HELD_IN", actor, place, Modality.Asserted, PlaceAfterNameConfidence, s.Sentence) { Date = entity.Date });
            }

            i = mention.EndToken - 1;
        }
    }

    private static DateOnly? DateNear(SentenceContext s, Mention mention)
    {
        for (var i = mention.EndToken; i < Math.Min(s.End, mention.EndToken + DateReach); i++)
        {
            if (s.Index.Dates[i] is { Date: { } date })
            {
                return date;
            }

            if (s.MentionAt(i) is not null || s.IsClauseBoundary(i) || s.Word(i) is "." or ";")
            {
                break;
            }
        }

        for (var i = mention.FirstToken - 1; i >= Math.Max(s.First, mention.FirstToken - 3); i--)
        {
            if (s.Index.Dates[i] is { Date: { } date })
            {
                return date;
            }
        }

        return null;
    }

    private static Actor? PlaceInName(SentenceContext s, Mention mention)
    {
        var gazetteer = s.Knowledge.Entities.Gazetteer;
        for (var i = mention.FirstToken; i < mention.EndToken - 1; i++)
        {
            var match = gazetteer.Match(s.Tokens, i, mention.EndToken - 1);
            if (match is not null && match.Values[0] is { Form: MentionForm.Name } entry && entry.Entity.Label is EntityLabel.Location or EntityLabel.Country)
            {
                var index = s.EnsureKnown(entry.Entity.Id);
                return index is null ? null : new Actor(index.Value, mention);
            }
        }

        return null;
    }
}
