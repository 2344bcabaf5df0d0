using GraphNews.Domain;

namespace GraphNews.Stories;

/// <summary>Clusters a labelled corpus from scratch and scores the stories against the gold events with B-cubed.</summary>
public static class StoryEvaluation
{
    /// <param name="Links">The stored links of every article, by article id: why pairs were (or were not) put together.</param>
    /// <param name="Unlinked">Pairs of one gold event left in different stories without a stored link, scored with the final index: what kept them apart.</param>
    public sealed record Outcome(BCubed.Result Score, IReadOnlyDictionary<string, string> Predicted, int Stories, IReadOnlyDictionary<string, IReadOnlyList<RelatedArticle>> Links, IReadOnlyDictionary<(string, string), Relatedness> Unlinked);

    /// <summary>Ingests <paramref name="graphs"/> in publication order into a fresh in-memory story index.</summary>
    /// <param name="gold">Event id of each article; articles of the corpus not in it are their own event.</param>
    /// <param name="labelledOnly">Score only the articles <paramref name="gold"/> names: the others are unlabelled background that competes for links.</param>
    /// <param name="embedder">Sentence embeddings for <see cref="StoryOptions.TextSource"/>, if the options use them.</param>
    public static async Task<Outcome> RunAsync(IReadOnlyList<ArticleGraph> graphs, IReadOnlyDictionary<string, string> gold, StoryOptions options, CancellationToken cancellationToken = default, bool labelledOnly = false, ITextEmbedder? embedder = null)
    {
        using var service = new StoryService(new InMemoryStoryStore(), options: options, embedder: embedder);
        foreach (var graph in graphs.OrderBy(g => g.Article.Published ?? DateOnly.MaxValue).ThenBy(g => g.Article.Id, StringComparer.Ordinal))
        {
            await service.OnArticleStoredAsync(graph, cancellationToken);
        }

        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        var stories = await service.ListStoriesAsync(StoryFilter.None, new Domain.Storage.PageRequest(0, int.MaxValue), cancellationToken);
        foreach (var story in stories.Items)
        {
            foreach (var article in story.Articles)
            {
                predicted[article.ArticleId] = story.Id;
            }
        }

        var links = new Dictionary<string, IReadOnlyList<RelatedArticle>>(StringComparer.Ordinal);
        foreach (var graph in graphs)
        {
            links[graph.Article.Id] = await service.GetRelatedAsync(graph.Article.Id, int.MaxValue, cancellationToken);
        }

        var unlinked = new Dictionary<(string, string), Relatedness>();
        var labelled = graphs.Select(g => g.Article.Id).Where(gold.ContainsKey).Order(StringComparer.Ordinal).ToList();
        foreach (var (a, b) in labelled.SelectMany((a, i) => labelled.Skip(i + 1).Select(b => (a, b))))
        {
            if (gold[a] == gold[b] && predicted.GetValueOrDefault(a) != predicted.GetValueOrDefault(b)
                && !links[a].Any(l => l.ArticleId == b) && !links[b].Any(l => l.ArticleId == a)
                && await service.ExplainAsync(b, a, cancellationToken) is { } explained)
            {
                unlinked[(a, b)] = explained;
            }
        }

        var complete = graphs
            .Where(g => !labelledOnly || gold.ContainsKey(g.Article.Id))
            .ToDictionary(g => g.Article.Id, g => gold.TryGetValue(g.Article.Id, out var e) ? e : "\u0000own:" + g.Article.Id, StringComparer.Ordinal);
        return new Outcome(BCubed.Score(complete, predicted), predicted, stories.TotalCount, links, unlinked);
    }

    /// <summary>Reads EVENT&lt;TAB&gt;ARTICLE-ID lines; '#' starts a comment line.</summary>
    public static IReadOnlyDictionary<string, string> ReadGold(string path)
    {
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l.Trim(), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new InvalidDataException($"{path}:{number}: expected EVENT<TAB>ARTICLE-ID.");
            }

            gold[parts[1]] = parts[0];
        }

        return gold;
    }
}
