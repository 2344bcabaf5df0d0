using GraphNews.Domain;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction;

/// <summary>
/// Turns the annotated document into the plain <see cref="ArticleGraph"/>: every linked entity once (with the
/// names the article used for it) and the merged relations. Entities added only as a relation end (a capital's
/// country, an event's city) are included too.
/// </summary>
public sealed class ArticleGraphBuilder : IArticleGraphBuilder
{
    public ArticleGraph Build(Document document)
    {
        var entities = new List<GraphEntity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            if (!seen.Add(entity.Id))
            {
                continue;
            }

            var aliases = entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal)).ToList();
            entities.Add(new GraphEntity(entity.Id, entity.Label, entity.Name, aliases));
        }

        var article = document.Published == document.Article.Published ? document.Article : document.Article with { Published = document.Published };
        return new ArticleGraph(article, entities, document.Relations.ToList());
    }
}
