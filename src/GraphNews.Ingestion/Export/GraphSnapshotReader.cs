using GraphNews.Domain.Storage;
using GraphNews.Stories;

namespace GraphNews.Ingestion.Export;

/// <summary>
/// Pages through everything a store holds using only the <see cref="IGraphStore"/> read methods, so any
/// store can be exported, and through the story index's stories and links when one is given. Offset paging:
/// export a store nobody writes to meanwhile.
/// </summary>
public sealed class GraphSnapshotReader(IGraphStore store, int pageSize = 500, IStoryStore? stories = null)
{
    private HashSet<string>? articleIds;

    public IGraphStore Store => store;

    /// <summary>A story index was given: <see cref="StoriesAsync"/> and <see cref="RelatedLinksAsync"/> read it.</summary>
    public bool HasStories => stories is not null;

    public async IAsyncEnumerable<StoryRecord> StoriesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (stories is null)
        {
            yield break;
        }

        await foreach (var story in PagesAsync((page, ct) => stories.ListStoriesAsync(StoryFilter.None, page, ct), cancellationToken).ConfigureAwait(false))
        {
            yield return story;
        }
    }

    /// <summary>
    /// Every link of the story index between two stored articles once, from the article with the smaller id (as
    /// RELATED_TO is stored in Neo4j): an import cannot link an article the store no longer has.
    /// </summary>
    public async IAsyncEnumerable<(string FromId, string ToId, RelatedArticle Link)> RelatedLinksAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (stories is null)
        {
            yield break;
        }

        var stored = await ArticleIdsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var articleId in stored.Order(StringComparer.Ordinal))
        {
            foreach (var link in await stories.GetAllRelatedAsync(articleId, cancellationToken).ConfigureAwait(false))
            {
                if (StoryLinks.Ends(articleId, link.ArticleId) is var (from, to) && from == articleId && stored.Contains(to))
                {
                    yield return (from, to, link);
                }
            }
        }
    }

    /// <summary>Which stored article belongs to which story.</summary>
    public async IAsyncEnumerable<(string ArticleId, string StoryId)> StoryMembersAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (stories is null)
        {
            yield break;
        }

        var stored = await ArticleIdsAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var story in StoriesAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var member in story.Articles.Where(a => stored.Contains(a.ArticleId)))
            {
                yield return (member.ArticleId, story.Id);
            }
        }
    }

    /// <summary>The stored articles' ids, paged through once per reader: the links and the story members both need them.</summary>
    private async Task<HashSet<string>> ArticleIdsAsync(CancellationToken cancellationToken)
    {
        if (articleIds is not null)
        {
            return articleIds;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var article in ArticlesAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(article.Id);
        }

        return articleIds = ids;
    }

    public async IAsyncEnumerable<ArticleRecord> ArticlesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var article in PagesAsync((page, ct) => store.ListArticlesAsync(ArticleFilter.None, page, ct), cancellationToken).ConfigureAwait(false))
        {
            yield return article;
        }
    }

    public async IAsyncEnumerable<EntityRecord> EntitiesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in PagesAsync((page, ct) => store.ListEntitiesAsync(EntityFilter.None, page, ct), cancellationToken).ConfigureAwait(false))
        {
            yield return entity;
        }
    }

    /// <summary>Every fact, oldest first (a stable order: by date, then id).</summary>
    public async IAsyncEnumerable<FactRecord> FactsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = new FactQuery { Sort = FactSort.DateAscending };
        await foreach (var fact in PagesAsync((page, ct) => store.FindFactsAsync(query, page, ct), cancellationToken).ConfigureAwait(false))
        {
            yield return fact;
        }
    }

    /// <summary>Every fact with its evidence; the evidence is fetched a page of facts at a time.</summary>
    public async IAsyncEnumerable<(FactRecord Fact, IReadOnlyList<EvidenceRecord> Evidence)> FactsWithEvidenceAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batch = new List<FactRecord>(pageSize);
        await foreach (var fact in FactsAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(fact);
            if (batch.Count == pageSize)
            {
                foreach (var item in await WithEvidenceAsync(batch, cancellationToken).ConfigureAwait(false))
                {
                    yield return item;
                }

                batch.Clear();
            }
        }

        foreach (var item in await WithEvidenceAsync(batch, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>Which article mentions which entity.</summary>
    public async IAsyncEnumerable<(string ArticleId, string EntityId)> MentionsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in EntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            await foreach (var article in PagesAsync((page, ct) => store.ListArticlesMentioningAsync(entity.Id, page, ct), cancellationToken).ConfigureAwait(false))
            {
                yield return (article.Id, entity.Id);
            }
        }
    }

    private async Task<List<(FactRecord, IReadOnlyList<EvidenceRecord>)>> WithEvidenceAsync(List<FactRecord> facts, CancellationToken cancellationToken)
    {
        if (facts.Count == 0)
        {
            return [];
        }

        var evidence = (await store.GetEvidenceAsync(facts.Select(f => f.Id).ToList(), cancellationToken: cancellationToken).ConfigureAwait(false)).ToLookup(e => e.FactId);
        return facts.Select(f => (f, (IReadOnlyList<EvidenceRecord>)evidence[f.Id].ToList())).ToList();
    }

    private async IAsyncEnumerable<T> PagesAsync<T>(
        Func<PageRequest, CancellationToken, Task<Page<T>>> fetch,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var offset = 0; ; offset += pageSize)
        {
            var page = await fetch(new PageRequest(offset, pageSize), cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (page.Items.Count == 0 || !page.HasNextPage)
            {
                yield break;
            }
        }
    }
}
