using System.Runtime.CompilerServices;
using GraphNews.Domain.Storage;

namespace GraphNews.Stories;

/// <summary>
/// An <see cref="IStoryStore"/> held in memory, for evaluations, benchmarks and tests that need the
/// linking and clustering but no database.
/// </summary>
public sealed class InMemoryStoryStore : IStoryStore
{
    private readonly Lock sync = new();
    private readonly Dictionary<string, ArticleSignature> signatures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, (double Score, LinkReasons Reasons)>> links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryRecord> stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> storyOf = new(StringComparer.Ordinal);

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async IAsyncEnumerable<ArticleSignature> ReadSignaturesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<ArticleSignature> snapshot;
        lock (sync)
        {
            snapshot = [.. signatures.Values];
        }

        foreach (var signature in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return signature;
        }

        await Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LoadMembershipAsync(CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<string>>>(
                stories.Values.ToDictionary(s => s.Id, s => (IReadOnlyList<string>)s.Articles.Select(a => a.ArticleId).ToList(), StringComparer.Ordinal));
        }
    }

    public Task<IReadOnlyList<(string A, string B)>> GetSameEventLinksAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            var set = articleIds.ToHashSet(StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyList<(string A, string B)>>(set
                .Where(links.ContainsKey)
                .SelectMany(a => links[a].Where(l => l.Value.Reasons.SameEvent && set.Contains(l.Key)).Select(l => (a, l.Key)))
                .ToList());
        }
    }

    public Task ApplyAsync(IReadOnlyList<StoryUpdate> updates, CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            foreach (var update in updates)
            {
                Apply(update);
            }
        }

        return Task.CompletedTask;
    }

    private void Apply(StoryUpdate update)
    {
        foreach (var id in update.RemovedArticles.Concat(update.Added is null ? [] : [update.Added.ArticleId]))
        {
            signatures.Remove(id);
            storyOf.Remove(id);
            if (links.Remove(id, out var outgoing))
            {
                foreach (var other in outgoing.Keys)
                {
                    links.GetValueOrDefault(other)?.Remove(id);
                }
            }
        }

        foreach (var id in update.DeletedStories.Concat(update.Stories.Select(s => s.Id)))
        {
            if (stories.Remove(id, out var old))
            {
                foreach (var article in old.Articles.Where(a => storyOf.GetValueOrDefault(a.ArticleId) == id))
                {
                    storyOf.Remove(article.ArticleId);
                }
            }
        }

        if (update.Added is { } signature)
        {
            signatures[signature.ArticleId] = signature;
        }

        foreach (var link in update.Links)
        {
            Link(link.ArticleId, link.OtherId, link.Score, link.Reasons);
            Link(link.OtherId, link.ArticleId, link.Score, link.Reasons);
        }

        foreach (var story in update.Stories)
        {
            stories[story.Id] = story;
            foreach (var article in story.Articles)
            {
                storyOf[article.ArticleId] = story.Id;
            }
        }
    }

    public Task<IReadOnlyList<RelatedArticle>> GetRelatedAsync(string articleId, int first, CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            return Task.FromResult<IReadOnlyList<RelatedArticle>>((links.GetValueOrDefault(articleId) ?? [])
                .OrderByDescending(l => l.Value.Score).ThenBy(l => l.Key, StringComparer.Ordinal)
                .Take(Math.Max(0, first))
                .Select(l => new RelatedArticle(l.Key, l.Value.Score, l.Value.Reasons))
                .ToList());
        }
    }

    public Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            return Task.FromResult(stories.GetValueOrDefault(storyId));
        }
    }

    public Task<StoryRecord?> GetStoryOfArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            return Task.FromResult(storyOf.TryGetValue(articleId, out var id) ? stories.GetValueOrDefault(id) : null);
        }
    }

    public Task<Page<StoryRecord>> ListStoriesAsync(StoryFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            var matching = stories.Values
                .Where(s => filter.EntityId is null || s.Entities.Any(e => e.Id == filter.EntityId))
                .Where(s => filter.Since is null || s.LastPublished >= filter.Since)
                .Where(s => filter.Until is null || s.FirstPublished <= filter.Until)
                .OrderByDescending(s => s.LastPublished ?? DateOnly.MinValue).ThenByDescending(s => s.Articles.Count).ThenBy(s => s.Id, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(new Page<StoryRecord>(matching.Skip(page.Offset).Take(page.Limit).ToList(), matching.Count, page.Offset));
        }
    }

    private void Link(string from, string to, double score, LinkReasons reasons)
    {
        if (!links.TryGetValue(from, out var outgoing))
        {
            links[from] = outgoing = new Dictionary<string, (double, LinkReasons)>(StringComparer.Ordinal);
        }

        outgoing[to] = (score, reasons);
    }
}
