using GraphNews.Domain;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Relations;

/// <summary>A relation as a rule proposes it, before label checks and merging.</summary>
public sealed record ProposedRelation(string Type, Actor Source, Actor Target, Modality Modality, double Confidence, Sentence Sentence)
{
    public IReadOnlyList<int> Topics { get; init; } = [];
    public DateOnly? Date { get; init; }
    public string? Role { get; init; }
}

/// <summary>
/// Checks proposed relations against the ontology's source and target labels, drops self-relations, and merges repeats of the same fact into one
/// relation with all its evidence.
/// </summary>
public sealed class RelationSink(Document document, RelationOntology ontology)
{
    private readonly Dictionary<string, Merged> merged = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    public bool Add(ProposedRelation proposal)
    {
        var definition = ontology.Find(proposal.Type);
        if (definition is null)
        {
            return false;
        }

        var source = Accept(document.Entities[proposal.Source.Entity], definition.SourceLabels);
        var target = Accept(document.Entities[proposal.Target.Entity], definition.TargetLabels);
        if (source is null || target is null || source.Id == target.Id)
        {
            return false;
        }

        var confidence = proposal.Confidence;
        if (proposal.Source.IsPronoun || proposal.Target.IsPronoun)
        {
            confidence *= 0.85;
        }

        var (a, b) = (source.Id, target.Id);
        if (definition.Symmetric && string.CompareOrdinal(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var key = string.Join('\u001f', proposal.Type, a, b, proposal.Modality, proposal.Date?.ToString("yyyy-MM-dd") ?? "", proposal.Role ?? "");
        var sentence = proposal.Sentence;
        var evidence = new Evidence(document.Text[sentence.Start..sentence.End], sentence.Start, sentence.End);
        var topics = proposal.Topics.Select(t => document.Entities[t].Id).Where(t => t != source.Id && t != target.Id);
        if (merged.TryGetValue(key, out var existing))
        {
            existing.Confidence = Math.Max(existing.Confidence, confidence);
            existing.Topics.UnionWith(topics);
            if (existing.EvidenceSeen.Add(evidence))
            {
                existing.Evidence.Add(evidence);
            }

            return true;
        }

        merged[key] = new Merged(proposal.Type, source.Id, target.Id, proposal.Modality, proposal.Date, proposal.Role, confidence, [.. topics], [evidence]);
        order.Add(key);
        return true;
    }

    public IEnumerable<GraphRelation> Relations => order.Select(k => merged[k]).Select(m => new GraphRelation
    {
        Type = m.Type,
        Source = m.Source,
        Target = m.Target,
        Modality = m.Modality,
        Confidence = Math.Round(m.Confidence, 2),
        Topics = m.Topics.ToList(),
        Date = m.Date,
        Role = m.Role,
        Evidence = m.Evidence,
    });

    private LinkedEntity? Accept(LinkedEntity entity, IReadOnlyList<EntityLabel> allowed)
    {
        return allowed.Count == 0 || allowed.Contains(entity.Label) ? entity : null;
    }

    private sealed class Merged(string type, string source, string target, Modality modality, DateOnly? date, string? role, double confidence, HashSet<string> topics, List<Evidence> evidence)
    {
        public string Type { get; } = type;
        public string Source { get; } = source;
        public string Target { get; } = target;
        public Modality Modality { get; } = modality;
        public DateOnly? Date { get; } = date;
        public string? Role { get; } = role;
        public double Confidence { get; set; } = confidence;
        public HashSet<string> Topics { get; } = topics;
        public List<Evidence> Evidence { get; } = evidence;

        public HashSet<Evidence> EvidenceSeen { get; } = [.. evidence];
    }
}
