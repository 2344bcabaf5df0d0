using GraphNews.Domain;

namespace GraphNews.Stories;

/// <summary>
/// Whether an article reports many separate events, as a daily digest or a news round-up does: its headline names none
/// of the people, places or countries in it ("Current events: armed conflicts and attacks", "World news in brief"), and
/// its paragraphs fall into several groups that name none of the same people, places, organisations or events, in
/// several countries ("Puntland forces strike …", "Israeli airstrikes across the Gaza Strip …", "Russian artillery strikes
/// … Donetsk Oblast"). A report of one event names its who or where in the headline and keeps coming back to them.
/// Countries do not tie paragraphs together: a digest names the same few countries in many unrelated items. A rare word
/// does ("cockpit", "Maelbeek", "tsunami": one found in few reports of general news): one event's paragraphs come back to
/// its own things even where they name other people and places, while a digest's items share only the words of news.
/// </summary>
internal static class EventSpread
{
    /// <summary>Paragraphs read; a longer article is judged by its first ones.</summary>
    private const int MaxParagraphs = 60;

    /// <summary>Characters read, so a huge text costs no more than its opening.</summary>
    private const int MaxChars = 50_000;

    private const int MinNameLength = 3;

    public static bool ReportsManyEvents(ArticleGraph graph, IReadOnlyList<SignatureEntity> entities, StoryOptions options, TextTerms terms, BackgroundTerms background)
    {
        if (entities.Any(e => e.InTitle))
        {
            return false;
        }

        var paragraphs = Paragraphs(graph.Article.Text);
        if (paragraphs.Count < options.ManyEventsMinGroups)
        {
            return false;
        }

        var group = Enumerable.Range(0, paragraphs.Count).ToArray();
        int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
        var named = new bool[paragraphs.Count];
        var countries = 0;
        foreach (var entity in graph.Entities)
        {
            var forms = entity.Aliases.Append(entity.Name).Where(n => n.Length >= MinNameLength).Distinct(StringComparer.Ordinal).ToList();
            var inParagraphs = Enumerable.Range(0, paragraphs.Count).Where(p => forms.Any(form => paragraphs[p].Contains(form, StringComparison.Ordinal))).ToList();
            if (inParagraphs.Count == 0)
            {
                continue;
            }

            if (entity.Label == EntityLabel.Country)
            {
                countries++;
                continue;
            }

            foreach (var p in inParagraphs)
            {
                named[p] = true;
                group[Root(p)] = Root(inParagraphs[0]);
            }
        }

        var rareWords = Enumerable.Range(0, paragraphs.Count).Select(p => named[p] ? RareWords(paragraphs[p], options, terms, background) : []).ToList();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            for (var q = p + 1; q < paragraphs.Count; q++)
            {
                if (rareWords[p].Overlaps(rareWords[q]))
                {
                    group[Root(q)] = Root(p);
                }
            }
        }

        var sizes = Enumerable.Range(0, paragraphs.Count).Where(p => named[p]).GroupBy(Root).Select(g => g.Count()).ToList();
        return countries >= options.ManyEventsMinCountries
            && sizes.Count >= options.ManyEventsMinGroups
            && sizes.Max() < options.ManyEventsMaxLargestShare * sizes.Sum();
    }

    private static HashSet<string> RareWords(string paragraph, StoryOptions options, TextTerms terms, BackgroundTerms background) =>
        terms.Words(string.Empty, paragraph, int.MaxValue)
            .Select(w => w.Term)
            .Where(word => background.Count(TextTerms.Hash(word)) <= options.ManyEventsRareWordMaxReports)
            .ToHashSet(StringComparer.Ordinal);

    private static List<string> Paragraphs(string text) =>
        text[..Math.Min(text.Length, MaxChars)].Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(MaxParagraphs)
            .ToList();
}
