using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Stages;

/// <summary>
/// Links he/she/his/her to a person only when the choice is clear: the person in subject position
/// nearest before the pronoun, in the same sentence or the previous one, of a compatible gender. When the
/// previous sentence offers two different candidates and the current one offers none, it links nothing:
/// a wrong link is worse than none.
/// </summary>
public sealed class PronounResolver(Knowledge knowledge)
{
    private static readonly HashSet<string> SubjectOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", "that", "and", "but", "\"", "“", ";", ":", "(", "while", "when", "as", "after", "before", "because", "although", "though", "since", "if",
    };

    public void Resolve(Document document)
    {
        var index = TokenIndex.Build(document);
        var subjectsBySentence = document.Mentions
            .Where(m => m.EntityIndex is { } e && m.Form == MentionForm.Name && document.Entities[e].Label == EntityLabel.Person && IsSubject(document, index, m))
            .ToLookup(m => m.Sentence);
        foreach (var pronoun in document.Mentions.Where(m => m.Form == MentionForm.Pronoun))
        {
            var gender = knowledge.Words.ValueOf("pronoun", pronoun.Text)?[0];
            var candidates = subjectsBySentence[pronoun.Sentence - 1].Concat(subjectsBySentence[pronoun.Sentence])
                .Where(s => s.End <= pronoun.Start)
                .Where(s => document.Entities[s.EntityIndex!.Value].Gender is null || document.Entities[s.EntityIndex!.Value].Gender == gender)
                .ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var nearest = candidates[^1];
            var distinct = candidates.Select(c => c.EntityIndex).Distinct().Count();
            if (distinct == 1 || nearest.Sentence == pronoun.Sentence)
            {
                pronoun.EntityIndex = nearest.EntityIndex;
                document.Entities[nearest.EntityIndex!.Value].Mentions.Add(pronoun);
            }
        }
    }

    /// <summary>Opens its sentence or clause (after titles and the country or organization they name), and is not a possessive.</summary>
    private static bool IsSubject(Document document, TokenIndex index, Mention mention)
    {
        var sentence = document.Sentences[mention.Sentence];
        if (mention.EndToken < sentence.EndToken && document.TokenTexts[mention.EndToken] is "'s" or "’s")
        {
            return false;
        }

        var i = mention.FirstToken - 1;
        while (i >= sentence.FirstToken && (index.Titles[i] is not null || index.Mentions[i] is { Type: not MentionType.Person, Form: not MentionForm.Pronoun }))
        {
            i--;
        }

        return i < sentence.FirstToken || SubjectOpeners.Contains(document.TokenTexts[i]);
    }
}
