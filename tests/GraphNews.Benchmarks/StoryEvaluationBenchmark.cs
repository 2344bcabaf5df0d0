using System.Globalization;
using System.Text.Json;
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

    public string Description => "Story clustering B-cubed F1 vs gold events (--dev: the hand-labelled dev set [--background: among all 6,468 reports of the corpus, scored on the labelled ones]; or --articles FILE.jsonl --gold FILE.tsv [--background: only the articles the gold lists are scored, the rest are background; --halves: each article split into two reports; --outlets: each article as four reports of several outlets]; --undated: publication dates removed; --dateline: each date written as a line above the text instead; --ablations; --minilm [--minilm-words N]: MiniLM sentence-embedding rows; --show lists stories; --write-reports FILE.jsonl writes the reports for `graphnews ingest` and stops; --predicted FILE.json scores the output of `graphnews stories --format json` instead; --set Name=value,… changes story options of the combined row).";

    public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var dev = options.ContainsKey("dev");
        var background = options.ContainsKey("background");
        var articles = options.GetValueOrDefault("articles", dev ? StoryCorpus.Corpus : StoryCorpus.WikinewsArticles);
        var goldPath = options.GetValueOrDefault("gold", dev ? StoryCorpus.DevGold : StoryCorpus.WikinewsGold);
        if (!File.Exists(articles) || !File.Exists(goldPath))
        {
            Console.Error.WriteLine($"story-eval: '{articles}' or '{goldPath}' not found (pass --articles and --gold).");
            return 2;
        }

        var leadWords = 180;
        if (options.TryGetValue("minilm-words", out var words) && (!int.TryParse(words, NumberStyles.None, CultureInfo.InvariantCulture, out leadWords) || leadWords < 1))
        {
            Console.Error.WriteLine($"story-eval: --minilm-words takes a positive number of words, not '{words}'.");
            return 2;
        }

        var halves = options.ContainsKey("halves");
        var outlets = options.ContainsKey("outlets");
        // Sources such as event-coreference corpora carry no publication dates: with --undated only what the texts say is
        // left; --dateline writes each report's date as a line above its text instead, as scraped pages carry it.
        Func<Article, Article>? received = options.ContainsKey("dateline")
            ? a => a with { Published = null, Text = a.Published is { } day ? $"{day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}\n{a.Text}" : a.Text }
            : options.ContainsKey("undated") ? a => a with { Published = null } : null;
        var gold = StoryEvaluation.ReadGold(goldPath);
        List<ArticleGraph> graphs;
        if (dev)
        {
            graphs = StoryCorpus.DevReports(articles, gold, background, received);
        }
        else
        {
            graphs = StoryCorpus.Extract(articles, halves ? StoryCorpus.Halves : outlets ? StoryCorpus.Outlets : null, received);
        }

        if (halves || outlets)
        {
            // Each half or outlet's report belongs to its article's gold event (or to its article alone).
            gold = graphs.Select(g => g.Article.Id).ToDictionary(id => id, id => gold.GetValueOrDefault(id.Split('#')[0], id.Split('#')[0]), StringComparer.Ordinal);
        }

        if (options.TryGetValue("write-reports", out var reportsPath))
        {
            await WriteReportsAsync(reportsPath, graphs, withDates: received is null, cancellationToken);
            output.WriteLine($"{graphs.Count} reports written to {reportsPath}");
            return 0;
        }

        var scored = graphs.Where(g => !background || gold.ContainsKey(g.Article.Id)).ToList();
        if (options.TryGetValue("predicted", out var predictedPath))
        {
            return ScoreCliStories(output, predictedPath, scored, gold);
        }

        var singletons = BCubed.Score(
            scored.ToDictionary(g => g.Article.Id, g => gold.GetValueOrDefault(g.Article.Id, "own:" + g.Article.Id)),
            scored.ToDictionary(g => g.Article.Id, g => g.Article.Id));
        output.WriteLine($"| benchmark | configuration ({graphs.Count} articles, {scored.Count} scored, {gold.Values.Distinct().Count()} gold groups) | stories | B³ precision | B³ recall | B³ F1 | pairs wrongly together / wrongly apart |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        Row(output, "every article its own story", graphs.Count, singletons, PairErrors(gold, background, scored.ToDictionary(g => g.Article.Id, g => g.Article.Id)));
        foreach (var threshold in new[] { 0.15, 0.2, 0.25, 0.3, 0.4 })
        {
            var baseline = await StoryEvaluation.RunAsync(graphs, gold, StoryOptions.TextOnly(threshold), cancellationToken, background);
            Row(output, string.Create(CultureInfo.InvariantCulture, $"TF-IDF cosine only, same event at ≥ {threshold:F2}"), baseline.Stories, baseline.Score, PairErrors(gold, background, baseline.Predicted));
        }

        var weighedByBackground = await StoryEvaluation.RunAsync(graphs, gold, StoryOptions.TextOnly(0.15) with { BackgroundWeight = StoryOptions.Default.BackgroundWeight }, cancellationToken, background);
        Row(output, "TF-IDF cosine only, words weighed against the background too, same event at ≥ 0.15", weighedByBackground.Stories, weighedByBackground.Score, PairErrors(gold, background, weighedByBackground.Predicted));
        var settings = options.TryGetValue("set", out var spec) ? StoryOptionsOverrides.Apply(StoryOptions.Default, spec) : StoryOptions.Default;
        var combined = await StoryEvaluation.RunAsync(graphs, gold, settings, cancellationToken, background);
        Row(output, spec is null ? "combined (default options)" : $"combined ({spec})", combined.Stories, combined.Score, PairErrors(gold, background, combined.Predicted));
        if (options.ContainsKey("minilm"))
        {
            await MiniLmRowsAsync(output, graphs, gold, background, leadWords, cancellationToken);
        }

        if (options.ContainsKey("ablations"))
        {
            var variants = new (string Name, StoryOptions Options)[]
            {
                ("combined, no headline conflict rule", StoryOptions.Default with { HeadlineConflictSeparates = false }),
                ("combined, headline people need not agree", StoryOptions.Default with { HeadlinePeopleMustAgree = false }),
                ("combined, no shared who/where rule", StoryOptions.Default with { RequireSharedActorOrPlace = false }),
                ("combined, no organisation is a shared who", StoryOptions.Default with { OrganizationActorMinRarity = 2 }),
                ("combined, no kind-and-places route", StoryOptions.Default with { KindAndPlacesRoute = false }),
                ("combined, no words route (text ≥ 2)", StoryOptions.Default with { SameEventMinTextSimilarity = 2 }),
                ("combined, words route at text ≥ 0.25", StoryOptions.Default with { SameEventMinTextSimilarity = 0.25 }),
                ("combined, words route at text ≥ 0.3", StoryOptions.Default with { SameEventMinTextSimilarity = 0.3 }),
                ("combined, entities route at overlap ≥ 0.2", StoryOptions.Default with { SameEventMinEntityOverlap = 0.2 }),
                ("combined without facts (weight 0)", StoryOptions.Default with { FactWeight = 0 }),
                ("combined, join coverage ≥ 0.5", StoryOptions.Default with { JoinMinCoverage = 0.5 }),
                ("combined, evidence ≥ 0.8", StoryOptions.Default with { SameEventMinEvidence = 0.8 }),
                ("combined, evidence ≥ 1.6", StoryOptions.Default with { SameEventMinEvidence = 1.6 }),
                ("combined, no anchor route", StoryOptions.Default with { SameEventMinAnchorEvidence = 99 }),
                ("combined, anchor text ≥ 0.3", StoryOptions.Default with { SameEventMinAnchorText = 0.3 }),
                ("combined, anchor text ≥ 0.4", StoryOptions.Default with { SameEventMinAnchorText = 0.4 }),
                ("combined, anchor without same kind", StoryOptions.Default with { AnchorNeedsSameKind = false }),
                ("combined, anchor needs a kind named in a headline", StoryOptions.Default with { AnchorAcceptsUnnamedKinds = false }),
                ("combined, no headline anchor route", StoryOptions.Default with { HeadlineAnchorRoute = false }),
                ("combined, long window on one anchor (0.6)", StoryOptions.Default with { SameEventLongMinEvidence = 0.6 }),
                ("combined, headlines' kinds must overlap though a text refers back", StoryOptions.Default with { HeadlineKindsMustOverlap = true }),
                ("combined, no event-kind conflict rule", StoryOptions.Default with { EventKindConflictSeparates = false }),
                ("combined, no long window (4 days)", StoryOptions.Default with { SameEventLongMaxDays = 4 }),
                ("combined, same event within 3 days (session 17)", StoryOptions.Default with { SameEventMaxDays = 3 }),
                ("combined, long window at text ≥ 0.25", StoryOptions.Default with { SameEventLongMinText = 0.25 }),
                ("combined, long window at text ≥ 0.3", StoryOptions.Default with { SameEventLongMinText = 0.3 }),
                ("combined, long window 10 days", StoryOptions.Default with { SameEventLongMaxDays = 10 }),
                ("combined, same event within 7 days", StoryOptions.Default with { SameEventMaxDays = 7, SameEventLongMaxDays = 7 }),
                ("combined, words route at text ≥ 0.2", StoryOptions.Default with { SameEventMinTextSimilarity = 0.2 }),
                ("combined, shared keys count fully (not by rarity)", StoryOptions.Default with { SharedKeysCountByRarity = false }),
                ("combined, undated pairs judged as if close in time", StoryOptions.Default with { UndatedMayBeFarApart = false }),
                ("combined, words weighed by the stored articles alone (session 18)", StoryOptions.Default with { BackgroundWeight = 0 }),
                ("combined, background reports count once", StoryOptions.Default with { BackgroundWeight = 1 }),
            };
            foreach (var (name, variant) in variants)
            {
                var outcome = await StoryEvaluation.RunAsync(graphs, gold, variant, cancellationToken, background);
                Row(output, name, outcome.Stories, outcome.Score, PairErrors(gold, background, outcome.Predicted));
            }
        }
        if (options.ContainsKey("show"))
        {
            Show(output, background ? scored : graphs, gold, combined);
        }

        return 0;
    }

    /// <summary>
    /// MiniLM cosine alone (like the TF-IDF rows), and the combined scorer with MiniLM as (or blended into)
    /// its text similarity, at several floors below which embedding cosine counts as nothing.
    /// </summary>
    private async Task MiniLmRowsAsync(TextWriter output, List<ArticleGraph> graphs, IReadOnlyDictionary<string, string> gold, bool background, int leadWords, CancellationToken cancellationToken)
    {
        using var embedder = new MiniLmTextEmbedder(leadWords);
        foreach (var threshold in new[] { 0.4, 0.5, 0.6, 0.7, 0.8 })
        {
            var alone = await StoryEvaluation.RunAsync(graphs, gold, StoryOptions.EmbeddingOnly(threshold), cancellationToken, background, embedder);
            Row(output, string.Create(CultureInfo.InvariantCulture, $"MiniLM cosine only ({leadWords} lead words), same event at ≥ {threshold:F2}"), alone.Stories, alone.Score, PairErrors(gold, background, alone.Predicted));
        }

        var variants = new (string Name, StoryOptions Options)[]
        {
            ("combined, MiniLM text, floor 0.2", StoryOptions.Default with { TextSource = TextSimilaritySource.Embedding, EmbeddingFloor = 0.2 }),
            ("combined, MiniLM text, floor 0.3", StoryOptions.Default with { TextSource = TextSimilaritySource.Embedding, EmbeddingFloor = 0.3 }),
            ("combined, MiniLM text, floor 0.4", StoryOptions.Default with { TextSource = TextSimilaritySource.Embedding, EmbeddingFloor = 0.4 }),
            ("combined, MiniLM text, floor 0.5", StoryOptions.Default with { TextSource = TextSimilaritySource.Embedding, EmbeddingFloor = 0.5 }),
            ("combined, TF-IDF and MiniLM blended, floor 0.3", StoryOptions.Default with { TextSource = TextSimilaritySource.Blend, EmbeddingFloor = 0.3 }),
            ("combined, TF-IDF and MiniLM blended, floor 0.4", StoryOptions.Default with { TextSource = TextSimilaritySource.Blend, EmbeddingFloor = 0.4 }),

            // The best of 720 settings (source, floor, the three text thresholds, text weight) on the dev set itself: an upper bound.
            ("combined, blended, floor 0.3, words route at 0.3 (best of a grid on dev)", StoryOptions.Default with { TextSource = TextSimilaritySource.Blend, EmbeddingFloor = 0.3, SameEventMinTextSimilarity = 0.3 }),
        };
        foreach (var (name, variant) in variants)
        {
            var outcome = await StoryEvaluation.RunAsync(graphs, gold, variant, cancellationToken, background, embedder);
            Row(output, name, outcome.Stories, outcome.Score, PairErrors(gold, background, outcome.Predicted));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MiniLM: {embedder.Encoded} texts encoded on one thread, {embedder.MeanMilliseconds:F1} ms each, {embedder.MeanCpuMilliseconds:F1} ms of process CPU (title + {leadWords} lead words)"));
    }

    /// <summary>
    /// The reports as JSON lines in the input format of `graphnews ingest`, so the whole command-line path can be scored;
    /// without dates when they were removed (a date the extractor read from a dateline is not written either).
    /// </summary>
    private static async Task WriteReportsAsync(string path, List<ArticleGraph> graphs, bool withDates, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path);
        foreach (var article in graphs.Select(g => g.Article))
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(new
            {
                id = article.Id,
                title = article.Title,
                text = article.Text,
                published = withDates ? article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                source = article.Source,
                license = article.License,
            }).AsMemory(), cancellationToken);
        }
    }

    /// <summary>Scores stories as `graphnews stories --format json` printed them: [{"id","title","articles":[ids]}].</summary>
    private int ScoreCliStories(TextWriter output, string path, List<ArticleGraph> scored, IReadOnlyDictionary<string, string> gold)
    {
        List<CliStory>? stories;
        try
        {
            stories = JsonSerializer.Deserialize<List<CliStory>>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            Console.Error.WriteLine($"story-eval: cannot read stories from '{path}': {e.Message}");
            return 2;
        }

        var predicted = (stories ?? []).SelectMany(s => s.Articles.Select(a => (Article: a, Story: s.Id))).ToDictionary(p => p.Article, p => p.Story, StringComparer.Ordinal);
        var labelled = scored.Select(g => g.Article.Id).ToDictionary(id => id, id => gold.GetValueOrDefault(id, "own:" + id), StringComparer.Ordinal);
        var inStories = labelled.Keys.ToDictionary(id => id, id => predicted.GetValueOrDefault(id, "own:" + id), StringComparer.Ordinal);
        output.WriteLine($"| benchmark | configuration ({labelled.Count} reports scored, {labelled.Values.Distinct().Count()} gold groups) | stories | B³ precision | B³ recall | B³ F1 | pairs wrongly together / wrongly apart |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        Row(output, $"`graphnews stories` output ({Path.GetFileName(path)})", inStories.Values.Distinct().Count(), BCubed.Score(labelled, inStories), PairErrors(gold, labelledOnly: false, inStories));
        return 0;
    }

    private sealed record CliStory(string Id, IReadOnlyList<string> Articles);

    /// <summary>Lists the pairs the stories got wrong (same event apart, different events together) with the link between them, if any.</summary>
    private static void Show(TextWriter output, List<ArticleGraph> graphs, IReadOnlyDictionary<string, string> gold, StoryEvaluation.Outcome outcome)
    {
        var cues = EventCues.LoadDefault();
        var titles = graphs.ToDictionary(g => g.Article.Id, g => g.Article.Title, StringComparer.Ordinal);
        var kinds = graphs.ToDictionary(g => g.Article.Id, g => $"headline [{string.Join(' ', cues.Kinds(g.Article.Title))}] text [{string.Join(' ', cues.Kinds(g.Article.Title + "\n" + g.Article.Text))}]", StringComparer.Ordinal);
        string Gold(string id) => gold.GetValueOrDefault(id, "own:" + id);
        RelatedArticle? Find(string a, string b) => outcome.Links[a].FirstOrDefault(l => l.ArticleId == b) ?? outcome.Links[b].FirstOrDefault(l => l.ArticleId == a);
        string Link(string a, string b)
        {
            if (Find(a, b) is { } link)
            {
                return Explain(link.Score, link.Reasons);
            }

            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            return outcome.Unlinked.TryGetValue(key, out var scored) ? "no link, now " + Explain(scored.Score, scored.Reasons) : "no link";
        }

        static string Explain(double score, LinkReasons r) =>
            string.Create(CultureInfo.InvariantCulture, $"score {score:F3} {r.Decision} text {r.TextSimilarity:F2} days {r.DaysApart} facts [{string.Join("; ", r.Facts.Select(f => $"{f.Type ?? "pair"} {f.SourceName}-{f.TargetName}"))}] entities [{string.Join("; ", r.Entities.Select(e => $"{e.Name}:{e.Label}"))}]");

        var ids = titles.Keys.Where(outcome.Predicted.ContainsKey).Order(StringComparer.Ordinal).ToList();
        var missedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (a, b) in ids.SelectMany((a, i) => ids.Skip(i + 1).Select(b => (a, b))))
        {
            var sameGold = Gold(a) == Gold(b);
            var together = outcome.Predicted.GetValueOrDefault(a) is { } s && s == outcome.Predicted.GetValueOrDefault(b);
            if (sameGold != together)
            {
                output.WriteLine($"{(sameGold ? "MISSED" : "MERGED")} {Gold(a)} / {Gold(b)}\n    {titles[a]}\n    {titles[b]}\n    {Link(a, b)}\n    {kinds[a]} / {kinds[b]}");
            }

            if (sameGold && !together)
            {
                var why = Find(a, b)?.Reasons.Decision.ToString()
                    ?? (outcome.Unlinked.TryGetValue((a, b), out var scored) ? "no link (" + scored.Reasons.Decision + ")" : "no link");
                missedBy[why] = missedBy.GetValueOrDefault(why) + 1;
            }
        }

        // Pairs of one event left apart, by what kept them apart (a same-event link whose stories did not join counts by its route).
        output.WriteLine("Pairs of one event left apart, by decision: " + string.Join(", ", missedBy.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
    }

    /// <summary>Pairs of labelled articles put in one story though they report different events, and pairs of one event left apart.</summary>
    private static (int Together, int Apart) PairErrors(IReadOnlyDictionary<string, string> gold, bool labelledOnly, IReadOnlyDictionary<string, string> predicted)
    {
        var ids = predicted.Keys.Where(id => !labelledOnly || gold.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        string Event(string id) => gold.GetValueOrDefault(id, "\u0000own:" + id);
        int together = 0, apart = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                var sameEvent = Event(ids[i]) == Event(ids[j]);
                var sameStory = predicted[ids[i]] == predicted[ids[j]];
                together += !sameEvent && sameStory ? 1 : 0;
                apart += sameEvent && !sameStory ? 1 : 0;
            }
        }

        return (together, apart);
    }

    private void Row(TextWriter output, string configuration, int stories, BCubed.Result score, (int Together, int Apart) errors) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Name} | {configuration} | {stories} | {score.Precision:F3} | {score.Recall:F3} | {score.F1:F3} | {errors.Together} / {errors.Apart} |"));
}
