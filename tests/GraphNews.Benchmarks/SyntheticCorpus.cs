using System.Text.Json;
using System.Text.RegularExpressions;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Benchmarks;

/// <summary>
/// Makes a large corpus from a small real one by recombining real sentences: each synthetic article takes
/// the title and date of a random source article and 6 to 16 sentences drawn from the whole pool, so the
/// entities and relation cues are real while every article text is new. Deterministic for a given seed.
/// </summary>
public static partial class SyntheticCorpus
{
    public static IReadOnlyList<string> Sentences(IEnumerable<ArticleReadResult> articles) =>
        articles.Where(a => a.IsSuccess)
            .SelectMany(a => SentenceEnd().Split(a.Article!.Text.Replace('\n', ' ')))
            .Select(s => s.Trim())
            .Where(s => s.Length is > 40 and < 400)
            .Distinct()
            .ToList();

    public static void Write(string sourcePath, string outputPath, int count, int seed)
    {
        var sources = JsonlArticleReader.Read(sourcePath, ReaderOptions.Default).Where(a => a.IsSuccess).Select(a => a.Article!).ToList();
        if (sources.Count == 0)
        {
            throw new InvalidOperationException($"{sourcePath} holds no readable articles");
        }

        var sentences = Sentences(sources.Select(a => ArticleReadResult.Ok(new InputLocation(sourcePath), a)));
        var random = new Random(seed);
        using var output = new StreamWriter(outputPath);
        for (var i = 0; i < count; i++)
        {
            var template = sources[random.Next(sources.Count)];
            var body = string.Join(' ', Enumerable.Range(0, random.Next(6, 17)).Select(_ => sentences[random.Next(sentences.Count)]));
            output.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"synthetic-{seed}-{i:D7}",
                title = template.Title,
                published = template.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                source = "synthetic (recombined Wikinews sentences)",
                text = body,
            }));
        }
    }

    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[A-Z“""])")]
    private static partial Regex SentenceEnd();
}

/// <summary><c>synthetic-corpus --source FILE --count N --out FILE [--seed S]</c>.</summary>
public sealed class SyntheticCorpusBenchmark : IBenchmark
{
    public string Name => "synthetic-corpus";

    public string Description => "Write a synthetic .jsonl corpus of recombined real sentences (--source FILE, --count N, --out FILE, --seed S).";

    public Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var source = options.Text("source", "../shared/samples/wikinews-large.jsonl");
        var count = options.Int("count", 10_000);
        var path = options.Text("out", $"synthetic-{count}.jsonl");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        SyntheticCorpus.Write(source, path, count, options.Int("seed", 1));
        output.WriteLine(BenchmarkOptions.Row(Name, $"{count:N0} articles from {Path.GetFileName(source)} → {path}", $"{new FileInfo(path).Length / 1e6:F1} MB in {clock.Elapsed.TotalSeconds:F1} s"));
        return Task.FromResult(0);
    }
}
