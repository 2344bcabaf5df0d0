using GraphNews.Domain;

namespace GraphNews.Stories;

/// <summary>Makes the <see cref="ArticleSignature"/> of an article graph.</summary>
public sealed class SignatureBuilder(RelationOntology ontology, TextTerms terms, StoryOptions options, EventCues cues, BackgroundTerms background, ITextEmbedder? embedder = null)
{
    public SignatureBuilder(RelationOntology ontology, TextTerms terms, StoryOptions options)
        : this(ontology, terms, options, EventCues.LoadDefault(), BackgroundTerms.LoadDefault())
    {
    }

    public ArticleSignature Build(ArticleGraph graph, string fingerprint)
    {
        var entities = graph.Entities
            .Select(e => new SignatureEntity(e.Id, e.Label, e.Name, NamedIn(graph.Article.Title, e)))
            .DistinctBy(e => e.Id)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var facts = graph.Relations
            .Where(r => r.Modality != Modality.Negated && r.Source != r.Target)
            .Select(ToFact)
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .Select(g => g.First() with { TopicIds = g.SelectMany(f => f.TopicIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() })
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
        var termList = terms.Extract(graph.Article.Title, graph.Article.Text, options.MaxTermsPerArticle);
        return new ArticleSignature
        {
            ArticleId = graph.Article.Id,
            Title = graph.Article.Title,
            Published = graph.Article.Published,
            Days = graph.Article.Published is null ? TextDays.Find(graph.Article.Text) : [],
            LeadWeekdays = TextDays.LeadWeekdays(graph.Article.Title, graph.Article.Text),
            Fingerprint = fingerprint,
            Version = ArticleSignature.CurrentVersion,
            Entities = entities,
            Facts = facts,
            ReportsManyEvents = EventSpread.ReportsManyEvents(graph, entities, options, terms, background),
            HeadlineKinds = cues.Kinds(graph.Article.Title),
            Kinds = cues.Kinds(graph.Article.Title + "\n" + graph.Article.Text),
            Terms = termList.Select(t => t.Hash).ToList(),
            TermFrequencies = termList.Select(t => t.Weight).ToList(),
            Embedding = embedder is null ? null : EmbeddingVectors.Quantize(embedder.Embed(graph.Article.Title, graph.Article.Text)),
        };
    }

    private static bool NamedIn(string title, GraphEntity entity) =>
        entity.Aliases.Append(entity.Name).Any(name => name.Length >= 3 && title.Contains(name, StringComparison.OrdinalIgnoreCase));

    private SignatureFact ToFact(GraphRelation relation)
    {
        var (a, b) = (relation.Source, relation.Target);
        if (ontology.IsSymmetric(relation.Type) && string.CompareOrdinal(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var structural = ontology.Find(relation.Type)?.Category == RelationCategory.Structural;
        return new SignatureFact(string.Join('\u001f', relation.Type, a, b), relation.Type, a, b, structural, relation.Topics, relation.Date);
    }
}
