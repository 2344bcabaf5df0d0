using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphNews.Extraction;
using GraphNews.Ingestion;
using GraphNews.Ingestion.Identity;
using GraphNews.Ingestion.Telemetry;
using GraphNews.Store.Sqlite;

namespace GraphNews.Benchmarks;

/// <summary>
/// End to end into the embedded store: read, extract with --parallel N, write in batches to a fresh SQLite
/// file. Reports articles/s, the process's peak resident memory and the database size. Run it once per
/// process (the peak is the process's), as run-all.sh does.
/// </summary>
public sealed class IngestThroughputBenchmark : IBenchmark
{
    public string Name => "ingest";

    public string Description => "End-to-end ingest into SQLite (--corpus FILE, --parallel N, --db PATH to keep the database, --window N to print the rate every N articles).";

    public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var corpus = options.Text("corpus", "../shared/samples/wikinews-large.jsonl");
        var parallel = options.Int("parallel", Environment.ProcessorCount);
        var keep = options.ContainsKey("db");
        var db = options.Text("db", Path.Combine(Path.GetTempPath(), $"graphnews-bench-{Guid.NewGuid():N}.db"));
        if (File.Exists(db))
        {
            Console.Error.WriteLine($"ingest: {db} exists; the benchmark needs a fresh database.");
            return 2;
        }

        try
        {
            var extractor = NewsExtractor.CreateProduction();
            await using var store = new SqliteGraphStore(db);
            await store.InitializeAsync(cancellationToken);
            // Identity across articles as `graphnews ingest` settles it (store lookups per article, the end-of-run settling).
            var resolver = CrossArticleResolver.ForNews(store);
            var service = new IngestService(extractor, store, resolver: resolver);
            using var timings = new StoreTimings();
            var clock = Stopwatch.StartNew();
            var windows = new WindowReporter(options.Int("window", 0), db, output);
            var summary = await service.IngestAsync([corpus], IngestOptions.Default with { Parallelism = parallel }, windows, cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;
            using var self = Process.GetCurrentProcess();
            var peakMb = self.PeakWorkingSet64 / 1e6;
            var dbMb = DatabaseBytes(db) / 1e6;
            var label = $"--parallel {parallel}, {summary.Read:N0} articles of {Path.GetFileName(corpus)}";
            output.WriteLine(BenchmarkOptions.Row(Name, $"articles/s ({label}; {summary.Skipped.Count} skipped)", $"{summary.Read / seconds:N1}"));
            output.WriteLine(BenchmarkOptions.Row(Name, $"peak RSS of the ingesting process ({label})", $"{peakMb:N0} MB"));
            output.WriteLine(BenchmarkOptions.Row(Name, $"database size incl. WAL ({label})", $"{dbMb:N1} MB ({dbMb / Math.Max(1, summary.Read) * 10_000:N0} MB per 10,000 articles)"));
            output.WriteLine(BenchmarkOptions.Row(Name, $"entities / relationships written ({label})", $"{summary.Entities:N0} / {summary.Facts:N0}"));
            output.WriteLine(BenchmarkOptions.Row(Name, $"share of wall time in store writes, single writer ({label})", $"{timings.StoreMilliseconds / 1000 / seconds:P0} ({timings.StoreMilliseconds / Math.Max(1, summary.Read):F1} ms per article)"));
            return 0;
        }
        finally
        {
            if (!keep)
            {
                foreach (var file in new[] { db, db + "-wal", db + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }
    }

    /// <summary>Every <c>window</c> stored articles: the rate over that window, the database size and the RSS so far, to see how ingest scales with size.</summary>
    private sealed class WindowReporter(int window, string db, TextWriter output) : IProgress<IngestProgress>
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private int next;
        private int lastStored;
        private TimeSpan lastTime;

        public void Report(IngestProgress value)
        {
            if (window <= 0 || value.Stored < Math.Max(next, window))
            {
                return;
            }

            var now = clock.Elapsed;
            using var self = Process.GetCurrentProcess();
            output.WriteLine(BenchmarkOptions.Row("ingest-window", $"articles {lastStored:N0}–{value.Stored:N0}: articles/s, database MB, RSS MB, elapsed s",
                $"{(value.Stored - lastStored) / (now - lastTime).TotalSeconds:N1}, {DatabaseBytes(db) / 1e6:N0}, {self.WorkingSet64 / 1e6:N0}, {now.TotalSeconds:N0}"));
            (lastStored, lastTime) = (value.Stored, now);
            next = value.Stored + window;
        }
    }

    /// <summary>Sums the store-write durations the ingestion reports through its metrics.</summary>
    private sealed class StoreTimings : IDisposable
    {
        private readonly MeterListener listener = new();
        private double total;

        public StoreTimings()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == IngestTelemetry.SourceName && instrument.Name == "graphnews.store.write.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<double>((_, value, _, _) => total += value);
            listener.Start();
        }

        public double StoreMilliseconds => total;

        public void Dispose() => listener.Dispose();
    }

    public static long DatabaseBytes(string db) =>
        new[] { db, db + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
}
