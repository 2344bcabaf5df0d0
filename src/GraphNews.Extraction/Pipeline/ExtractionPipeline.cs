using GraphNews.Domain;

namespace GraphNews.Extraction.Pipeline;

/// <summary>The list of stages an article passes through, and the conversion of the result to an <see cref="ArticleGraph"/>.</summary>
public sealed class ExtractionPipeline(IReadOnlyList<IPipelineStage> stages, IArticleGraphBuilder builder) : IArticleExtractor
{
    public IReadOnlyList<IPipelineStage> Stages { get; } = stages;

    public ArticleGraph Extract(Article article)
    {
        var document = Run(article);
        return builder.Build(document);
    }

    /// <summary>Runs every stage and returns the annotated document (for inspection and tests).</summary>
    public Document Run(Article article)
    {
        var document = new Document(article);
        foreach (var stage in Stages)
        {
            stage.Process(document);
        }

        return document;
    }
}

/// <summary>Reads the final annotations of a document into the plain <see cref="ArticleGraph"/> value.</summary>
public interface IArticleGraphBuilder
{
    ArticleGraph Build(Document document);
}
