using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GraphNews.Benchmarks;

/// <summary>
/// Latency of single requests, one after another, against a running <c>graphnews serve</c>: the headline
/// question ("who has Trump discussed Ukraine with?") and a neighborhood query, p50 and p99 over N requests.
/// </summary>
public sealed class QueryLatencyBenchmark : IBenchmark
{
    public const string Headline = """
        { interactions(actor: "Trump", about: "Ukraine", first: 20) { totalCount nodes { type modality date actor { name } counterpart { name } evidence { sentence article { id title } } } } }
        """;

    public string Name => "query-latency";

    public string Description => "p50/p99 of the headline, an interactions and a neighborhood GraphQL query against a server (--url URL, --requests N, --entity ID, --label TEXT).";

    public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var url = new Uri(options.Text("url", "http://127.0.0.1:5000/graphql"));
        var requests = options.Int("requests", 300);
        var entity = options.Text("entity", "person:vladimir-putin");
        var label = options.Text("label", "");
        var neighborhood = $$"""{ neighborhood(id: "{{entity}}", depth: 1, limit: 50) { nodes { id name } edges { id type source { id } target { id } } } }""";
        var busiest = $$"""{ interactions(actor: "{{entity}}", first: 20) { totalCount nodes { type modality date actor { name } counterpart { name } evidence { sentence article { id title } } } } }""";
        using var http = new HttpClient();
        var queries = new[]
        {
            ("headline interactions(Trump, Ukraine)", Headline),
            ($"interactions({entity})", busiest),
            ($"neighborhood({entity}, depth 1)", neighborhood),
        };
        foreach (var (name, query) in queries)
        {
            var (latencies, errors, sample) = await MeasureAsync(http, url, query, requests, cancellationToken);
            latencies.Sort();
            output.WriteLine(BenchmarkOptions.Row(Name, $"{name} {label}: p50 / p99 / max over {requests} sequential requests ({errors} errors; {sample})",
                $"{Percentile(latencies, 0.50):F1} / {Percentile(latencies, 0.99):F1} / {latencies[^1]:F1} ms"));
        }

        return 0;
    }

    private static async Task<(List<double> Latencies, int Errors, string Sample)> MeasureAsync(HttpClient http, Uri url, string query, int requests, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(requests);
        var errors = 0;
        var sample = "";
        for (var i = 0; i < requests + 20; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.PostAsJsonAsync(url, new { query }, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            var json = JsonNode.Parse(body);
            if (!response.IsSuccessStatusCode || json?["errors"] is not null)
            {
                errors++;
                sample = body.Length > 120 ? body[..120] : body;
            }
            else if (i == 0)
            {
                sample = Describe(json!["data"]!);
            }

            if (i >= 20)
            {
                latencies.Add(elapsed);
            }
        }

        return (latencies, errors, sample);
    }

    private static string Describe(JsonNode data) =>
        data["interactions"]?["totalCount"] is { } total ? $"{total} interactions"
        : data["neighborhood"]?["nodes"] is JsonArray nodes ? $"{nodes.Count} nodes"
        : "answered";

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
