using GraphNews.Domain;

namespace GraphNews.Extraction;

/// <summary>Turns an article into its graph. Pure computation: no I/O, safe to call from many threads.</summary>
public interface IArticleExtractor
{
    ArticleGraph Extract(Article article);
}
