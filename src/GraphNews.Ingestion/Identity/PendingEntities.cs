using GraphNews.Domain;
using GraphNews.Domain.Storage;

namespace GraphNews.Ingestion.Identity;

/// <summary>
/// The entities of articles already resolved but not yet written. A bulk ingest resolves articles a few batches ahead
/// of the writer; without this window, an article would not see the names of the hundreds of articles just before it,
/// and identity would depend on the batch size.
/// </summary>
public sealed class PendingEntities
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (EntityRecord Record, int Articles)> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> idsByNameKey = new(StringComparer.Ordinal);

    public void Add(ArticleGraph graph)
    {
        lock (gate)
        {
            foreach (var entity in graph.Entities)
            {
                var articles = byId.TryGetValue(entity.Id, out var known) ? known.Articles : 0;
                // The names it was written under come along, so that a lookup can tell the WHO from "Who" as the store does.
                var aliases = (known.Record?.Aliases ?? []).Union(entity.Aliases.Prepend(entity.Name), StringComparer.Ordinal).ToList();
                byId[entity.Id] = (new EntityRecord { Id = entity.Id, Label = entity.Label, Name = known.Record?.Name ?? entity.Name, Aliases = aliases }, articles + 1);
                foreach (var key in NameKeysOf(entity))
                {
                    var ids = idsByNameKey.TryGetValue(key, out var found) ? found : idsByNameKey[key] = new Dictionary<string, int>(StringComparer.Ordinal);
                    ids[entity.Id] = ids.GetValueOrDefault(entity.Id) + 1;
                }
            }
        }
    }

    public void Remove(ArticleGraph graph)
    {
        lock (gate)
        {
            foreach (var entity in graph.Entities)
            {
                if (byId.TryGetValue(entity.Id, out var known))
                {
                    if (known.Articles <= 1)
                    {
                        byId.Remove(entity.Id);
                    }
                    else
                    {
                        byId[entity.Id] = known with { Articles = known.Articles - 1 };
                    }
                }

                foreach (var key in NameKeysOf(entity))
                {
                    if (idsByNameKey.TryGetValue(key, out var ids) && ids.TryGetValue(entity.Id, out var count))
                    {
                        if (count <= 1)
                        {
                            ids.Remove(entity.Id);
                        }
                        else
                        {
                            ids[entity.Id] = count - 1;
                        }

                        if (ids.Count == 0)
                        {
                            idsByNameKey.Remove(key);
                        }
                    }
                }
            }
        }
    }

    public bool Contains(string id)
    {
        lock (gate)
        {
            return byId.ContainsKey(id);
        }
    }

    /// <summary>Pending entities that carry this name or alias, each with the number of pending articles that mention it.</summary>
    public IReadOnlyList<EntityRecord> FindByName(string name)
    {
        lock (gate)
        {
            return idsByNameKey.TryGetValue(NameKeys.For(name), out var ids)
                ? [.. ids.Keys.Select(id => byId[id].Record with { ArticleCount = byId[id].Articles })]
                : [];
        }
    }

    private static IEnumerable<string> NameKeysOf(GraphEntity entity) =>
        entity.Aliases.Prepend(entity.Name).Select(NameKeys.For).Distinct(StringComparer.Ordinal);
}
