using System.Globalization;
using GraphNews.Domain;
using GraphNews.Stories;

namespace GraphNews.Benchmarks;

/// <summary>
/// B-cubed F1 of stories against a labelled corpus: the combined score (facts, entities, text, time)
/// against TF-IDF cosine alone, both with the same incremental clustering.
/// </summary>
public sealed class StoryEvaluationBenchmark : IBenchmark
{
    public string Name => "story-eval";

    public string Description => "Story clustering B-cubed F1 vs gold events (--articles FILE.jsonl --gold FILE.tsv [--halves: each article split into two reports]; --show lists stories).";

    public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var articles = options.GetValueOrDefault("articles", "tests/GraphNews.Stories.Tests/Data/wikinews-2019-2021.jsonl");
        var goldPath = options.GetValueOrDefault("gold", "tests/GraphNews.Stories.Tests/Data/wikinews-events.tsv");
        if (!File.Exists(articles) || !File.Exists(goldPath))
        {
            Console.Error.WriteLine($"story-eval: '{articles}' or '{goldPath}' not found (pass --articles and --gold).");
            return 2;
        }

        var halves = options.ContainsKey("halves");
        var graphs = StoryCorpus.Extract(articles, halves ? StoryCorpus.Halves : null);
        var gold = StoryEvaluation.ReadGold(goldPath);
        if (halves)
        {
            // Each half belongs to its article's gold event (or to its article alone).
            gold = graphs.Select(g => g.Article.Id).ToDictionary(id => id, id => gold.GetValueOrDefault(id.Split('#')[0], id.Split('#')[0]), StringComparer.Ordinal);
        }

        output.WriteLine($"| benchmark | configuration ({graphs.Count} articles, {gold.Values.Distinct().Count()} gold groups) | stories | B³ precision | B³ recall | B³ F1 |");
        output.WriteLine("|---|---|---:|---:|---:|---:|");
        var singletons = BCubed.Score(
            graphs.ToDictionary(g => g.Article.Id, g => gold.GetValueOrDefault(g.Article.Id, "own:" + g.Article.Id)),
            graphs.ToDictionary(g => g.Article.Id, g => g.Article.Id));
        Row(output, "every article its own story", graphs.Count, singletons);
        foreach (var threshold in new[] { 0.15, 0.2, 0.25, 0.3, 0.4 })
        {
            var baseline = await StoryEvaluation.RunAsync(graphs, gold, StoryOptions.TextOnly(threshold), cancellationToken);
            Row(output, string.Create(CultureInfo.InvariantCulture, $"TF-IDF cosine only, same event at ≥ {threshold:F2}"), baseline.Stories, baseline.Score);
        }

        var combined = await StoryEvaluation.RunAsync(graphs, gold, StoryOptions.Default, cancellationToken);
        Row(output, "combined (default options)", combined.Stories, combined.Score);
        if (options.ContainsKey("ablations"))
        {
            var variants = new (string Name, StoryOptions Options)[]
            {
                ("combined, no headline conflict rule", StoryOptions.Default with { HeadlineConflictSeparates = false }),
                ("combined, headline people need not agree", StoryOptions.Default with { HeadlinePeopleMustAgree = false }),
                ("combined, no shared who/where rule", StoryOptions.Default with { RequireSharedActorOrPlace = false }),
                ("combined, no words route (text ≥ 2)", StoryOptions.Default with { SameEventMinTextSimilarity = 2 }),
                ("combined, words route at text ≥ 0.25", StoryOptions.Default with { SameEventMinTextSimilarity = 0.25 }),
                ("combined, words route at text ≥ 0.3", StoryOptions.Default with { SameEventMinTextSimilarity = 0.3 }),
                ("combined, entities route at overlap ≥ 0.2", StoryOptions.Default with { SameEventMinEntityOverlap = 0.2 }),
                ("combined without facts (weight 0)", StoryOptions.Default with { FactWeight = 0 }),
                ("combined, join coverage ≥ 0.5", StoryOptions.Default with { JoinMinCoverage = 0.5 }),
                ("combined, 3 specific shared entities", StoryOptions.Default with { SameEventMinSpecificEntities = 3 }),
                ("combined, same event within 7 days", StoryOptions.Default with { SameEventMaxDays = 7 }),
                ("combined, words route at text ≥ 0.2", StoryOptions.Default with { SameEventMinTextSimilarity = 0.2 }),
            };
            foreach (var (name, variant) in variants)
            {
                var outcome = await StoryEvaluation.RunAsync(graphs, gold, variant, cancellationToken);
                Row(output, name, outcome.Stories, outcome.Score);
            }
        }
        if (options.ContainsKey("show"))
        {
            foreach (var group in combined.Predicted.GroupBy(p => p.Value).Where(g => g.Count() > 1))
            {
                output.WriteLine($"  story {group.Key}: {string.Join(", ", group.Select(p => $"{p.Key} [{gold.GetValueOrDefault(p.Key, "-")}]"))}");
            }
        }

        return 0;
    }

    private void Row(TextWriter output, string configuration, int stories, BCubed.Result score) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Name} | {configuration} | {stories} | {score.Precision:F3} | {score.Recall:F3} | {score.F1:F3} |"));
}
