using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Ner;
using GraphNews.Extraction.Pipeline;
using GraphNews.Extraction.Relations;
using GraphNews.Extraction.Stages;

namespace GraphNews.Extraction;

/// <summary>
/// The default extractor: segment → dates → recognise mentions → link entities → extract relations and
/// events, then build the <see cref="ArticleGraph"/>. Knowledge is loaded once per process and shared;
/// stages keep no per-article state, so one instance can serve many threads.
/// </summary>
public static class NewsExtractor
{
    private static readonly Lazy<Knowledge> DefaultKnowledge = new(() => Knowledge.Load(RelationOntology.Default));

    /// <summary>The shared knowledge base (loaded on first use).</summary>
    public static Knowledge Knowledge => DefaultKnowledge.Value;

    /// <param name="tagger">A statistical NER tagger whose PER/ORG/LOC/EVENT spans are combined with the gazetteer; null to use the capitalisation heuristic alone.</param>
    public static ExtractionPipeline CreateDefault(INamedEntityTagger? tagger = null) => Create(Knowledge, tagger);

    /// <summary>
    /// What users run: the committed statistical model with the knowledge overlay and the name-span conventions
    /// (<see cref="GazetteerAwareTagger"/>), the same recogniser `graphnews ner` runs.
    /// </summary>
    public static ExtractionPipeline CreateProduction() => CreateDefault(GazetteerAwareTagger.Over(PerceptronNerTagger.LoadDefault(), Knowledge));

    public static ExtractionPipeline Create(Knowledge knowledge, INamedEntityTagger? tagger = null) =>
        new(
            [
                new SegmentationStage(knowledge),
                new PublicationDateStage(knowledge),
                new DateRecognitionStage(knowledge),
                new MentionRecognitionStage(knowledge, tagger),
                new EntityLinkingStage(knowledge),
                new RelationExtractionStage(knowledge),
            ],
            new ArticleGraphBuilder());
}
