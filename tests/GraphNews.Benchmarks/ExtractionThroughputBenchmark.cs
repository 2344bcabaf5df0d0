using System.Diagnostics;
using GraphNews.Domain;
using GraphNews.Extraction;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Benchmarks;

/// <summary>Extraction only (no store): articles per second on one thread, and on every core with the per-core figure.</summary>
public sealed class ExtractionThroughputBenchmark : IBenchmark
{
    public string Name => "extraction";

    public string Description => "Extraction articles/s on 1 thread and on all cores (--corpus FILE.jsonl, --limit N).";

    public Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var corpus = options.Text("corpus", "../shared/samples/wikinews-large.jsonl");
        var articles = JsonlArticleReader.Read(corpus, ReaderOptions.Default).Where(r => r.IsSuccess).Select(r => r.Article!)
            .Take(options.Int("limit", int.MaxValue)).ToList();
        var extractor = NewsExtractor.CreateProduction();
        // A full pass first, so both measured passes run tiered-up code (the first pass JIT-compiles).
        Measure(articles, extractor, Environment.ProcessorCount);

        var (one, failedOne) = Measure(articles, extractor, 1);
        var cores = Environment.ProcessorCount;
        var (all, failedAll) = Measure(articles, extractor, cores);
        var name = $"{articles.Count:N0} articles of {Path.GetFileName(corpus)}";
        output.WriteLine(BenchmarkOptions.Row(Name, $"articles/s, 1 thread ({name}; {failedOne} failed)", $"{one:N1}"));
        output.WriteLine(BenchmarkOptions.Row(Name, $"articles/s, {cores} threads ({failedAll} failed)", $"{all:N1}"));
        output.WriteLine(BenchmarkOptions.Row(Name, "articles/s per core (all threads ÷ cores)", $"{all / cores:N1}"));
        return Task.FromResult(0);
    }

    /// <summary>Articles per second; an article the extractor fails on is counted, not allowed to end the run.</summary>
    private static (double Rate, int Failed) Measure(List<Article> articles, IArticleExtractor extractor, int threads)
    {
        var failed = 0;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = threads }, a =>
        {
            try
            {
                extractor.Extract(a);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Interlocked.Increment(ref failed);
            }
        });
        return (articles.Count / clock.Elapsed.TotalSeconds, failed);
    }
}
