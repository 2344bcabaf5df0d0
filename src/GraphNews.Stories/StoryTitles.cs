using System.Text.Json;

namespace GraphNews.Stories;

/// <summary>
/// Names a story by its dominant fact (the relationship most of its articles report, rarest first on
/// ties), e.g. "Donald Trump – Vladimir Putin call about Ukraine"; by its first headline when its
/// articles share no fact. How each relation type reads is data (Data/story-titles.json).
/// </summary>
internal sealed class StoryTitles(IReadOnlyDictionary<string, string> templates)
{
    private const string DefaultTemplate = "{source} – {target}{about}";

    public static StoryTitles LoadDefault()
    {
        using var stream = typeof(StoryTitles).Assembly.GetManifestResourceStream("GraphNews.Stories.Data.story-titles.json")
            ?? throw new InvalidOperationException("The story title templates are missing from GraphNews.Stories.");
        var templates = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidDataException("The story title templates are empty.");
        return new StoryTitles(templates);
    }

    public string Title(IReadOnlyList<IndexedArticle> members, StoryIndex index)
    {
        var chronological = members.OrderBy(m => m.Signature.Published ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var needed = Math.Max(2, (members.Count + 2) / 3);
        var dominant = members
            .SelectMany(m => m.Signature.Facts.Where(f => !f.Structural).Select(f => (Article: m, Fact: f)))
            .GroupBy(x => x.Fact.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Count: g.Select(x => x.Article.Id).Distinct().Count(), Facts: g.Select(x => x.Fact).ToList()))
            .Where(g => g.Count >= needed)
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (dominant.Facts is null)
        {
            return chronological[0].Signature.Title;
        }

        var fact = dominant.Facts[0];
        var topic = dominant.Facts.SelectMany(f => f.TopicIds)
            .GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        var template = templates.TryGetValue(fact.Type, out var t) ? t : templates.GetValueOrDefault("default", DefaultTemplate);
        return template
            .Replace("{source}", index.EntityName(fact.SourceId), StringComparison.Ordinal)
            .Replace("{target}", index.EntityName(fact.TargetId), StringComparison.Ordinal)
            .Replace("{about}", topic is null ? "" : " about " + index.EntityName(topic), StringComparison.Ordinal);
    }
}
