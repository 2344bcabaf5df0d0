using GraphNews.Domain;
using GraphNews.Extraction;
using GraphNews.Extraction.Ner;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Benchmarks;

/// <summary>Extracts the graphs of a corpus for the story benchmarks; an article the extractor fails on is reported and left out.</summary>
internal static class StoryCorpus
{
    public static List<ArticleGraph> Extract(string path)
    {
        var extractor = NewsExtractor.CreateDefault(PerceptronNerTagger.LoadDefault());
        var graphs = new List<ArticleGraph>();
        foreach (var item in ArticleInputs.ReadFile(path, ReaderOptions.Default).Where(r => r.IsSuccess))
        {
            try
            {
                graphs.Add(extractor.Extract(item.Article!));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Console.Error.WriteLine($"skipped {item.Location}: {e.Message}");
            }
        }

        return graphs;
    }
}
