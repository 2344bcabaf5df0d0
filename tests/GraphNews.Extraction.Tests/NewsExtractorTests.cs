using GraphNews.Domain;

namespace GraphNews.Extraction.Tests;

public sealed class NewsExtractorTests
{
    [Fact]
    public void One_instance_gives_the_same_results_from_many_threads()
    {
        var articles = Enumerable.Range(0, 40)
            .Select(i => TestSupport.Article($"Emmanuel Macron met Olaf Scholz on February {1 + (i % 20)}. Kremlin spokesman Dmitry Peskov said talks could follow."))
            .ToList();
        var expected = articles.Select(a => Describe(TestSupport.Extractor.Extract(a))).ToList();

        var actual = new string[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Describe(TestSupport.Extractor.Extract(articles[i])));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_relation_type_and_end_label_agrees_with_the_ontology()
    {
        var text = File.ReadAllText(Path.Combine(TestSupport.RepoRoot(), "samples", "wikinews.jsonl"));
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var graph = TestSupport.Extract(json.RootElement.GetProperty("text").GetString()!);
            var labels = graph.Entities.ToDictionary(e => e.Id, e => e.Label);
            foreach (var relation in graph.Relations)
            {
                var type = RelationOntology.Default.Find(relation.Type);
                Assert.NotNull(type);
                Assert.Contains(labels[relation.Source], type.SourceLabels);
                Assert.Contains(labels[relation.Target], type.TargetLabels);
                Assert.InRange(relation.Confidence, 0.0, 1.0);
                Assert.NotEmpty(relation.Evidence);
            }
        }
    }

    private static string Describe(ArticleGraph graph) =>
        string.Join(';', graph.Relations.Select(r => $"{r.Type}:{r.Source}:{r.Target}:{r.Modality}:{r.Date}"));
}
