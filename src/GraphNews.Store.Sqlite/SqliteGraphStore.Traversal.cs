using System.Text;
using GraphNews.Domain.Storage;
using Microsoft.Data.Sqlite;

namespace GraphNews.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<Neighborhood> GetNeighborhoodAsync(string entityId, int depth, int limit, FactFilter filter, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        if ((await LoadEntitiesAsync(connection, [entityId], cancellationToken)).Count == 0 || limit <= 0)
        {
            return new Neighborhood([], []);
        }

        nodes.Add(entityId);
        var edges = new Dictionary<string, FactRecord>(StringComparer.Ordinal);
        var frontier = new List<string> { entityId };
        for (var level = 0; level < depth && frontier.Count > 0 && nodes.Count < limit; level++)
        {
            var next = new List<string>();
            foreach (var fact in await AdjacentFactsAsync(connection, frontier, filter, cancellationToken))
            {
                foreach (var end in (string[])[fact.SourceId, fact.TargetId])
                {
                    if (!nodes.Contains(end) && nodes.Count < limit)
                    {
                        nodes.Add(end);
                        next.Add(end);
                    }
                }

                if (nodes.Contains(fact.SourceId) && nodes.Contains(fact.TargetId))
                {
                    edges.TryAdd(fact.Id, fact);
                }
            }

            frontier = next;
        }

        // Facts between nodes reached on the last level are part of the picture too.
        foreach (var fact in await AdjacentFactsAsync(connection, frontier, filter, cancellationToken))
        {
            if (nodes.Contains(fact.SourceId) && nodes.Contains(fact.TargetId))
            {
                edges.TryAdd(fact.Id, fact);
            }
        }

        var entities = await LoadEntitiesAsync(connection, nodes, cancellationToken);
        return new Neighborhood(
            entities.OrderBy(e => e.Id == entityId ? 0 : 1).ThenByDescending(e => e.ArticleCount).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(),
            edges.Values.OrderBy(f => f.Id, StringComparer.Ordinal).ToList());
    }

    public async Task<IReadOnlyList<FactRecord>> FindShortestPathAsync(string fromEntityId, string toEntityId, int maxHops, CancellationToken cancellationToken = default)
    {
        if (fromEntityId == toEntityId || maxHops <= 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        var cameFrom = new Dictionary<string, FactRecord?>(StringComparer.Ordinal) { [fromEntityId] = null };
        var frontier = new List<string> { fromEntityId };
        for (var hop = 0; hop < maxHops && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var fact in await AdjacentFactsAsync(connection, frontier, FactFilter.None, cancellationToken))
            {
                var (from, to) = cameFrom.ContainsKey(fact.SourceId) && !cameFrom.ContainsKey(fact.TargetId)
                    ? (fact.SourceId, fact.TargetId)
                    : (fact.TargetId, fact.SourceId);
                if (cameFrom.ContainsKey(to) || !frontier.Contains(from))
                {
                    continue;
                }

                cameFrom[to] = fact;
                next.Add(to);
                if (to == toEntityId)
                {
                    return WalkBack(cameFrom, toEntityId);
                }
            }

            frontier = next;
        }

        return [];
    }

    private static List<FactRecord> WalkBack(Dictionary<string, FactRecord?> cameFrom, string node)
    {
        var path = new List<FactRecord>();
        while (cameFrom[node] is { } fact)
        {
            path.Add(fact);
            node = fact.SourceId == node ? fact.TargetId : fact.SourceId;
        }

        path.Reverse();
        return path;
    }

    /// <summary>Facts touching any of the nodes, strongest first, so that limits keep the best-supported edges.</summary>
    private static async Task<List<FactRecord>> AdjacentFactsAsync(SqliteConnection connection, IReadOnlyCollection<string> nodes, FactFilter filter, CancellationToken cancellationToken)
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var where = new StringBuilder(
            """
            WHERE f.id IN (SELECT id FROM facts WHERE source_id IN (SELECT value FROM json_each(@nodes))
                           UNION SELECT id FROM facts WHERE target_id IN (SELECT value FROM json_each(@nodes)))
            """);
        AppendFilter(where, filter, typeColumn: "+f.type");
        var select = connection.Command($"SELECT {FactColumns} FROM facts f {where} ORDER BY f.article_count DESC, f.confidence DESC, f.id")
            .WithList("@nodes", nodes);
        BindFilter(select, filter);
        return await ReadFactsAsync(connection, select, cancellationToken);
    }
}
