using GraphNews.Api.Loading;
using GraphNews.Domain.Storage;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

/// <summary>A fact seen from one side: <c>actor</c> is the entity asked about, <c>counterpart</c> the other end.</summary>
public sealed record InteractionView(FactRecord Fact, IReadOnlySet<string> ActorIds)
{
    /// <summary>For symmetric types the actor may stand at either end.</summary>
    public string ActorId => ActorIds.Contains(Fact.SourceId) || !ActorIds.Contains(Fact.TargetId) ? Fact.SourceId : Fact.TargetId;

    public string CounterpartId => ActorId == Fact.SourceId ? Fact.TargetId : Fact.SourceId;
}

public sealed class InteractionGraphType : ObjectGraphType<InteractionView>
{
    public InteractionGraphType()
    {
        Name = "Interaction";
        Description = "A typed, dated relationship between two entities, with the sentences that state it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Fact.Id);
        Field<NonNullGraphType<RelationTypeGraphType>>("type").Resolve(c => c.Source.Fact.Type);
        Field<NonNullGraphType<ModalityGraphType>>("modality").Resolve(c => c.Source.Fact.Modality);
        Field<DateOnlyGraphType>("date").Description("When it happened or is due, as the text dates it; null when the text gives no date.").Resolve(c => c.Source.Fact.Date);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(c => c.Source.Fact.Confidence);
        Field<StringGraphType>("role").Description("For structural relationships: the role, e.g. President.").Resolve(c => c.Source.Fact.Role);
        Field<NonNullGraphType<IntGraphType>>("articleCount").Description("How many articles report it.").Resolve(c => c.Source.Fact.ArticleCount);
        Field<DateOnlyGraphType>("firstSeen").Description("Publication date of the first article reporting it.").Resolve(c => c.Source.Fact.FirstSeen);
        Field<DateOnlyGraphType>("lastSeen").Resolve(c => c.Source.Fact.LastSeen);
        Field<NonNullGraphType<EntityInterface>>("source").Resolve(c => c.Loaders().Entities.Load(c.Source.Fact.SourceId));
        Field<NonNullGraphType<EntityInterface>>("target").Resolve(c => c.Loaders().Entities.Load(c.Source.Fact.TargetId));
        Field<NonNullGraphType<EntityInterface>>("actor").Description("The end that matched the question's actor.").Resolve(c => c.Loaders().Entities.Load(c.Source.ActorId));
        Field<NonNullGraphType<EntityInterface>>("counterpart").Description("The other end.").Resolve(c => c.Loaders().Entities.Load(c.Source.CounterpartId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("topics")
            .Description("What the relationship is about.")
            .Resolve(c => new ListLoad<EntityRecord>(c.Source.Fact.TopicIds.Select(id => c.Loaders().Entities.Load(id)).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceGraphType>>>>("evidence")
            .Resolve(c => new MappedLoad<IReadOnlyList<EvidenceRecord>?, IReadOnlyList<EvidenceRecord>>(c.Loaders().Evidence.Load(c.Source.Fact.Id), list => list ?? []));
    }
}
