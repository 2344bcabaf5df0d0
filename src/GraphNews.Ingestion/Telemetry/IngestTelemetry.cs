using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GraphNews.Ingestion.Telemetry;

/// <summary>
/// The ingestion's traces and metrics, under the names <see cref="SourceName"/> so an OpenTelemetry
/// exporter (or a test's in-memory listener) can subscribe to them.
/// </summary>
public static class IngestTelemetry
{
    public const string SourceName = "GraphNews.Ingestion";

    public static readonly ActivitySource Source = new(SourceName);

    private static readonly Meter Meter = new(SourceName);

    public static readonly Counter<long> ArticlesIngested = Meter.CreateCounter<long>("graphnews.articles.ingested", "{article}", "Articles written or found unchanged in the store.");

    public static readonly Counter<long> ArticlesSkipped = Meter.CreateCounter<long>("graphnews.articles.skipped", "{article}", "Input items that could not be read, extracted or stored.");

    public static readonly Histogram<double> ExtractionTime = Meter.CreateHistogram<double>("graphnews.extraction.duration", "ms", "Time to extract one article's graph.");

    public static readonly Histogram<double> StoreLatency = Meter.CreateHistogram<double>("graphnews.store.write.duration", "ms", "Time to write one batch of articles to the store.");

    public static readonly Counter<long> HttpRetries = Meter.CreateCounter<long>("graphnews.http.retries", "{retry}", "HTTP requests retried after a transient failure.");

    public static readonly Counter<long> HttpFetches = Meter.CreateCounter<long>("graphnews.http.fetches", "{request}", "HTTP fetches by outcome.");
}
