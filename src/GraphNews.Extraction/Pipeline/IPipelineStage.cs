namespace GraphNews.Extraction.Pipeline;

/// <summary>One step of extraction: reads the document's annotations and adds its own.</summary>
public interface IPipelineStage
{
    string Name { get; }

    void Process(Document document);
}
