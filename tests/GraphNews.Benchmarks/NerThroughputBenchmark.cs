using System.Diagnostics;
using System.Globalization;
using GraphNews.Extraction.Ner;

namespace GraphNews.Benchmarks;

/// <summary>Named-entity recognition throughput on one thread, model loaded once, after a warm-up pass.</summary>
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

        TagAll(tagger, documents);
        var best = double.MaxValue;
        for (var round = 0; round < rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            var clock = Stopwatch.StartNew();
            TagAll(tagger, documents);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        output.WriteLine("| benchmark | figure | value |");
        output.WriteLine("|---|---|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Name} | model load (embedded, first use) | {load.Elapsed.TotalMilliseconds:F0} ms |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Name} | tokens per second, one thread (best of {rounds}, {tokens:N0} tokens, {Path.GetFileName(path)}) | {tokens / best:N0} |"));
        return Task.FromResult(0);
    }

    private static void TagAll(PerceptronNerTagger tagger, List<List<IReadOnlyList<string>>> documents)
    {
        foreach (var document in documents)
        {
            tagger.Tag(document);
        }
    }
}
