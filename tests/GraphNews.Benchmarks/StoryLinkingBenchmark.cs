using System.Diagnostics;
using System.Globalization;
using GraphNews.Domain;
using GraphNews.Store.Sqlite.Stories;
using GraphNews.Stories;

namespace GraphNews.Benchmarks;

/// <summary>
/// Cost of linking one new article (signature, candidate search, scoring, clustering) when N articles
/// are already indexed, and the memory the index takes. The stored articles are synthetic: real
/// extracted articles recombined (entities of one plus a few of another, its facts and terms) and
/// spread over three years, so keys have realistic document frequencies.
/// </summary>
public sealed class StoryLinkingBenchmark : IBenchmark
{
    private const int SpreadDays = 3 * 365;

    public string Name => "story-linking";

    public string Description => "ms per new article and index memory at N stored (--sizes 10000,100000 --new 300 --sqlite 2000 --articles FILE.jsonl).";

    public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var articles = options.GetValueOrDefault("articles", StoryCorpus.WikinewsArticles);
        if (!File.Exists(articles))
        {
            Console.Error.WriteLine($"story-linking: '{articles}' not found (pass --articles FILE.jsonl).");
            return 2;
        }

        var sizes = options.GetValueOrDefault("sizes", "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var fresh = int.Parse(options.GetValueOrDefault("new", "300"), CultureInfo.InvariantCulture);
        var sqliteSize = int.Parse(options.GetValueOrDefault("sqlite", "2000"), CultureInfo.InvariantCulture);
        var graphs = StoryCorpus.Extract(articles);
        var builder = new SignatureBuilder(RelationOntology.Default, TextTerms.LoadDefault(), StoryOptions.Default);
        var bases = graphs.Select(g => builder.Build(g, "base")).ToList();

        output.WriteLine("| benchmark | stored articles N | store | ms per new article (mean / p50 / p95) | managed memory of the loaded index |");
        output.WriteLine("|---|---:|---|---:|---:|");
        foreach (var size in sizes)
        {
            var store = new InMemoryStoryStore();
            await FillAsync(store, bases, size, cancellationToken);
            var (timings, memory) = await MeasureAsync(store, graphs, fresh, cancellationToken);
            output.WriteLine(Row(size, "in memory", timings, $"{memory / 1048576.0:F0} MB ({memory / (double)size:F0} B/article)"));
        }

        if (sqliteSize > 0)
        {
            var path = Path.Combine(Path.GetTempPath(), $"graphnews-story-bench-{Guid.NewGuid():N}.db");
            try
            {
                var store = new SqliteStoryStore(path);
                await store.InitializeAsync(cancellationToken);
                await FillAsync(store, bases, sqliteSize, cancellationToken);
                var (timings, _) = await MeasureAsync(store, graphs, fresh, cancellationToken);
                output.WriteLine(Row(sqliteSize, "SQLite (signature, links and stories written per article)", timings, "-"));
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }

        return 0;
    }

    private string Row(int size, string store, List<double> timings, string memory)
    {
        timings.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"| {Name} | {size:N0} | {store} | {timings.Average():F2} / {timings[timings.Count / 2]:F2} / {timings[(int)(timings.Count * 0.95)]:F2} | {memory} |");
    }

    /// <summary>Stores N recombined signatures, each its own story, as if they had been linked before.</summary>
    private static async Task FillAsync(IStoryStore store, List<ArticleSignature> bases, int size, CancellationToken cancellationToken)
    {
        var random = new Random(size);
        var start = new DateOnly(2023, 1, 1);
        for (var i = 0; i < size; i++)
        {
            var main = bases[random.Next(bases.Count)];
            var other = bases[random.Next(bases.Count)];
            var published = start.AddDays(random.Next(SpreadDays));
            var signature = main with
            {
                ArticleId = $"synthetic-{i}",
                Published = published,
                Fingerprint = $"synthetic-{i}",
                Entities = main.Entities.Concat(other.Entities.Take(3)).DistinctBy(e => e.Id).ToList(),
            };
            await store.ApplyAsync(
                [
                    new StoryUpdate
                    {
                        Added = signature,
                        Stories = [new StoryRecord { Id = $"story-synthetic-{i}", Title = signature.Title, FirstPublished = published, LastPublished = published, Articles = [new StoryArticle(signature.ArticleId, signature.Title, published)] }],
                    },
                ],
                cancellationToken);
        }
    }

    /// <summary>Loads the index, then links new articles (real graphs, new ids and dates) one at a time.</summary>
    private static async Task<(List<double> Timings, long Memory)> MeasureAsync(IStoryStore store, List<ArticleGraph> graphs, int count, CancellationToken cancellationToken)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var service = new StoryService(store);
        await service.CountIndexedAsync(cancellationToken);
        var memory = GC.GetTotalMemory(forceFullCollection: true) - before;
        var random = new Random(count);
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var graph = graphs[random.Next(graphs.Count)];
            var article = graph with { Article = graph.Article with { Id = $"new-{i}", Published = new DateOnly(2023, 1, 1).AddDays(random.Next(SpreadDays)) } };
            var clock = Stopwatch.StartNew();
            await service.OnArticleStoredAsync(article, cancellationToken);
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (timings, memory);
    }
}
