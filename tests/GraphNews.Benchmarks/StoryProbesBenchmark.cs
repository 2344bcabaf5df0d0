using System.Globalization;
using GraphNews.Domain;
using GraphNews.Stories;

namespace GraphNews.Benchmarks;

/// <summary>
/// The story sets at a glance: B-cubed precision, recall and F1 of the default story options on every labelled set, with
/// publication dates and without (the texts' own dates only): the seminal sets, the session-15 probes and the two
/// across-years sets (each group pooled, its event labels kept apart by set), the dev digests and the Wikinews gold.
/// One row per set; `story-eval` gives the details of one.
/// </summary>
public sealed class StoryProbesBenchmark : IBenchmark
{
    private const string Probes = "tests/GraphNews.Benchmarks/Data/story-probes";

    private static readonly (string Name, string[] Folders)[] ProbeSets =
    [
        ("seminal-a", ["seminal-a"]),
        ("seminal-b", ["seminal-b"]),
        ("seminal-c", ["seminal-c"]),
        ("seminal-d", ["seminal-d"]),
        ("session-15 probes", ["politics", "disasters", "crimebiz", "mixed"]),
        ("across-years", ["across-years-1", "across-years-2"]),
    ];

    public string Name => "story-probes";

    public string Description => "Story clustering B-cubed of the default options on every labelled set, dated and undated (--set Name=value,… changes story options; --sets a,b picks sets by name).";

    public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Probes))
        {
            Console.Error.WriteLine($"story-probes: '{Probes}' not found (run from the repository root).");
            return 2;
        }

        var settings = options.TryGetValue("set", out var spec) ? StoryOptionsOverrides.Apply(StoryOptions.Default, spec) : StoryOptions.Default;
        var wanted = options.TryGetValue("sets", out var names) ? names.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
        output.WriteLine($"| benchmark | set ({(spec is null ? "default options" : spec)}) | reports | gold events | dated: P / R / F1 | undated: P / R / F1 |");
        output.WriteLine("|---|---|---:|---:|---|---|");
        foreach (var (name, load) in Sets().Where(s => wanted?.Contains(s.Name) != false))
        {
            var (dated, gold) = load(null);
            var (undated, _) = load(a => a with { Published = null });
            var withDates = await StoryEvaluation.RunAsync(dated, gold, settings, cancellationToken);
            var withoutDates = await StoryEvaluation.RunAsync(undated, gold, settings, cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Name} | {name} | {dated.Count} | {dated.Select(g => gold.GetValueOrDefault(g.Article.Id, g.Article.Id)).Distinct().Count()} | {Figures(withDates.Score)} | {Figures(withoutDates.Score)} |"));
        }

        return 0;
    }

    private static string Figures(BCubed.Result score) =>
        string.Create(CultureInfo.InvariantCulture, $"{score.Precision:F3} / {score.Recall:F3} / **{score.F1:F3}**");

    private static IEnumerable<(string Name, Func<Func<Article, Article>?, (List<ArticleGraph>, IReadOnlyDictionary<string, string>)> Load)> Sets()
    {
        foreach (var (name, folders) in ProbeSets)
        {
            yield return (name, received => Pooled(folders, received));
        }

        yield return ("dev digests", received =>
        {
            var gold = StoryEvaluation.ReadGold(StoryCorpus.DevGold);
            return (StoryCorpus.DevReports(StoryCorpus.Corpus, gold, background: false, received), gold);
        });
        yield return ("Wikinews gold", received =>
            (StoryCorpus.Extract(StoryCorpus.WikinewsArticles, received: received), StoryEvaluation.ReadGold(StoryCorpus.WikinewsGold)));
    }

    /// <summary>The reports of several probe folders as one set; event labels are prefixed by their folder, where "e01" recurs.</summary>
    private static (List<ArticleGraph>, IReadOnlyDictionary<string, string>) Pooled(string[] folders, Func<Article, Article>? received)
    {
        var graphs = new List<ArticleGraph>();
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var path = Path.Combine(Probes, folder);
            graphs.AddRange(StoryCorpus.Extract(Path.Combine(path, "articles.jsonl"), received: received));
            foreach (var (article, story) in StoryEvaluation.ReadGold(Path.Combine(path, "events.tsv")))
            {
                gold[article] = folder + "/" + story;
            }
        }

        return (graphs, gold);
    }
}
