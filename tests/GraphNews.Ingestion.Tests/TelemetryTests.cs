using System.Diagnostics;
using GraphNews.Domain;
using GraphNews.Extraction;
using GraphNews.Ingestion.Reading;
using GraphNews.Ingestion.Telemetry;
using GraphNews.Store.Sqlite;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GraphNews.Ingestion.Tests;

public sealed class TelemetryTests
{
    private sealed class OneEntityExtractor : IArticleExtractor
    {
        public ArticleGraph Extract(Article article) =>
            new(article, [new GraphEntity(EntityIds.For(EntityLabel.Person, article.Title), EntityLabel.Person, article.Title, [])], []);
    }

    [Fact]
    public async Task An_ingest_emits_a_trace_and_the_ingest_metrics_through_OpenTelemetry()
    {
        var ct = TestContext.Current.CancellationToken;
        var activities = new List<Activity>();
        var metrics = new List<Metric>();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource(IngestTelemetry.SourceName).AddInMemoryExporter(activities).Build();
        using var meter = Sdk.CreateMeterProviderBuilder().AddMeter(IngestTelemetry.SourceName).AddInMemoryExporter(metrics).Build();
        using var folder = new TempFolder();
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "g.db"));
        await store.InitializeAsync(ct);
        var inputs = new[] { "Alpha", "Beta", "Gamma" }.Select(t => ArticleReadResult.Ok(new InputLocation("t"), new Article { Id = t, Title = t, Text = t + " text." }));

        await new IngestService(new OneEntityExtractor(), store).IngestAsync(inputs, IngestOptions.Default, cancellationToken: ct);
        meter.ForceFlush();
        tracer.ForceFlush();

        Assert.Contains(activities, a => a.OperationName == "ingest");
        Assert.Contains(activities, a => a.OperationName == "store.write");
        var names = metrics.Select(m => m.Name).ToHashSet();
        Assert.Contains("graphnews.articles.ingested", names);
        Assert.Contains("graphnews.extraction.duration", names);
        Assert.Contains("graphnews.store.write.duration", names);
        long ingested = 0;
        foreach (var point in metrics.First(m => m.Name == "graphnews.articles.ingested").GetMetricPoints())
        {
            ingested += point.GetSumLong();
        }

        Assert.True(ingested >= 3, $"ingested counter was {ingested}");
    }
}
