using GraphNews.Domain;
using GraphNews.Domain.Storage;

namespace GraphNews.Stories;

/// <summary>
/// Links each stored article to the articles that report the same event or continue the same story,
/// and keeps stories up to date as articles arrive, change and go. Idempotent: the same article
/// again changes nothing; a changed article replaces its links and its place in a story.
/// </summary>
/// <remarks>
/// The index lives in memory (loaded from the store on first use) and is changed by one caller at a
/// time. If persisting a change fails, the in-memory state is dropped and reloaded on the next call,
/// so memory never drifts from what is stored.
/// </remarks>
/// <param name="embedder">Sentence embeddings for <see cref="StoryOptions.TextSource"/>; without it text similarity is TF-IDF.</param>
public sealed class StoryService(IStoryStore store, RelationOntology? ontology = null, StoryOptions? options = null, ITextEmbedder? embedder = null) : IDisposable
{
    private const int MaxStoryEntities = 20;

    /// <summary>Articles placed per transaction (and per hold of the lock) when catching up with the graph store.</summary>
    private const int CatchUpBatch = 64;

    private readonly RelationOntology ontology = ontology ?? RelationOntology.Default;
    private readonly StoryOptions options = options ?? StoryOptions.Default;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly StoryTitles titles = StoryTitles.LoadDefault();
    private readonly TextTerms terms = TextTerms.LoadDefault();
    private readonly EventCues cues = EventCues.LoadDefault();
    private readonly BackgroundTerms background = BackgroundTerms.LoadDefault();
    private State? state;

    /// <summary>Indexes a stored (new or changed) article: links it and places it in a story.</summary>
    public Task OnArticleStoredAsync(ArticleGraph graph, CancellationToken cancellationToken = default) =>
        OnArticleStoredAsync(graph, ArticleGraphJson.Fingerprint(graph), cancellationToken);

    /// <summary>As above, with the version digest the graph store keeps for the article.</summary>
    public async Task OnArticleStoredAsync(ArticleGraph graph, string fingerprint, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var current = await LoadAsync(cancellationToken);
            await GuardAsync(async () =>
            {
                if (await PlaceAsync(current, graph, fingerprint, cancellationToken) is { } update)
                {
                    await store.ApplyAsync([update], cancellationToken);
                }
            });
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Indexes stored articles in their order, with the changes stored in one transaction per batch (as when catching up).</summary>
    public async Task OnArticlesStoredAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default)
    {
        var source = new StoredGraphs(graphs);
        foreach (var batch in (await source.ListArticleVersionsAsync(cancellationToken)).Chunk(CatchUpBatch))
        {
            await UnderGateAsync(current => CatchUpAsync(current, source, batch, cancellationToken), cancellationToken);
        }
    }

    public async Task OnArticleDeletedAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var current = await LoadAsync(cancellationToken);
            if (current.Index.Find(articleId) is not null)
            {
                await GuardAsync(async () => await store.ApplyAsync([await RemoveAsync(current, articleId, cancellationToken)], cancellationToken));
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Brings the story index up to date with the graph store: drops articles it no longer has and
    /// indexes new or changed ones in publication order. Returns how many articles were (re)indexed and removed.
    /// </summary>
    /// <remarks>
    /// Takes the index one article at a time, so an article stored or deleted meanwhile (a mutation, a
    /// watcher) waits for one article, not for the whole catch-up. Each article is read from the graph
    /// store under the lock, so one deleted meanwhile is not indexed again.
    /// </remarks>
    public async Task<(int Indexed, int Removed)> SyncAsync(IStoryArticleSource source, CancellationToken cancellationToken = default)
    {
        var versions = await source.ListArticleVersionsAsync(cancellationToken);
        var wanted = versions.ToDictionary(v => v.ArticleId, StringComparer.Ordinal);
        var (gone, stale) = await UnderGateAsync(current => Task.FromResult((
            current.Index.Articles.Where(a => !wanted.ContainsKey(a.Id)).Select(a => a.Id).ToList(),
            versions.Where(v => !IsCurrent(current.Index.Find(v.ArticleId), v.Fingerprint))
                .OrderBy(v => v.Published ?? DateOnly.MaxValue).ThenBy(v => v.ArticleId, StringComparer.Ordinal)
                .ToList())), cancellationToken);

        foreach (var id in gone)
        {
            await UnderGateAsync(async current =>
            {
                if (current.Index.Find(id) is not null)
                {
                    await GuardAsync(async () => await store.ApplyAsync([await RemoveAsync(current, id, cancellationToken)], cancellationToken));
                }

                return true;
            }, cancellationToken);
        }

        var indexed = 0;
        foreach (var batch in stale.Chunk(CatchUpBatch))
        {
            indexed += await UnderGateAsync(current => CatchUpAsync(current, source, batch, cancellationToken), cancellationToken);
        }

        return (indexed, gone.Count);
    }

    public Task<IReadOnlyList<RelatedArticle>> GetRelatedAsync(string articleId, int first, CancellationToken cancellationToken = default) =>
        store.GetRelatedAsync(articleId, first, cancellationToken);

    public Task<StoryRecord?> GetStoryOfArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        store.GetStoryOfArticleAsync(articleId, cancellationToken);

    public Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default) =>
        store.GetStoryAsync(storyId, cancellationToken);

    public Task<Page<StoryRecord>> ListStoriesAsync(StoryFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        store.ListStoriesAsync(filter, page, cancellationToken);

    /// <summary>
    /// How the two indexed articles score against each other with the index as it stands now, and which rule decided
    /// whether they report one event: the answer to "why are these two not linked?" for a pair that has no stored link.
    /// Null when either article is not indexed.
    /// </summary>
    public Task<Relatedness?> ExplainAsync(string articleId, string otherId, CancellationToken cancellationToken = default) =>
        UnderGateAsync(current => Task.FromResult(
            current.Index.Find(articleId) is { } a && current.Index.Find(otherId) is { } b ? current.Scorer.Score(a, b) : null), cancellationToken);

    /// <summary>How many articles the in-memory index holds (loading it if needed).</summary>
    public async Task<int> CountIndexedAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return (await LoadAsync(cancellationToken)).Index.Count;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>Indexed from this version of the article by the current signature builder.</summary>
    private static bool IsCurrent(IndexedArticle? indexed, string fingerprint) =>
        indexed is not null && indexed.Signature.Fingerprint == fingerprint && indexed.Signature.Version >= ArticleSignature.CurrentVersion;

    /// <summary>
    /// Places a batch of articles and stores the changes in one transaction. An article already in the index
    /// is re-placed only after the changes before it are stored, since taking it out reads its story's links back.
    /// </summary>
    private async Task<int> CatchUpAsync(State current, IStoryArticleSource source, IEnumerable<ArticleVersion> batch, CancellationToken cancellationToken)
    {
        var placed = 0;
        await GuardAsync(async () =>
        {
            var updates = new List<StoryUpdate>();
            foreach (var version in batch)
            {
                if (await source.LoadGraphAsync(version.ArticleId, cancellationToken) is not { } graph)
                {
                    continue;
                }

                if (current.Index.Find(version.ArticleId) is not null && updates.Count > 0)
                {
                    await store.ApplyAsync(updates, cancellationToken);
                    updates.Clear();
                }

                if (await PlaceAsync(current, graph, version.Fingerprint, cancellationToken) is { } update)
                {
                    updates.Add(update);
                }

                placed++;
            }

            if (updates.Count > 0)
            {
                await store.ApplyAsync(updates, cancellationToken);
            }
        });
        return placed;
    }

    /// <summary>Links the article and places it in a story in memory; returns the change to store, or null when it is already current.</summary>
    private async Task<StoryUpdate?> PlaceAsync(State current, ArticleGraph graph, string fingerprint, CancellationToken cancellationToken)
    {
        var articleId = graph.Article.Id;
        if (IsCurrent(current.Index.Find(articleId), fingerprint))
        {
            return null;
        }

        var removal = current.Index.Find(articleId) is null ? new StoryUpdate() : await RemoveAsync(current, articleId, cancellationToken);
        var signature = current.Builder.Build(graph, fingerprint);
        var article = current.Index.Add(signature);
        var quick = current.Scorer.QuickScorer(article);
        var floor = Math.Min(options.MinRelatedScore, options.SameEventMinScore) - 1e-9;
        var scored = current.Index.Candidates(article)
            .Where(c => quick(c) >= floor || current.Scorer.SharesHeadlineTopic(article, c))
            .Select(c => current.Scorer.Score(article, c))
            .ToList();
        // Every same-event link is kept (a story's connectivity is checked on them when an article goes); other links only the strongest.
        var links = scored
            .Where(r => r.Reasons.SameEvent)
            .Concat(scored.Where(r => !r.Reasons.SameEvent && r.Telling && (r.Score >= options.MinRelatedScore || r.SameHeadlineTopic))
                .OrderByDescending(r => r.Score).ThenBy(r => r.OtherId, StringComparer.Ordinal)
                .Take(options.MaxLinksPerArticle))
            .ToList();
        var change = current.Clusterer.Place(articleId, signature.Published, scored, current.Book, id => current.Index.Find(id)?.Signature.Published);
        var deleted = removal.DeletedStories.Concat(change.Deleted).Except(change.Changed).Distinct().ToList();
        var changed = removal.Stories.Select(s => s.Id).Concat(change.Changed).Distinct().Where(current.Book.Contains).ToList();
        return new StoryUpdate
        {
            RemovedArticles = removal.RemovedArticles,
            Added = signature,
            Links = links,
            Stories = changed.Select(id => Describe(current, id)).ToList(),
            DeletedStories = deleted,
        };
    }

    /// <summary>Takes an article out of memory and returns the stored change that goes with it.</summary>
    private async Task<StoryUpdate> RemoveAsync(State current, string articleId, CancellationToken cancellationToken)
    {
        var storyId = current.Book.StoryOf(articleId);
        var rest = storyId is null ? [] : current.Book.Members(storyId).Where(m => m != articleId).ToList();
        var links = rest.Count > 1 ? await store.GetSameEventLinksAsync(rest, cancellationToken) : [];
        current.Index.Remove(articleId);
        var change = current.Clusterer.Remove(articleId, current.Book, links);
        return new StoryUpdate
        {
            RemovedArticles = [articleId],
            Stories = change.Changed.Select(id => Describe(current, id)).ToList(),
            DeletedStories = change.Deleted.ToList(),
        };
    }

    private StoryRecord Describe(State current, string storyId)
    {
        var members = current.Book.Members(storyId).Select(id => current.Index.Find(id)!).ToList();
        var chronological = members.OrderBy(m => m.Signature.Published ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var dates = members.Select(m => m.Signature.Published).OfType<DateOnly>().ToList();
        return new StoryRecord
        {
            Id = storyId,
            Title = titles.Title(members, current.Index),
            FirstPublished = dates.Count > 0 ? dates.Min() : null,
            LastPublished = dates.Count > 0 ? dates.Max() : null,
            Articles = chronological.Select(m => new StoryArticle(m.Id, m.Signature.Title, m.Signature.Published)).ToList(),
            Entities = members.SelectMany(m => m.Signature.Entities)
                .GroupBy(e => e.Id, StringComparer.Ordinal)
                .Select(g => new StoryEntity(g.Key, g.First().Name, g.First().Label, g.Count()))
                .OrderByDescending(e => e.ArticleCount).ThenBy(e => e.Id, StringComparer.Ordinal)
                .Take(MaxStoryEntities)
                .ToList(),
        };
    }

    private async Task<T> UnderGateAsync<T>(Func<State, Task<T>> action, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await action(await LoadAsync(cancellationToken));
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<State> LoadAsync(CancellationToken cancellationToken)
    {
        if (state is not null)
        {
            return state;
        }

        await store.InitializeAsync(cancellationToken);
        var index = new StoryIndex(options, background);
        await foreach (var signature in store.ReadSignaturesAsync(cancellationToken))
        {
            index.Add(signature);
        }

        var book = new StoryBook();
        foreach (var (storyId, members) in await store.LoadMembershipAsync(cancellationToken))
        {
            foreach (var member in members.Where(m => index.Find(m) is not null))
            {
                book.Assign(member, storyId);
            }
        }

        state = new State(index, book, new RelatednessScorer(index, ontology, options, cues), new StoryClusterer(options), new SignatureBuilder(ontology, terms, options, cues, background, embedder));
        return state;
    }

    private async Task GuardAsync(Func<Task> change)
    {
        try
        {
            await change();
        }
        catch
        {
            state = null;
            throw;
        }
    }

    private sealed record State(StoryIndex Index, StoryBook Book, RelatednessScorer Scorer, StoryClusterer Clusterer, SignatureBuilder Builder);

    /// <summary>Graphs just stored, read as the catch-up reads the graph store.</summary>
    private sealed class StoredGraphs(IReadOnlyList<ArticleGraph> graphs) : IStoryArticleSource
    {
        // The last graph of an article stored twice in one batch is the one the store kept.
        private readonly Dictionary<string, ArticleGraph> byId = graphs.GroupBy(g => g.Article.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

        public Task<IReadOnlyList<ArticleVersion>> ListArticleVersionsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ArticleVersion>>([.. byId.Values.Select(g => new ArticleVersion(g.Article.Id, g.Article.Published, ArticleGraphJson.Fingerprint(g)))]);

        public Task<ArticleGraph?> LoadGraphAsync(string articleId, CancellationToken cancellationToken = default) =>
            Task.FromResult(byId.GetValueOrDefault(articleId));
    }
}
