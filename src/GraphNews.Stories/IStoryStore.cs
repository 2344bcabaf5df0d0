using GraphNews.Domain;
using GraphNews.Domain.Storage;

namespace GraphNews.Stories;

/// <summary>Where signatures, related links and stories persist (next to the graph).</summary>
public interface IStoryStore
{
    /// <summary>Creates the story tables if missing. Idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored signature, streamed: the index keeps a compact form of each, never the whole list at once.</summary>
    IAsyncEnumerable<ArticleSignature> ReadSignaturesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every story's id and member article ids.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LoadMembershipAsync(CancellationToken cancellationToken = default);

    /// <summary>Same-event links whose both ends are among <paramref name="articleIds"/>.</summary>
    Task<IReadOnlyList<(string A, string B)>> GetSameEventLinksAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default);

    /// <summary>Applies the updates in order, all of them or none.</summary>
    Task ApplyAsync(IReadOnlyList<StoryUpdate> updates, CancellationToken cancellationToken = default);

    /// <summary>The article's links, strongest first.</summary>
    Task<IReadOnlyList<RelatedArticle>> GetRelatedAsync(string articleId, int first, CancellationToken cancellationToken = default);

    Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default);

    Task<StoryRecord?> GetStoryOfArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Stories, latest first (then larger first, then by id).</summary>
    Task<Page<StoryRecord>> ListStoriesAsync(StoryFilter filter, PageRequest page, CancellationToken cancellationToken = default);
}

/// <summary>The stored articles the story index is built from, when it has to catch up with the graph store.</summary>
public interface IStoryArticleSource
{
    Task<IReadOnlyList<ArticleVersion>> ListArticleVersionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The article with the entities it mentions and the facts it supports, or null when it is gone.</summary>
    Task<ArticleGraph?> LoadGraphAsync(string articleId, CancellationToken cancellationToken = default);
}
