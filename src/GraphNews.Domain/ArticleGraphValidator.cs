namespace GraphNews.Domain;

/// <summary>Checks that a graph is self-consistent before a store accepts it, so no store ever holds a dangling reference.</summary>
public static class ArticleGraphValidator
{
    /// <exception cref="ArgumentException">The graph names an entity it does not define, or an unknown relation type.</exception>
    public static void Validate(ArticleGraph graph, RelationOntology ontology)
    {
        if (string.IsNullOrWhiteSpace(graph.Article.Id))
        {
            throw new ArgumentException("The article has no id.", nameof(graph));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            if (string.IsNullOrWhiteSpace(entity.Id) || string.IsNullOrWhiteSpace(entity.Name))
            {
                throw new ArgumentException($"Article {graph.Article.Id}: an entity has no id or name.", nameof(graph));
            }

            if (!ids.Add(entity.Id))
            {
                throw new ArgumentException($"Article {graph.Article.Id}: entity {entity.Id} is listed twice.", nameof(graph));
            }
        }

        foreach (var candidate in graph.Candidates)
        {
            if (!ids.Contains(candidate.EntityId) || candidate.CandidateId == candidate.EntityId)
            {
                throw new ArgumentException($"Article {graph.Article.Id}: identity candidate {candidate.EntityId} -> {candidate.CandidateId} does not name one of the article's entities and another entity.", nameof(graph));
            }
        }

        foreach (var relation in graph.Relations)
        {
            if (!ontology.Contains(relation.Type))
            {
                throw new ArgumentException($"Article {graph.Article.Id}: unknown relation type {relation.Type}.", nameof(graph));
            }

            foreach (var end in relation.Topics.Append(relation.Source).Append(relation.Target))
            {
                if (!ids.Contains(end))
                {
                    throw new ArgumentException($"Article {graph.Article.Id}: relation {relation.Type} refers to undefined entity {end}.", nameof(graph));
                }
            }

            if (relation.Evidence.Count == 0)
            {
                throw new ArgumentException($"Article {graph.Article.Id}: relation {relation.Type} {relation.Source} -> {relation.Target} has no evidence; every fact must be traceable to a sentence.", nameof(graph));
            }

            foreach (var evidence in relation.Evidence)
            {
                if (evidence.Start < 0 || evidence.End < evidence.Start || evidence.End > graph.Article.Text.Length)
                {
                    throw new ArgumentException($"Article {graph.Article.Id}: evidence offsets {evidence.Start}..{evidence.End} are outside the text.", nameof(graph));
                }
            }
        }
    }
}
