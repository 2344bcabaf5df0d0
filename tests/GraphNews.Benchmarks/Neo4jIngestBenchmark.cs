using System.Diagnostics;
using System.Globalization;
using GraphNews.Domain;
using GraphNews.Store.Neo4j;

namespace GraphNews.Benchmarks;

/// <summary>
/// Bulk ingest into a live Neo4j over HTTP: relationships written per second (mentions, fact
/// relationships and evidence links) for synthetic articles. Runs only with a server
/// (--url or GRAPHNEWS_TEST_NEO4J_URL); use a throw-away database, the articles stay behind.
/// </summary>
public sealed class Neo4jIngestBenchmark : IBenchmark
{
    public string Name => "neo4j-ingest";

    public string Description => "Neo4j bulk ingest relationships/s (--url URL --user U --password P --database DB --articles N --batch N); skipped without a server.";

    public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var url = options.GetValueOrDefault("url") ?? Environment.GetEnvironmentVariable("GRAPHNEWS_TEST_NEO4J_URL");
        if (string.IsNullOrWhiteSpace(url))
        {
            output.WriteLine($"{Name}: skipped (no Neo4j server: pass --url http://host:7474 or set GRAPHNEWS_TEST_NEO4J_URL).");
            return 0;
        }

        var count = int.Parse(options.GetValueOrDefault("articles", "2000"), CultureInfo.InvariantCulture);
        var neo4j = new Neo4jOptions
        {
            Url = new Uri(url),
            User = options.GetValueOrDefault("user") ?? Environment.GetEnvironmentVariable("GRAPHNEWS_TEST_NEO4J_USER"),
            Password = options.GetValueOrDefault("password") ?? Environment.GetEnvironmentVariable("GRAPHNEWS_TEST_NEO4J_PASSWORD"),
            Database = options.GetValueOrDefault("database", "neo4j"),
            WriteBatchSize = int.Parse(options.GetValueOrDefault("batch", "100"), CultureInfo.InvariantCulture),
        };
        await using var store = Neo4jGraphStore.Create(neo4j);
        await store.InitializeAsync(cancellationToken);
        var run = $"{DateTime.UtcNow:yyyyMMddHHmmss}";
        var graphs = SyntheticGraphs(count, run).ToList();
        var before = await store.GetStatsAsync(cancellationToken);

        var clock = Stopwatch.StartNew();
        var result = await store.UpsertArticlesAsync(graphs, cancellationToken);
        clock.Stop();

        var after = await store.GetStatsAsync(cancellationToken);
        var relationships = graphs.Sum(g => g.Entities.Count) + (after.Evidence - before.Evidence) + (after.Facts - before.Facts);
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine("| benchmark | figure | value |");
        output.WriteLine("|---|---|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Name} | articles written ({result.Articles:N0}, batch {neo4j.WriteBatchSize}) per second | {result.Articles / seconds:N0} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Name} | relationships per second ({relationships:N0} mentions, facts and evidence links) | {relationships / seconds:N0} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Name} | wall time | {seconds:F1} s |"));
        return 0;
    }

    /// <summary>Deterministic articles over a pool of entities, so facts are shared across articles as in real news.</summary>
    private static IEnumerable<ArticleGraph> SyntheticGraphs(int count, string run)
    {
        var random = new Random(42);
        var people = Enumerable.Range(0, 400).Select(i => new GraphEntity($"person:bench-{i}", EntityLabel.Person, $"Bench Person {i}", [$"Person {i}"])).ToList();
        var countries = Enumerable.Range(0, 60).Select(i => new GraphEntity($"country:bench-{i}", EntityLabel.Country, $"Bench Country {i}", [])).ToList();
        string[] types = ["SPOKE_WITH", "MET_WITH", "CRITICIZED", "SUPPORTED", "VISITED"];
        for (var n = 0; n < count; n++)
        {
            var text = $"Synthetic article {n} of run {run}. " + string.Concat(Enumerable.Repeat("Leaders talked about the war. ", 6));
            var article = new Article { Id = $"bench-{run}-{n}", Title = $"Bench {n}", Text = text, Published = new DateOnly(2025, 1, 1).AddDays(n % 365), Source = "benchmark" };
            var entities = people.OrderBy(_ => random.Next()).Take(5).Concat(countries.OrderBy(_ => random.Next()).Take(2)).ToList();
            var relations = Enumerable.Range(0, 4).Select(i =>
            {
                var type = types[random.Next(types.Length)];
                var target = type == "VISITED" ? entities[5 + random.Next(2)] : entities[(i + 1) % 5];
                return new GraphRelation
                {
                    Type = type,
                    Source = entities[i % 5].Id,
                    Target = target.Id,
                    Confidence = 0.5 + random.NextDouble() / 2,
                    Topics = [entities[5].Id],
                    Evidence = [new Evidence(text[..40], 0, 40)],
                };
            }).Where(r => r.Source != r.Target).ToList();
            yield return new ArticleGraph(article, entities, relations);
        }
    }
}
