using GraphNews.Domain;

namespace GraphNews.Stories.Tests;

/// <summary>Hand-made article graphs: entities by "Label:Name", facts by (type, source name, target name, topic names).</summary>
internal static class Graphs
{
    public static ArticleGraph Article(string id, string date, string title, string text, string[] entities, params (string Type, string Source, string Target, string[] Topics)[] facts)
    {
        var parsed = entities.Select(e => e.Split(':', 2)).Select(p => (Label: Enum.Parse<EntityLabel>(p[0]), Name: p[1])).ToList();
        var ids = parsed.ToDictionary(p => p.Name, p => EntityIds.For(p.Label, p.Name));
        var relations = facts.Select(f => new GraphRelation
        {
            Type = f.Type,
            Source = ids[f.Source],
            Target = ids[f.Target],
            Topics = f.Topics.Select(t => ids[t]).ToList(),
            Evidence = [new Evidence(text[..Math.Min(text.Length, 20)], 0, Math.Min(text.Length, 20))],
        }).ToList();
        return new ArticleGraph(
            new Article { Id = id, Title = title, Text = text, Published = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) },
            parsed.Select(p => new GraphEntity(ids[p.Name], p.Label, p.Name, [])).ToList(),
            relations);
    }

    /// <summary>Unrelated articles that make "United States" and common words frequent, as in a real collection.</summary>
    public static IEnumerable<ArticleGraph> Background()
    {
        string[] topics = ["budget vote in Congress", "a new trade tariff", "wildfire season in California", "a rocket launch from Florida", "interest rates at the Federal Reserve", "a court ruling on immigration"];
        for (var i = 0; i < topics.Length; i++)
        {
            yield return Article(
                $"background-{i}",
                $"2025-01-{10 + i:00}",
                $"United States officials discuss {topics[i]}",
                $"Officials in the United States said on Tuesday that {topics[i]} would be discussed next week. The government reported that talks continue. Washington officials declined to comment further on {topics[i]}.",
                ["Country:United States", "Location:Washington", $"Organization:Agency {i}"]);
        }
    }
}
