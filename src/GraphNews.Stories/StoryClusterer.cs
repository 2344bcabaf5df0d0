using System.Security.Cryptography;
using System.Text;

namespace GraphNews.Stories;

/// <summary>The stories an add or remove touched: to rewrite, and to delete.</summary>
internal sealed record ClusterChange(IReadOnlyCollection<string> Changed, IReadOnlyCollection<string> Deleted);

/// <summary>
/// Incremental clustering of articles into stories. A new article joins the story it has the most
/// same-event evidence with, starts a story when it has none, and merges further stories into the
/// first when it is strongly tied to them as well (a bridging report). Removing an article splits its
/// story when the rest is no longer connected by same-event links.
/// </summary>
internal sealed class StoryClusterer(StoryOptions options)
{
    /// <param name="published">Publication date of a stored article: coverage counts only the story's members
    /// recent enough to be the same event, so a story can run on as long as reports keep coming.</param>
    public ClusterChange Place(string articleId, DateOnly? date, IReadOnlyList<Relatedness> scored, StoryBook book, Func<string, DateOnly?> published)
    {
        int Active(string story) => Math.Max(1, book.Members(story).Count(m =>
            date is not { } d || published(m) is not { } p || Math.Abs(d.DayNumber - p.DayNumber) <= options.SameEventMaxDays));

        var support = scored
            .Where(r => r.Reasons.SameEvent && book.StoryOf(r.OtherId) is not null)
            .GroupBy(r => book.StoryOf(r.OtherId)!, StringComparer.Ordinal)
            .Select(g => (Story: g.Key, Score: g.Sum(r => r.Score), Links: g.Count()))
            .Where(s => s.Links >= Math.Min(options.JoinMaxLinksNeeded, Math.Ceiling(options.JoinMinCoverage * Active(s.Story))))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Story, StringComparer.Ordinal)
            .ToList();
        if (support.Count == 0)
        {
            var id = NewStoryId(articleId, book);
            book.Assign(articleId, id);
            return new ClusterChange([id], []);
        }

        var target = support[0].Story;
        var merged = support.Skip(1)
            .Where(s => s.Links >= Math.Min(options.MergeMinLinks, Active(s.Story)))
            .Select(s => s.Story)
            .ToList();

        // The larger story keeps its id, so links to a big, long-running story stay stable.
        var all = merged.Append(target).ToList();
        var keep = all.OrderByDescending(s => book.Members(s).Count).ThenBy(s => s, StringComparer.Ordinal).First();
        foreach (var story in all.Where(s => s != keep))
        {
            foreach (var member in book.Members(story).ToList())
            {
                book.Assign(member, keep);
            }
        }

        book.Assign(articleId, keep);
        return new ClusterChange([keep], all.Where(s => s != keep).ToList());
    }

    /// <summary>Removes the article and splits what is left of its story into its same-event connected parts.</summary>
    public ClusterChange Remove(string articleId, StoryBook book, IReadOnlyList<(string A, string B)> sameEventLinks)
    {
        var storyId = book.Remove(articleId);
        if (storyId is null)
        {
            return new ClusterChange([], []);
        }

        var rest = book.Members(storyId).ToList();
        if (rest.Count == 0)
        {
            return new ClusterChange([], [storyId]);
        }

        var parts = Components(rest, sameEventLinks);
        if (parts.Count == 1)
        {
            return new ClusterChange([storyId], []);
        }

        // The largest part keeps the id; the others start their own.
        var changed = new List<string>();
        var ordered = parts.OrderByDescending(p => p.Count).ThenBy(p => p.Min(StringComparer.Ordinal), StringComparer.Ordinal).ToList();
        changed.Add(storyId);
        foreach (var part in ordered.Skip(1))
        {
            var seed = part.Min(StringComparer.Ordinal)!;
            var id = NewStoryId(seed, book);
            foreach (var member in part)
            {
                book.Assign(member, id);
            }

            changed.Add(id);
        }

        return new ClusterChange(changed, []);
    }

    /// <summary>A story id derived from the article that starts it, so rebuilding gives the same ids.</summary>
    private static string NewStoryId(string seedArticleId, StoryBook book)
    {
        var id = Hash(seedArticleId);
        for (var i = 1; book.Contains(id); i++)
        {
            id = Hash(seedArticleId + "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return id;
    }

    private static string Hash(string text) =>
        "story-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));

    private static List<List<string>> Components(List<string> nodes, IReadOnlyList<(string A, string B)> links)
    {
        var parent = nodes.ToDictionary(n => n, n => n, StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var (a, b) in links)
        {
            if (parent.ContainsKey(a) && parent.ContainsKey(b))
            {
                parent[Find(a)] = Find(b);
            }
        }

        return nodes.GroupBy(Find, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
    }
}
