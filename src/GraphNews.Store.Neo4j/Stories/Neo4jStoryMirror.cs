using GraphNews.Store.Neo4j.Http;
using GraphNews.Stories;

namespace GraphNews.Store.Neo4j.Stories;

/// <summary>
/// Writes what the story index holds for some articles into Neo4j, so Cypher and Bloom users see it next to the graph:
/// their <c>RELATED_TO</c> links (score, same event or not, the decision and the shared entities and facts) and the
/// <c>Story</c> each belongs to. The index stays the source: each write replaces the articles' links and memberships
/// by what it holds now, so writing an article twice, or late, does no harm.
/// </summary>
public sealed class Neo4jStoryMirror(ICypherRunner runner, IStoryStore stories)
{
    private bool initialized;

    public async Task WriteAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        // The worker may deliver links before this process's story index first opened its file.
        if (!initialized)
        {
            await stories.InitializeAsync(cancellationToken).ConfigureAwait(false);
            initialized = true;
        }

        var links = new Dictionary<(string, string), Dictionary<string, object?>>();
        var members = new Dictionary<string, (StoryRecord Story, List<string> ArticleIds)>(StringComparer.Ordinal);
        var gone = false;
        foreach (var articleId in articleIds.Distinct(StringComparer.Ordinal))
        {
            if (await stories.GetStoryOfArticleAsync(articleId, cancellationToken).ConfigureAwait(false) is not { } story)
            {
                // No longer indexed (deleted): Neo4j dropped its links with the article; its story may be left empty.
                gone = true;
                continue;
            }

            if (!members.TryGetValue(story.Id, out var member))
            {
                member = (story, []);
                members[story.Id] = member;
            }

            member.ArticleIds.Add(articleId);
            foreach (var link in await stories.GetAllRelatedAsync(articleId, cancellationToken).ConfigureAwait(false))
            {
                var (from, to) = StoryLinks.Ends(articleId, link.ArticleId);
                links[(from, to)] = LinkRow(from, to, link);
            }
        }

        List<CypherStatement> statements =
        [
            Statement("write/clear-story-links.cypher", ("articleIds", articleIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())),
            Statement("write/related-links.cypher", ("links", links.OrderBy(l => l.Key).Select(l => l.Value).ToList())),
            Statement("write/stories.cypher", ("stories", members.Values.OrderBy(m => m.Story.Id, StringComparer.Ordinal).Select(m => StoryRow(m.Story, m.ArticleIds)).ToList())),
        ];
        if (gone)
        {
            statements.Add(Statement("write/prune-stories.cypher"));
        }

        await runner.RunInTransactionAsync(statements, cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, object?> LinkRow(string from, string to, RelatedArticle link) => new(StringComparer.Ordinal)
    {
        ["from"] = from,
        ["to"] = to,
        ["score"] = link.Score,
        ["sameEvent"] = link.Reasons.SameEvent,
        ["decision"] = link.Reasons.Decision.ToString(),
        ["textSimilarity"] = link.Reasons.TextSimilarity,
        ["daysApart"] = link.Reasons.DaysApart,
        ["sharedEntityIds"] = link.Reasons.Entities.Select(e => e.Id).ToList(),
        ["sharedEntities"] = link.Reasons.Entities.Select(e => e.Name).ToList(),
        ["sharedFacts"] = link.Reasons.Facts.Select(f => f.Text).ToList(),
    };

    private static Dictionary<string, object?> StoryRow(StoryRecord story, List<string> articleIds) => new(StringComparer.Ordinal)
    {
        ["id"] = story.Id,
        ["title"] = story.Title,
        ["firstPublished"] = story.FirstPublished,
        ["lastPublished"] = story.LastPublished,
        ["articleCount"] = story.Articles.Count,
        ["articleIds"] = articleIds.Order(StringComparer.Ordinal).ToList(),
    };

    private static CypherStatement Statement(string file, params (string Key, object? Value)[] parameters) =>
        CypherStatement.Of(file, CypherCatalog.Get(file), parameters);
}
