using GraphNews.Domain;
using GraphNews.Extraction;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Benchmarks;

/// <summary>Extracts the graphs of a corpus for the story benchmarks; an article the extractor fails on is reported and left out.</summary>
internal static class StoryCorpus
{
    /// <summary>The 2,000-item corpus (Wikinews and Wikipedia Current events), beside the repository.</summary>
    public const string Corpus = "../shared/samples/wikinews-large.jsonl";

    /// <summary>The hand-labelled dev events of <see cref="Corpus"/>'s reports.</summary>
    public const string DevGold = "tests/GraphNews.Benchmarks/Data/story-dev-events.tsv";

    /// <summary>The Wikinews articles of 2019–2021 whose events the story tests' gold labels.</summary>
    public const string WikinewsArticles = "tests/GraphNews.Stories.Tests/Data/wikinews-2019-2021.jsonl";

    /// <summary>The gold events of <see cref="WikinewsArticles"/>.</summary>
    public const string WikinewsGold = "tests/GraphNews.Stories.Tests/Data/wikinews-events.tsv";

    /// <param name="path">JSON lines of articles.</param>
    /// <param name="reports">Splits an article into the reports to cluster (paragraphs, halves); whole articles without it.</param>
    /// <param name="received">How a report reaches the extractor, when not as stored (without its publication date, say).</param>
    public static List<ArticleGraph> Extract(string path, Func<Article, IEnumerable<Article>>? reports = null, Func<Article, Article>? received = null)
    {
        var extractor = NewsExtractor.CreateProduction();
        var graphs = new List<ArticleGraph>();
        foreach (var item in ArticleInputs.ReadFile(path, ReaderOptions.Default).Where(r => r.IsSuccess))
        {
            foreach (var article in reports?.Invoke(item.Article!) ?? [item.Article!])
            {
                try
                {
                    graphs.Add(extractor.Extract(received?.Invoke(article) ?? article));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Console.Error.WriteLine($"skipped {article.Id}: {e.Message}");
                }
            }
        }

        return graphs;
    }

    /// <summary>
    /// The hand-labelled dev reports of the 2,000-item corpus: digest items the gold names by paragraph ("ID#n") are split
    /// into paragraph reports; with <paramref name="background"/> every report of the corpus (Current-events items by
    /// paragraph) is extracted, else only the labelled ones.
    /// </summary>
    public static List<ArticleGraph> DevReports(string path, IReadOnlyDictionary<string, string> gold, bool background, Func<Article, Article>? received = null)
    {
        var split = gold.Keys.Where(id => id.Contains('#')).Select(id => id[..id.IndexOf('#')]).ToHashSet(StringComparer.Ordinal);
        return background
            ? Extract(path, a => CorpusReports(a, split), received)
            : Extract(path, a => Paragraphs(a, split).Where(r => gold.ContainsKey(r.Id)), received);
    }

    /// <summary>
    /// The reports of a digest item that states one event per paragraph (a Wikipedia Current-events
    /// section): paragraph n becomes report "ID#n", headed by its first sentence. Other items stay whole.
    /// </summary>
    public static IEnumerable<Article> Paragraphs(Article article, ISet<string> splitItems)
    {
        if (!splitItems.Contains(article.Id))
        {
            yield return article;
            yield break;
        }

        var paragraphs = article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            yield return article with { Id = $"{article.Id}#{i + 1}", Title = Headline(paragraphs[i]), Text = paragraphs[i] };
        }
    }

    /// <summary>
    /// The reports of an item of the 2,000-item corpus as the whole corpus is read: every Wikipedia Current-events item
    /// ("wpce-…") one report per paragraph, as are the items in <paramref name="splitItems"/>; other items whole.
    /// </summary>
    public static IEnumerable<Article> CorpusReports(Article article, ISet<string> splitItems) =>
        Paragraphs(article, article.Id.StartsWith("wpce-", StringComparison.Ordinal) ? new HashSet<string> { article.Id } : splitItems);

    /// <summary>A headline stand-in: the first sentence, at most 16 words.</summary>
    private static string Headline(string paragraph)
    {
        var end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end > 0 ? paragraph[..end] : paragraph.TrimEnd('.');
        return string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(16));
    }

    /// <summary>
    /// Four "reports" of one article's event, as several outlets would write them: the article itself, and three reports of
    /// 60 % of its paragraphs (in order, at least one), published the same day or one or two days later, under the headline
    /// short of one word. Deterministic per article id. The reports share most of their words, so the words alone do well
    /// here; what it tests is that many reports of one event, which make its names common, still come together.
    /// </summary>
    public static IEnumerable<Article> Outlets(Article article)
    {
        var paragraphs = article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var random = new Random((int)(article.Id.Aggregate(17u, (h, c) => (h * 31) + c) & 0x7FFFFFFF));
        var headline = article.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        yield return article with { Id = article.Id + "#0" };
        for (var outlet = 1; outlet < 4; outlet++)
        {
            var kept = Math.Max(1, paragraphs.Length * 6 / 10);
            var chosen = Enumerable.Range(0, paragraphs.Length).OrderBy(_ => random.Next()).Take(kept).Order().Select(i => paragraphs[i]);
            var dropped = headline.Length >= 5 ? random.Next(1, headline.Length) : -1;
            yield return article with
            {
                Id = $"{article.Id}#{outlet}",
                Title = string.Join(' ', headline.Where((_, i) => i != dropped)),
                Text = string.Join("\n\n", chosen),
                Published = article.Published?.AddDays(random.Next(0, 3)),
            };
        }
    }

    /// <summary>
    /// Two "reports" of one article's event: its first half of paragraphs under its headline, and its
    /// second half, a day later, headed by its own first sentence. A crude stand-in for two outlets.
    /// </summary>
    public static IEnumerable<Article> Halves(Article article)
    {
        var paragraphs = article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length < 2)
        {
            yield return article;
            yield break;
        }

        var middle = (paragraphs.Length + 1) / 2;
        var second = string.Join("\n\n", paragraphs[middle..]);
        var headline = string.Join(' ', second.Split('.')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(14));
        yield return article with { Id = article.Id + "#1", Text = string.Join("\n\n", paragraphs[..middle]) };
        yield return article with { Id = article.Id + "#2", Title = headline, Text = second, Published = article.Published?.AddDays(1) };
    }
}
