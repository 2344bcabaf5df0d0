using GraphNews.Domain;
using GraphNews.Domain.Storage;

namespace GraphNews.Ingestion.Identity;

/// <summary>
/// Identity across articles, for what stable ids alone cannot settle: a person named only by
/// surname ("Kellogg") in one article and in full ("Keith Kellogg") in another, or an organisation
/// by an alias the store already knows. It merges only when exactly one stored entity fits and
/// nothing contradicts it (no conflicting roles); otherwise it keeps the entities apart and records
/// each possibility as an <see cref="IdentityCandidate"/>, so no merge happens silently.
/// </summary>
public sealed class CrossArticleResolver(IGraphStore store, RelationOntology ontology)
{
    private const double SingleMatchScore = 0.9;
    private const double ConflictScore = 0.3;
    private const double ReverseScore = 0.6;

    /// <summary>Relations that tie a person to one country: a person who leads or serves one country does not lead or serve another.</summary>
    private static readonly string[] AffiliationTypes = ["LEADS", "WORKS_FOR", "SPOKESPERSON_FOR"];

    private readonly string[] affiliationTypes = AffiliationTypes.Where(ontology.Contains).ToArray();

    public async Task<ArticleGraph> ResolveAsync(ArticleGraph graph, CancellationToken cancellationToken = default)
    {
        var ids = graph.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var stored = (await store.GetEntitiesAsync(ids, cancellationToken)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var renames = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        var candidates = new List<IdentityCandidate>();

        foreach (var entity in graph.Entities.Where(e => !stored.Contains(e.Id) && e.Label is EntityLabel.Person or EntityLabel.Organization))
        {
            var matches = await MatchesAsync(entity, ids, cancellationToken);
            if (matches.Count == 0)
            {
                continue;
            }

            if (IsShortForm(entity, matches))
            {
                var conflicts = await ConflictingAsync(entity, graph, matches, cancellationToken);
                var fitting = matches.Where(m => !conflicts.Contains(m.Id)).ToList();
                if (fitting.Count == 1 && matches.Count == 1)
                {
                    renames[entity.Id] = fitting[0];
                    continue;
                }

                candidates.AddRange(matches.Select(m => conflicts.Contains(m.Id)
                    ? new IdentityCandidate(entity.Id, m.Id, ConflictScore, $"\"{entity.Name}\" is also a name of {m.Name}, but they are tied to different countries")
                    : new IdentityCandidate(entity.Id, m.Id, Math.Round(1.0 / matches.Count, 3), $"\"{entity.Name}\" is a name of {matches.Count} stored entities; not sure which")));
            }
            else
            {
                // The stored entity is the shorter form: the fuller name here does not absorb it, but says it may be the same.
                candidates.AddRange(matches.Select(m => new IdentityCandidate(entity.Id, m.Id, ReverseScore, $"{m.Name} (stored) may be a short form of {entity.Name}")));
            }
        }

        return Rewrite(graph, renames) with { Candidates = candidates.Where(c => !renames.ContainsKey(c.EntityId)).ToList() };
    }

    /// <summary>Stored entities of the same label, other than the article's own, that carry one of the entity's names.</summary>
    private async Task<List<EntityRecord>> MatchesAsync(GraphEntity entity, HashSet<string> articleIds, CancellationToken cancellationToken)
    {
        var matches = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        foreach (var name in entity.Aliases.Prepend(entity.Name).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            foreach (var match in await store.FindEntitiesByNameAsync(name, cancellationToken))
            {
                if (match.Label == entity.Label && !articleIds.Contains(match.Id))
                {
                    matches.TryAdd(match.Id, match);
                }
            }
        }

        return [.. matches.Values.OrderBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>True when the article's name is no fuller than the stored ones it matched (so it may be merged into them).</summary>
    private static bool IsShortForm(GraphEntity entity, List<EntityRecord> matches) =>
        matches.All(m => WordCount(entity.Name) <= WordCount(m.Name));

    /// <summary>Stored entities tied to other countries than the ones the article ties the entity to.</summary>
    private async Task<HashSet<string>> ConflictingAsync(GraphEntity entity, ArticleGraph graph, List<EntityRecord> matches, CancellationToken cancellationToken)
    {
        var countries = graph.Entities.Where(e => e.Label == EntityLabel.Country).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var here = graph.Relations
            .Where(r => r.Source == entity.Id && affiliationTypes.Contains(r.Type) && countries.Contains(r.Target))
            .Select(r => r.Target).ToHashSet(StringComparer.Ordinal);
        var conflicts = new HashSet<string>(StringComparer.Ordinal);
        if (here.Count == 0)
        {
            return conflicts;
        }

        foreach (var match in matches)
        {
            var query = new FactQuery { EntityIds = [match.Id], Direction = Direction.Outgoing, Filter = new FactFilter { Types = affiliationTypes } };
            var targets = (await store.FindFactsAsync(query, new PageRequest(0, 50), cancellationToken)).Items
                .Where(f => f.SourceId == match.Id).Select(f => f.TargetId).Distinct(StringComparer.Ordinal).ToList();
            var there = (await store.GetEntitiesAsync(targets, cancellationToken))
                .Where(e => e.Label == EntityLabel.Country).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            if (there.Count > 0 && !there.Overlaps(here))
            {
                conflicts.Add(match.Id);
            }
        }

        return conflicts;
    }

    /// <summary>Gives merged entities their stored id and name (keeping the article's names as aliases) and rewrites every reference.</summary>
    private static ArticleGraph Rewrite(ArticleGraph graph, Dictionary<string, EntityRecord> renames)
    {
        if (renames.Count == 0)
        {
            return graph;
        }

        string Map(string id) => renames.TryGetValue(id, out var target) ? target.Id : id;

        var entities = graph.Entities
            .Select(e => renames.TryGetValue(e.Id, out var target)
                ? new GraphEntity(target.Id, target.Label, target.Name, [.. e.Aliases.Append(e.Name).Where(a => a != target.Name).Distinct(StringComparer.Ordinal)])
                : e)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.First() : g.First() with { Aliases = [.. g.SelectMany(e => e.Aliases.Append(e.Name)).Where(a => a != g.First().Name).Distinct(StringComparer.Ordinal)] })
            .ToList();
        var relations = graph.Relations
            .Select(r => r with { Source = Map(r.Source), Target = Map(r.Target), Topics = [.. r.Topics.Select(Map).Distinct(StringComparer.Ordinal)] })
            .Where(r => r.Source != r.Target)
            .ToList();
        return graph with { Entities = entities, Relations = relations };
    }

    private static int WordCount(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
