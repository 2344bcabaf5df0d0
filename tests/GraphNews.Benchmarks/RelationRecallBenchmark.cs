using System.Globalization;
using GraphNews.Extraction;
using GraphNews.Extraction.Evaluation;

namespace GraphNews.Benchmarks;

/// <summary>
/// Recall and precision of contact events (meetings, calls, talks, negotiations) on hand-annotated news sentences
/// that the rules were not written from; see <see cref="ContactEvaluation"/> for the matching rules.
/// </summary>
public sealed class RelationRecallBenchmark : IBenchmark
{
    public string Name => "relation-recall";

    public string Description => "Contact-event recall and precision on annotated news sentences, with the NER model unless --no-model (--examples FILE.jsonl; --show lists misses and wrong facts; --trace shows their extraction; --audit CORPUS.jsonl [--audit-articles n --seed s] lists contacts from random articles for a reader to judge).";

    public Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var path = options.Text("examples", Path.Combine("tests", "GraphNews.Extraction.Tests", "Data", "contact-events.jsonl"));
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"relation-recall: '{path}' not found (pass --examples).");
            return Task.FromResult(2);
        }

        var examples = ContactEvaluation.Read(path);
        var withModel = !options.ContainsKey("no-model");
        var extractor = withModel ? NewsExtractor.CreateProduction() : NewsExtractor.CreateDefault();
        var score = ContactEvaluation.Score(extractor, examples);
        output.WriteLine("| benchmark | examples | NER model | contacts that happened: recall | all required contacts: recall | extracted contact facts | precision | type agreement |");
        output.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {examples.Count} | {(withModel ? "yes" : "no")} | {score.ActualRecall:F3} ({score.ActualFound}/{score.ActualExpected}) | {score.AllRecall:F3} ({score.AllFound}/{score.AllExpected}) | {score.Extracted} | {score.Precision:F3} ({score.ExtractedCorrect}/{score.Extracted}) | {score.TypeAgreement:F3} |"));
        if (options.ContainsKey("show"))
        {
            foreach (var miss in score.Missed)
            {
                output.WriteLine($"  missed {miss.A} — {miss.B}: {miss.Detail} ({miss.ExampleId})");
            }

            foreach (var wrong in score.Wrong)
            {
                output.WriteLine($"  wrong  {wrong.A} — {wrong.B}: {wrong.Detail} ({wrong.ExampleId})");
            }
        }

        if (options.TryGetValue("audit", out var corpus))
        {
            var annotated = examples.Select(e => e.Id.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
            Audit(extractor, corpus, annotated, options.Int("audit-articles", 60), options.Int("seed", 1), output);
        }

        if (options.ContainsKey("trace"))
        {
            var troubled = score.Missed.Concat(score.Wrong).Select(o => o.ExampleId).ToHashSet(StringComparer.Ordinal);
            foreach (var example in examples.Where(e => troubled.Contains(e.Id)))
            {
                Trace(extractor, example, output);
            }
        }

        return Task.FromResult(0);
    }

    /// <summary>
    /// Every contact relation extracted from a random sample of a corpus (JSONL articles), with its evidence, for a
    /// reader to judge precision on text the dev set does not hold.
    /// </summary>
    private static void Audit(IArticleExtractor extractor, string corpus, IReadOnlySet<string> annotated, int count, int seed, TextWriter output)
    {
        var lines = File.ReadLines(corpus).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var random = new Random(seed);
        var articles = lines.OrderBy(_ => random.Next()).Take(count)
            .Select(l => System.Text.Json.JsonSerializer.Deserialize<AuditArticle>(l, AuditJson))
            .Where(a => a is { Id: not null, Text: not null } && !annotated.Contains(a.Id));
        var found = 0;
        foreach (var article in articles)
        {
            var graph = extractor.Extract(new GraphNews.Domain.Article { Id = article!.Id!, Title = article.Title ?? "", Text = article.Text!, Published = DateOnly.TryParse(article.Published, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null });
            foreach (var r in graph.Relations.Where(r => ContactEvaluation.ContactTypes.Contains(r.Type)))
            {
                found++;
                output.WriteLine($"- {graph.Entities.First(e => e.Id == r.Source).Name} {r.Type} {graph.Entities.First(e => e.Id == r.Target).Name} [{r.Modality}] ({article.Id}): {r.Evidence.FirstOrDefault()?.Sentence}");
            }
        }

        output.WriteLine($"audit: {found} contact relations in {count} articles");
    }

    private static readonly System.Text.Json.JsonSerializerOptions AuditJson = new() { PropertyNameCaseInsensitive = true };

    private sealed record AuditArticle(string? Id, string? Title, string? Text, string? Published);

    /// <summary>What the extractor saw in an example with a miss or a wrong fact: its entities and every relation.</summary>
    private static void Trace(IArticleExtractor extractor, ContactExample example, TextWriter output)
    {
        var graph = extractor.Extract(new GraphNews.Domain.Article { Id = example.Id, Title = "", Text = example.Text, Published = example.Published });
        output.WriteLine();
        output.WriteLine($"## {example.Id}: {example.Text}");
        output.WriteLine("   entities: " + string.Join("; ", graph.Entities.Select(e => $"{e.Name} ({e.Label})")));
        foreach (var r in graph.Relations)
        {
            output.WriteLine($"   {graph.Entities.First(e => e.Id == r.Source).Name} {r.Type} {graph.Entities.First(e => e.Id == r.Target).Name} [{r.Modality}]");
        }

        foreach (var c in example.Contacts)
        {
            output.WriteLine($"   expected {c.A} — {c.B} {c.Type} {c.Factuality}{(c.Optional ? " (optional)" : "")}");
        }
    }
}
