using GraphNews.Api.Loading;
using GraphNews.Domain.Storage;
using GraphQL;
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
        Description = "A typed, dated relationship between two entities, seen from the actor asked about, with the sentences that state it.";
        FactFields.ResolveOn(this, v => v.Fact);
        Field<NonNullGraphType<EntityInterface>>("actor").Description("The end that matched the question's actor.").Resolve(c => c.Loaders().Entities.Load(c.Source.ActorId));
        Field<NonNullGraphType<EntityInterface>>("counterpart").Description("The other end.").Resolve(c => c.Loaders().Entities.Load(c.Source.CounterpartId));
    }
}

/// <summary>The fields every view of a fact has.</summary>
internal static class FactFields
{
    private const int DefaultEvidence = 10;
    private const int MaxEvidence = 100;

    public static void ResolveOn<TSource>(ObjectGraphType<TSource> type, Func<TSource, FactRecord> fact)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => fact(c.Source).Id);
        type.Field<NonNullGraphType<RelationTypeGraphType>>("type").Resolve(c => fact(c.Source).Type);
        type.Field<NonNullGraphType<ModalityGraphType>>("modality").Resolve(c => fact(c.Source).Modality);
        type.Field<CalendarDateGraphType>("date").Description("When it happened or is due, as the text dates it; null when the text gives no date.").Resolve(c => fact(c.Source).Date);
        type.Field<NonNullGraphType<FloatGraphType>>("confidence").Description("The highest confidence any article gave it.").Resolve(c => fact(c.Source).Confidence);
        type.Field<StringGraphType>("role").Description("For structural relationships: the role, e.g. President.").Resolve(c => fact(c.Source).Role);
        type.Field<NonNullGraphType<IntGraphType>>("articleCount").Description("How many articles report it.").Resolve(c => fact(c.Source).ArticleCount);
        type.Field<CalendarDateGraphType>("firstSeen").Description("Publication date of the first article reporting it.").Resolve(c => fact(c.Source).FirstSeen);
        type.Field<CalendarDateGraphType>("lastSeen").Description("Publication date of the latest article reporting it.").Resolve(c => fact(c.Source).LastSeen);
        type.Field<NonNullGraphType<EntityInterface>>("source").Resolve(c => c.Loaders().Entities.Load(fact(c.Source).SourceId));
        type.Field<NonNullGraphType<EntityInterface>>("target").Resolve(c => c.Loaders().Entities.Load(fact(c.Source).TargetId));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("topics")
            .Description("What the relationship is about.")
            .Resolve(c => new ListLoad<EntityRecord>(fact(c.Source).TopicIds.Select(id => c.Loaders().Entities.Load(id)).ToList()));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceGraphType>>>>("evidence")
            .Description($"The sentences that state it, with their articles: the most confident first {DefaultEvidence} (at most {MaxEvidence}); articleCount says how many articles report it.")
            .Argument<IntGraphType>("first", $"How many (default {DefaultEvidence}, 0 to {MaxEvidence}).", a => a.DefaultValue = DefaultEvidence)
            .Resolve(c =>
            {
                var first = c.GetArgument("first", DefaultEvidence);
                if (first is < 0 or > MaxEvidence)
                {
                    throw new ExecutionError($"evidence(first:) must be between 0 and {MaxEvidence}; it was {first}.") { Code = "BAD_USER_INPUT" };
                }

                return new MappedLoad<IReadOnlyList<EvidenceRecord>?, IReadOnlyList<EvidenceRecord>>(c.Loaders().Evidence(first).Load(fact(c.Source).Id), list => list ?? []);
            });
    }
}
