using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Extraction;

namespace GraphNews.Ingestion.Identity;

/// <summary>
/// Settles, after an ingest run has written everything, the names it met under two labels while too few stored
/// articles agreed on one: once a label is carried by at least two articles and by more articles than every other
/// label together, the articles that stored the name under another label are extracted again and resolved as
/// replacements, so they take that label. Without it the first article to mistype a name would keep it split in two.
/// </summary>
public sealed class LabelConsolidation(IGraphStore store, IArticleExtractor extractor, CrossArticleResolver resolver)
{
    /// <summary>A name this contested is not one thing; it is left as it is.</summary>
    private const int MaxArticlesToRevisitPerName = 20;

    /// <returns>How many stored articles were rewritten.</returns>
    public async Task<int> RunAsync(IReadOnlyCollection<string> contestedNames, CancellationToken cancellationToken = default)
    {
        var revisit = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in contestedNames)
        {
            var key = NameKeys.For(name);
            var named = (await store.FindEntitiesByNameAsync(name, cancellationToken))
                .Where(e => e.ArticleCount > 0 && NameKeys.For(e.Name) == key)
                .ToList();
            var settled = named.MaxBy(e => e.ArticleCount);
            if (settled is null || settled.ArticleCount < 2 || settled.ArticleCount <= named.Where(e => e.Id != settled.Id).Sum(e => e.ArticleCount))
            {
                continue;
            }

            foreach (var other in named.Where(e => e.Label != settled.Label))
            {
                var mentioning = await store.ListArticlesMentioningAsync(other.Id, new PageRequest(0, MaxArticlesToRevisitPerName), cancellationToken);
                revisit.UnionWith(mentioning.Items.Select(a => a.Id));
            }
        }

        if (revisit.Count == 0)
        {
            return 0;
        }

        var graphs = new List<ArticleGraph>();
        foreach (var record in await store.GetArticlesAsync(revisit, cancellationToken))
        {
            graphs.Add(await resolver.ResolveAsync(extractor.Extract(record.ToArticle()), replacing: true, cancellationToken: cancellationToken));
        }

        return (await store.UpsertArticlesAsync(graphs, cancellationToken)).Articles;
    }
}
