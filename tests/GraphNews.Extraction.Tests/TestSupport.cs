using GraphNews.Domain;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Tests;

/// <summary>One shared extractor (knowledge loads once) and helpers to build articles and read results.</summary>
internal static class TestSupport
{
    public static readonly DateOnly Published = new(2025, 2, 9);

    public static ExtractionPipeline Extractor { get; } = NewsExtractor.CreateDefault();

    /// <summary>What users run: the pipeline with the committed statistical NER model.</summary>
    public static ExtractionPipeline ProductionExtractor { get; } = NewsExtractor.CreateProduction();

    public static Article Article(string text, DateOnly? published = null) =>
        new() { Id = "test", Title = "Test", Text = text, Published = published ?? Published };

    public static Document Run(string text, DateOnly? published = null) => Extractor.Run(Article(text, published));

    public static ArticleGraph Extract(string text, DateOnly? published = null) => Extractor.Extract(Article(text, published));

    public static IReadOnlyList<GraphRelation> Relations(this ArticleGraph graph, string type, string source, string target) =>
        graph.Relations.Where(r => r.Type == type && Ends(graph, r, source, target)).ToList();

    public static GraphRelation Single(this ArticleGraph graph, string type, string source, string target)
    {
        var found = graph.Relations(type, source, target);
        Assert.True(found.Count == 1, $"Expected one {type} {source} → {target}, found {found.Count}. Relations:\n{Describe(graph)}");
        return found[0];
    }

    public static string NameOf(this ArticleGraph graph, string id) => graph.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id;

    public static string Describe(ArticleGraph graph) =>
        string.Join('\n', graph.Relations.Select(r => $"  {graph.NameOf(r.Source)} {r.Type} {graph.NameOf(r.Target)} [{r.Modality}] {r.Date} {r.Role}"));

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GraphNews.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (GraphNews.sln) above the test binaries.");
    }

    private static bool Ends(ArticleGraph graph, GraphRelation relation, string source, string target)
    {
        var s = graph.NameOf(relation.Source);
        var t = graph.NameOf(relation.Target);
        var symmetric = RelationOntology.Default.IsSymmetric(relation.Type);
        return (s == source && t == target) || (symmetric && s == target && t == source);
    }
}
