using GraphNews.Domain.Storage;

namespace GraphNews.Store.Neo4j;

/// <summary>
/// Breadth-first growth of a neighbourhood, one hop per query: each hop's facts come best supported
/// first, so when the node limit bites, the strongest connections are the ones kept (the same rule
/// as the embedded store).
/// </summary>
internal sealed class NeighborhoodWalk(string center, int limit)
{
    private readonly HashSet<string> nodes = new(StringComparer.Ordinal) { center };
    private readonly Dictionary<string, FactRecord> edges = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Nodes => nodes;

    public IEnumerable<FactRecord> Edges => edges.Values;

    public List<string> Frontier { get; private set; } = [center];

    public bool CanGrow => Frontier.Count > 0 && nodes.Count < limit;

    public void Expand(IEnumerable<FactRecord> adjacent)
    {
        var next = new List<string>();
        foreach (var fact in adjacent)
        {
            foreach (var end in (string[])[fact.SourceId, fact.TargetId])
            {
                if (nodes.Count < limit && nodes.Add(end))
                {
                    next.Add(end);
                }
            }

            AddIfInside(fact);
        }

        Frontier = next;
    }

    public void AddEdgesAmongNodes(IEnumerable<FactRecord> adjacent)
    {
        foreach (var fact in adjacent)
        {
            AddIfInside(fact);
        }
    }

    private void AddIfInside(FactRecord fact)
    {
        if (nodes.Contains(fact.SourceId) && nodes.Contains(fact.TargetId))
        {
            edges.TryAdd(fact.Id, fact);
        }
    }
}
