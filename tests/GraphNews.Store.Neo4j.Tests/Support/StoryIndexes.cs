using GraphNews.Domain;
using GraphNews.Store.Contract;
using GraphNews.Stories;

namespace GraphNews.Store.Neo4j.Tests.Support;

/// <summary>Two reports of one Trump–Putin call, a day apart: one story, one same-event link.</summary>
public static class StoryIndexes
{
    public static IReadOnlyList<ArticleGraph> TwoReportsOfOneCall() =>
    [
        ContractGraphs.TrumpCallsPutin("call-1", new DateOnly(2025, 2, 9)),
        ContractGraphs.TrumpCallsPutin("call-2", new DateOnly(2025, 2, 10)),
    ];

    /// <summary>A story store holding <see cref="TwoReportsOfOneCall"/>, linked.</summary>
    public static async Task<InMemoryStoryStore> IndexedAsync(CancellationToken cancellationToken)
    {
        var store = new InMemoryStoryStore();
        using var service = new StoryService(store);
        await service.OnArticlesStoredAsync(TwoReportsOfOneCall(), cancellationToken);
        return store;
    }
}
