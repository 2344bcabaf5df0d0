namespace GraphNews.Stories;

/// <summary>An article's links read whole, and the one direction a link between two articles is written in outside the index.</summary>
public static class StoryLinks
{
    /// <summary>Every same-event link and the strongest others (the index keeps at most 20 of those): more than any article has.</summary>
    private const int AllOfAnArticle = 200;

    public static Task<IReadOnlyList<RelatedArticle>> GetAllRelatedAsync(this IStoryStore stories, string articleId, CancellationToken cancellationToken = default) =>
        stories.GetRelatedAsync(articleId, AllOfAnArticle, cancellationToken);

    /// <summary>From the article with the smaller id, as RELATED_TO is stored in Neo4j and in exports: once per pair.</summary>
    public static (string FromId, string ToId) Ends(string articleId, string otherId) =>
        string.CompareOrdinal(articleId, otherId) < 0 ? (articleId, otherId) : (otherId, articleId);
}
