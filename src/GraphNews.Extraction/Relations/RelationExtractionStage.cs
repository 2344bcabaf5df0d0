using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Relations;

/// <summary>Runs the relation rules sentence by sentence and stores the merged relations on the document.</summary>
public sealed class RelationExtractionStage(Knowledge knowledge) : IPipelineStage
{
    public string Name => "relate";

    public void Process(Document document)
    {
        var index = TokenIndex.Build(document);
        var titles = document.Titles.ToLookup(t => t.Sentence);
        var sink = new RelationSink(document, knowledge.Ontology);
        foreach (var sentence in document.Sentences)
        {
            var context = new SentenceContext(document, index, knowledge, sentence, id => EnsureKnown(document, id));
            EventFacts.Extract(context, sink);
            RoleRelationExtractor.Extract(context, titles[sentence.Index], sink);
            TriggerRelationExtractor.Extract(context, sink);
        }

        document.Relations.AddRange(sink.Relations);
    }

    private int? EnsureKnown(Document document, string id)
    {
        var existing = document.Entities.FindIndex(e => e.Id == id);
        if (existing >= 0)
        {
            return existing;
        }

        if (knowledge.Entities.FindById(id) is not { } known)
        {
            return null;
        }

        document.Entities.Add(new LinkedEntity { Label = known.Label, Name = known.Name, Known = known, Gender = known.Gender });
        return document.Entities.Count - 1;
    }
}
