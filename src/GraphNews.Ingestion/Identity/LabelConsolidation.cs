using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Extraction;

namespace GraphNews.Ingestion.Identity;

/// <summary>
/// Settles, after an ingest run has written everything, the names it met under two labels while too few stored
/// articles agreed on one: once a label is carried by at least two articles and by more articles than every other
/// label together, or else once knowledge alone gives the name one of its labels (<see cref="CrossArticleResolver.SettlingLabel"/>),
/// the articles that stored the name under another label are extracted again and resolved as replacements, so they take that label. Without it the first article to mistype a name would keep it split in two.
/// Likewise an acronym stored on its own before an article spelled it out ("RSF", then "Rapid Support Forces (RSF)"):
/// the articles that stored the acronym alone are resolved again and join the spelled-out organisation.
/// </summary>
public sealed class LabelConsolidation(IGraphStore store, IArticleExtractor extractor, CrossArticleResolver resolver)
{
    /// <summary>A name this contested is not one thing; it is left as it is.</summary>
    private const int MaxArticlesToRevisitPerName = 20;

    /// <returns>How many stored articles were rewritten.</returns>
    public async Task<int> RunAsync(IReadOnlyCollection<string> contestedNames, CancellationToken cancellationToken = default)
    {
        var revisit = new HashSet<string>(StringComparer.Ordinal);
        var absorbed = new List<string>();
        async Task AbsorbAsync(EntityRecord entity)
        {
            if (entity.ArticleCount > MaxArticlesToRevisitPerName)
            {
                return;
            }

            absorbed.Add(entity.Id);
            var mentioning = await store.ListArticlesMentioningAsync(entity.Id, new PageRequest(0, MaxArticlesToRevisitPerName), cancellationToken);
            revisit.UnionWith(mentioning.Items.Select(a => a.Id));
        }

        foreach (var name in contestedNames)
        {
            var key = NameKeys.For(name);
            var carrying = (await store.FindEntitiesByNameAsync(name, cancellationToken)).Where(e => e.ArticleCount > 0).ToList();
            var named = carrying.Where(e => NameKeys.For(e.Name) == key).ToList();

            // An acronym one longer name owns: every article that stored the acronym on its own is resolved again.
            var expansions = carrying.Where(e => NameKeys.For(e.Name) != key && named.Any(n => n.Label == e.Label)).ToList();
            if (expansions.Count == 1)
            {
                foreach (var acronym in named.Where(n => n.Label == expansions[0].Label))
                {
                    await AbsorbAsync(acronym);
                }

                continue;
            }

            // By the majority of two articles or more; else by what knowledge alone says the name is ("Wad Madani" once a
            // person, once a place).
            var settled = named.MaxBy(e => e.ArticleCount);
            if (settled is null || settled.ArticleCount < 2 || settled.ArticleCount <= named.Where(e => e.Id != settled.Id).Sum(e => e.ArticleCount))
            {
                settled = resolver.SettlingLabel(name, named.Select(e => e.Label)) is { } label ? named.Where(e => e.Label == label).MaxBy(e => e.ArticleCount) : null;
            }

            if (settled is null)
            {
                continue;
            }

            foreach (var other in named.Where(e => e.Label != settled.Label))
            {
                await AbsorbAsync(other);
            }
        }

        if (revisit.Count == 0)
        {
            return 0;
        }

        // Articles that recorded an identity candidate against an entity about to lose its articles resolve again
        // afterwards, so a second ingest of the same input finds nothing left to change. (Read now: once the entity
        // is gone the store no longer lists candidates pointing at it.)
        var holdingCandidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in absorbed)
        {
            holdingCandidates.UnionWith((await store.GetIdentityCandidatesAsync(id, MaxArticlesToRevisitPerName, cancellationToken)).Select(c => c.ArticleId));
        }

        holdingCandidates.ExceptWith(revisit);
        var dissolving = absorbed.ToHashSet(StringComparer.Ordinal);
        var written = await ResolveAgainAsync(revisit, dissolving, cancellationToken);
        return written + (holdingCandidates.Count == 0 ? 0 : await ResolveAgainAsync(holdingCandidates, null, cancellationToken));
    }

    /// <param name="dissolving">The entities the articles are resolved away from: every article that carries them is among <paramref name="articleIds"/>,
    /// so none of them settles the entity for another (a minority label carried by three articles would otherwise keep itself).</param>
    private async Task<int> ResolveAgainAsync(IReadOnlyCollection<string> articleIds, IReadOnlySet<string>? dissolving, CancellationToken cancellationToken)
    {
        // Extraction is the cost and runs on every core; resolution stays one article at a time, in order.
        var extracted = (await store.GetArticlesAsync(articleIds, cancellationToken))
            .AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(record => extractor.Extract(record.ToArticle()))
            .ToList();
        var graphs = new List<ArticleGraph>(extracted.Count);
        foreach (var graph in extracted)
        {
            graphs.Add(await resolver.ResolveAsync(graph, replacing: true, dissolving: dissolving, cancellationToken: cancellationToken));
        }

        return (await store.UpsertArticlesAsync(graphs, cancellationToken)).Articles;
    }
}
