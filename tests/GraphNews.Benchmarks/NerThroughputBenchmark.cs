using System.Diagnostics;
using System.Globalization;
using GraphNews.Extraction;
using GraphNews.Extraction.Ner;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Benchmarks;

/// <summary>
/// Named-entity recognition throughput on one thread, model loaded once, after a warm-up pass: the
/// statistical model alone, and with the knowledge overlay and span conventions (what <c>graphnews ner</c>
/// runs). Wall-clock best of N and CPU time per pass, since the wall clock depends on what else runs.
/// </summary>
public sealed class NerThroughputBenchmark : IBenchmark
{
    public string Name => "ner-throughput";

    public string Description => "NER tokens/s on one thread over a CoNLL file (--data FILE, --rounds N).";

    public Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var path = options.GetValueOrDefault("data", "../shared/data/ner/gmb/dev.conll");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"ner-throughput: data file '{path}' not found (pass --data FILE).");
            return Task.FromResult(2);
        }

        var rounds = int.Parse(options.GetValueOrDefault("rounds", "3"), CultureInfo.InvariantCulture);
        var documents = ConllReader.ReadFile(path)
            .Select(d => d.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList())
            .ToList();
        long tokens = documents.Sum(d => d.Sum(s => s.Count));

        var load = Stopwatch.StartNew();
        var tagger = PerceptronNerTagger.LoadDefault();
        load.Stop();

        output.WriteLine("| benchmark | figure | value |");
        output.WriteLine("|---|---|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Name} | model load (embedded, first use) | {load.Elapsed.TotalMilliseconds:F0} ms |"));
        Measure(output, "model alone", tagger, documents, tokens, rounds, Path.GetFileName(path), cancellationToken);
        Measure(output, "with knowledge overlay and span conventions", GazetteerAwareTagger.Over(tagger, NewsExtractor.Knowledge), documents, tokens, rounds, Path.GetFileName(path), cancellationToken);
        return Task.FromResult(0);
    }

    private void Measure(TextWriter output, string what, INamedEntityTagger tagger, List<List<IReadOnlyList<string>>> documents, long tokens, int rounds, string file, CancellationToken cancellationToken)
    {
        TagAll(tagger, documents);
        var best = double.MaxValue;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var passes = 0;
        for (var round = 0; round < rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            var clock = Stopwatch.StartNew();
            TagAll(tagger, documents);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            passes++;
        }

        process.Refresh();
        var cpuPerPass = (process.TotalProcessorTime - cpuBefore).TotalSeconds / Math.Max(1, passes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Name} | {what}: tokens per second, one thread (best of {rounds}, {tokens:N0} tokens, {file}) | {tokens / best:N0} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Name} | {what}: tokens per CPU-second | {tokens / cpuPerPass:N0} |"));
    }

    private static void TagAll(INamedEntityTagger tagger, List<List<IReadOnlyList<string>>> documents)
    {
        foreach (var document in documents)
        {
            tagger.Tag(document);
        }
    }
}
