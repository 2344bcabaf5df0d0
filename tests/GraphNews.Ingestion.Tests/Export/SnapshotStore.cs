using GraphNews.Domain;
using GraphNews.Domain.Storage;

namespace GraphNews.Ingestion.Tests.Export;

/// <summary>A fixed, in-memory graph answering the read methods exporters use, with honest paging.</summary>
internal sealed class SnapshotStore(
    IReadOnlyList<ArticleRecord> articles,
    IReadOnlyList<EntityRecord> entities,
    IReadOnlyList<FactRecord> facts,
    IReadOnlyList<EvidenceRecord> evidence,
    IReadOnlyList<(string ArticleId, string EntityId)> mentions) : IGraphStore
{
    public int PageRequests { get; private set; }

    public Task<Page<ArticleRecord>> ListArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Task.FromResult(Slice(articles.OrderByDescending(a => a.Published).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(), page));

    public Task<Page<EntityRecord>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        Task.FromResult(Slice(entities.OrderBy(e => e.Name, StringComparer.Ordinal).ToList(), page));

    public Task<Page<FactRecord>> FindFactsAsync(FactQuery query, PageRequest page, CancellationToken cancellationToken = default) =>
        Task.FromResult(Slice(facts.OrderBy(f => f.Date ?? f.LastSeen).ThenBy(f => f.Id, StringComparer.Ordinal).ToList(), page));

    public Task<IReadOnlyList<EvidenceRecord>> GetEvidenceAsync(IReadOnlyCollection<string> factIds, int? perFact = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<EvidenceRecord>>(evidence.Where(e => factIds.Contains(e.FactId)).ToList());

    public Task<Page<ArticleRecord>> ListArticlesMentioningAsync(string entityId, PageRequest page, CancellationToken cancellationToken = default) =>
        Task.FromResult(Slice(mentions.Where(m => m.EntityId == entityId).Select(m => articles.Single(a => a.Id == m.ArticleId)).ToList(), page));

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<WriteResult> UpsertArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<WriteResult> UpsertArticlesAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> DeleteArticleAsync(string articleId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<EntityRecord>> FindEntitiesByNameAsync(string nameOrAlias, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<EntityMatch>> SearchEntitiesAsync(string query, EntityLabel? label, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<FactRecord>> GetFactsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<FactRecord>> GetFactsOfArticleAsync(string articleId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Neighborhood> GetNeighborhoodAsync(string entityId, int depth, int limit, FactFilter filter, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<FactRecord>> FindShortestPathAsync(string fromEntityId, string toEntityId, int maxHops, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<IdentityCandidateRecord>> GetIdentityCandidatesAsync(string? entityId, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<IdentityCandidateRecord>> GetLabelSplitsAsync(string? entityId, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Page<T> Slice<T>(List<T> items, PageRequest page)
    {
        PageRequests++;
        return new Page<T>(items.Skip(page.Offset).Take(page.Limit).ToList(), items.Count, page.Offset);
    }

    /// <summary>Two articles (one with awkward text), five entities, three facts (one undated), their evidence.</summary>
    public static SnapshotStore Sample()
    {
        var a1 = new ArticleRecord { Id = "a1", Title = "Trump, Putin \"talk\"", Text = "Line one, with \"quotes\".\nLine two; it's \\ here.\r\nEnd", Published = new DateOnly(2025, 2, 9), Source = "wire", License = "CC0" };
        var a2 = new ArticleRecord { Id = "a2", Title = "Khamenei", Text = "Khamenei rebuffed talks.", Published = null };
        EntityRecord Entity(string id, EntityLabel label, string name, params string[] aliases) => new() { Id = id, Label = label, Name = name, Aliases = aliases, ArticleCount = 1 };
        var trump = Entity("person:donald-trump", EntityLabel.Person, "Donald Trump", "Trump", "D; J. Trump");
        var putin = Entity("person:vladimir-putin", EntityLabel.Person, "Vladimir Putin", "Putin");
        var ukraine = Entity("country:ukraine", EntityLabel.Country, "Ukraine");
        var khamenei = Entity("person:ali-khamenei", EntityLabel.Person, "Ali Khamenei");
        var us = Entity("country:united-states", EntityLabel.Country, "United States", "US");
        var call = new FactRecord { Id = "fact:1", Type = "SPOKE_WITH", SourceId = trump.Id, TargetId = putin.Id, Confidence = 0.9, TopicIds = [ukraine.Id], ArticleCount = 1, FirstSeen = a1.Published, LastSeen = a1.Published };
        var rebuff = new FactRecord { Id = "fact:2", Type = "REBUFFED", SourceId = khamenei.Id, TargetId = us.Id, Confidence = 0.7, ArticleCount = 1 };
        var planned = new FactRecord { Id = "fact:3", Type = "MET_WITH", SourceId = trump.Id, TargetId = putin.Id, Modality = Modality.Planned, Date = new DateOnly(2025, 3, 1), Role = null, Confidence = 0.8, ArticleCount = 1, FirstSeen = a1.Published, LastSeen = a1.Published };
        return new SnapshotStore(
            [a1, a2],
            [trump, putin, ukraine, khamenei, us],
            [call, rebuff, planned],
            [new("fact:1", "a1", "Line one, with \"quotes\".", 0, 24, 0.9), new("fact:2", "a2", "Khamenei rebuffed talks.", 0, 24, 0.7), new("fact:3", "a1", "Line two; it's \\ here.", 25, 47, 0.8)],
            [("a1", trump.Id), ("a1", putin.Id), ("a1", ukraine.Id), ("a2", khamenei.Id), ("a2", us.Id)]);
    }
}
