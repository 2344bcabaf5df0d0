using System.Collections.Concurrent;
using GraphNews.Domain.Storage;
using GraphQL.DataLoader;

namespace GraphNews.Api.Loading;

/// <summary>
/// Collects the keys that resolvers ask for and fetches them all with one store call, the first
/// time any of them is awaited. GraphQL.NET parks <see cref="IDataLoaderResult"/>s until every other
/// pending field has run, so one page of results costs one fetch per loader, not one per row.
/// </summary>
public sealed class BatchLoader<TValue>(Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, TValue>>> fetch)
{
    private readonly Dictionary<string, TValue?> loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock sync = new();

    public IDataLoaderResult<TValue?> Load(string key)
    {
        lock (sync)
        {
            if (!loaded.ContainsKey(key))
            {
                pending.Add(key);
            }
        }

        return new Deferred(this, key);
    }

    private async Task<TValue?> GetAsync(string key, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            if (loaded.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            string[] keys;
            lock (sync)
            {
                if (loaded.TryGetValue(key, out var known))
                {
                    return known;
                }

                pending.Add(key);
                keys = [.. pending];
                pending.Clear();
            }

            var values = await fetch(keys, cancellationToken);
            lock (sync)
            {
                foreach (var k in keys)
                {
                    loaded[k] = values.TryGetValue(k, out var value) ? value : default;
                }

                return loaded[key];
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed class Deferred(BatchLoader<TValue> loader, string key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>The loaders of one GraphQL request (registered scoped, so nothing is cached across requests).</summary>
public sealed class GraphLoaders(IGraphStore store)
{
    public BatchLoader<EntityRecord> Entities { get; } = new(async (ids, ct) =>
        (await store.GetEntitiesAsync(ids, ct)).ToDictionary(e => e.Id, StringComparer.Ordinal));

    public BatchLoader<ArticleRecord> Articles { get; } = new(async (ids, ct) =>
        (await store.GetArticlesAsync(ids, ct)).ToDictionary(a => a.Id, StringComparer.Ordinal));

    private readonly ConcurrentDictionary<int, BatchLoader<IReadOnlyList<EvidenceRecord>>> evidence = new();

    /// <summary>Evidence of facts, at most <paramref name="perFact"/> each; one batch per distinct limit in the request.</summary>
    public BatchLoader<IReadOnlyList<EvidenceRecord>> Evidence(int perFact) => evidence.GetOrAdd(perFact, limit => new(async (ids, ct) =>
        (await store.GetEvidenceAsync(ids, limit, ct)).GroupBy(e => e.FactId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<EvidenceRecord>)g.ToList(), StringComparer.Ordinal)));
}
