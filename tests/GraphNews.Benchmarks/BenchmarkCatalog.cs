namespace GraphNews.Benchmarks;

/// <summary>Every benchmark, one file each.</summary>
internal static class BenchmarkCatalog
{
    public static IReadOnlyList<IBenchmark> All() =>
    [
        new NerThroughputBenchmark(),
        new Neo4jIngestBenchmark(),
        new ExtractionBenchmark(),
        new StoryEvaluationBenchmark(),
        new StoryProbesBenchmark(),
        new DigestFlagsBenchmark(),
        new RelationRecallBenchmark(),
        new IdentityAuditBenchmark(),
        new StoryLinkingBenchmark(),
        new ExtractionThroughputBenchmark(),
        new IngestThroughputBenchmark(),
        new QueryLatencyBenchmark(),
        new SyntheticCorpusBenchmark(),
        new EmbedWordClustersBenchmark(),
        new StoryBackgroundBuilder(),
    ];
}
