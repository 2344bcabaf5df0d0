using GraphNews.Domain;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Relations;

/// <summary>
/// Structural relations from titles (Data/roles.tsv): "Russian President Vladimir Putin" → Putin LEADS Russia
/// (role President); "Kremlin spokesman Dmitry Peskov" → SPOKESPERSON_FOR the Kremlin; "Keith Kellogg, the
/// lead White House envoy for Russia and Ukraine" → WORKS_FOR the White House, ENVOY_TO Russia and to Ukraine.
/// A title after "former", "ex-" or "late" gives no relation.
/// </summary>
public static class RoleRelationExtractor
{
    private const double TitleBeforeName = 0.9;
    private const double Appositive = 0.8;

    public static void Extract(SentenceContext s, IEnumerable<TitleMention> titles, RelationSink sink)
    {
        foreach (var title in titles)
        {
            if (title.Cue.IsTitleOnly && title.Cue.DefaultTargetId is null)
            {
                continue;
            }

            var (modifier, modifierStart, blocked) = ModifierBefore(s, title);
            if (blocked)
            {
                continue;
            }

            var objects = new List<Actor>();
            var ownersOfParts = new List<Actor>();
            var afterTitle = title.EndToken;
            if (s.Word(afterTitle) is "of" or "for" or "to" && title.Cue.AfterRelation is not null)
            {
                var heads = ArgumentFinder.HeadsFrom(s, afterTitle + 1, 0).Select(h => Possessed(s, h)).ToList();
                objects.AddRange(heads.Where(h => s.EntityOf(h).Label != EntityLabel.Person));
                ownersOfParts.AddRange(objects.Where(h => OwnsAnUnnamedPart(s, h)));
                afterTitle = heads.Count > 0 ? heads[^1].Mention.EndToken : afterTitle;
            }

            var (person, confidence) = PersonFor(s, title, afterTitle, modifierStart);
            if (person is null)
            {
                continue;
            }

            var any = false;
            if (objects.Count == 0 && title.Cue.AfterRelation is not null && s.Word(person.Value.Mention.EndToken) == "of" && person.Value.Mention.FirstToken >= title.EndToken
                && !s.Is("role-body", modifierStart - 1))
            {
                // "King Abdullah II of Jordan"; "prime minister Ilie Bolojan of the National Liberal Party" names the party the
                // person belongs to, whatever the title; "committee chairman Jerrold Nadler of New York" leads the committee.
                foreach (var head in ArgumentFinder.HeadsFrom(s, person.Value.Mention.EndToken + 1, 0).Where(h => s.EntityOf(h).Label != EntityLabel.Person))
                {
                    if (IsParty(s, s.EntityOf(head)))
                    {
                        any |= sink.Add(new ProposedRelation("MEMBER_OF", person.Value, head, Modality.Asserted, confidence, s.Sentence));
                    }
                    else
                    {
                        objects.Add(head);
                    }
                }
            }

            var role = title.Cue.Role;
            if (modifier is { } m && title.Cue.BeforeRelation is { } before)
            {
                any |= sink.Add(new ProposedRelation(before, person.Value, m, Modality.Asserted, confidence, s.Sentence) { Role = role });
            }

            foreach (var target in objects)
            {
                // "the head of Hamas's general security mechanism" leads a part of Hamas and works for Hamas (a party: is its member).
                var relation = title.Cue.AfterRelation == "LEADS" && ownersOfParts.Contains(target)
                    ? IsParty(s, s.EntityOf(target)) ? "MEMBER_OF" : "WORKS_FOR"
                    : title.Cue.AfterRelation!;
                any |= sink.Add(new ProposedRelation(relation, person.Value, target, Modality.Asserted, confidence, s.Sentence) { Role = role });
            }

            if (!any && modifier is null && objects.Count == 0 && title.Cue.DefaultTargetId is { } defaultTarget)
            {
                var entity = s.EnsureKnown(defaultTarget);
                if (entity is not null)
                {
                    sink.Add(new ProposedRelation(title.Cue.BeforeRelation ?? "LEADS", person.Value, new Actor(entity.Value, person.Value.Mention), Modality.Asserted, confidence * 0.9, s.Sentence) { Role = role });
                }
            }
        }
    }

    /// <summary>A political party: known as one, or named with a party word ("National Liberal Party", "Partido Popular").</summary>
    private static bool IsParty(SentenceContext s, LinkedEntity entity) =>
        entity.Label == EntityLabel.Organization
        && (entity.Known?.Kind == "party" || entity.Name.Split(' ').Any(word => s.Knowledge.Words.Contains("party-word", word)));

    /// <summary>The country or body named just before the title ("US", "Russian", "Kremlin", "Russia's"), skipping "lead", "top" ….</summary>
    private static (Actor? Modifier, int Start, bool Blocked) ModifierBefore(SentenceContext s, TitleMention title)
    {
        var i = title.FirstToken - 1;
        var blocked = false;
        while (i >= s.First && (s.Is("role-skip", i) || s.Is("role-block", i) || s.TitleAt(i) is not null && s.TitleAt(i)!.Cue.IsTitleOnly))
        {
            blocked |= s.Is("role-block", i);
            i--;
        }

        if (s.Word(i) is "'s" or "’s")
        {
            i--;
        }

        var mention = s.MentionAt(i);
        if (mention is null || mention.Type == MentionType.Person || mention.Form == MentionForm.Pronoun)
        {
            blocked |= s.Is("role-block", i) || s.Word(i).StartsWith("ex-", StringComparison.Ordinal) || s.Word(i).StartsWith("then-", StringComparison.Ordinal);
            return (null, i + 1, blocked);
        }

        var start = mention.FirstToken;
        blocked |= s.Is("role-block", start - 1);
        return (s.ActorOf(mention), start, blocked);
    }

    /// <summary>
    /// The person holding the title: the name right after it (past further titles such as "Ayatollah"),
    /// or the name before an appositive ("Keith Kellogg, the … envoy").
    /// </summary>
    private static (Actor? Person, double Confidence) PersonFor(SentenceContext s, TitleMention title, int afterTitle, int modifierStart)
    {
        var i = afterTitle;
        while (s.TitleAt(i) is { } next)
        {
            i = next.EndToken;
        }

        if (s.MentionAt(i) is { Type: MentionType.Person, Form: MentionForm.Name } after && s.ActorOf(after) is { } named && s.EntityOf(named).Label == EntityLabel.Person)
        {
            return (named, TitleBeforeName);
        }

        var j = modifierStart - 1;
        while (j >= s.First && (s.Is("determiner", j) || s.Is("role-skip", j)))
        {
            j--;
        }

        if (s.Word(j) == "," && s.MentionAt(j - 1) is { Type: MentionType.Person, Form: MentionForm.Name } before
            && s.ActorOf(before) is { } apposed && s.EntityOf(apposed).Label == EntityLabel.Person)
        {
            return (apposed, Appositive);
        }

        return (null, 0);
    }

    /// <summary>
    /// "head of Iran's Quds Force", "Director General of the DRC's Institut National …": the office is of what the owner has,
    /// when that name ends the phrase ("the Golkar Party's Southeast Maluku Regency branch" is a branch of the party).
    /// </summary>
    /// <summary>
    /// "of Hamas's general security mechanism", "of the Golkar Party's Southeast Maluku Regency branch": the owner of the part
    /// the office is of, when the part is no name of its own (<see cref="Possessed"/> took the named ones).
    /// </summary>
    private static bool OwnsAnUnnamedPart(SentenceContext s, Actor head) => s.Word(head.Mention.EndToken) is "'s" or "’s";

    private static Actor Possessed(SentenceContext s, Actor head)
    {
        var end = head.Mention.EndToken;
        return s.Word(end) is "'s" or "’s" && s.MentionAt(end + 1) is { Type: not MentionType.Person, Form: MentionForm.Name } possessed
            && !(s.IsLowerWord(possessed.EndToken) && !s.Is("function", possessed.EndToken)) && s.ActorOf(possessed) is { } owned
            ? owned
            : head;
    }
}
