using GraphNews.Domain.Storage;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

/// <summary>Nodes and edges around an entity, shaped for drawing.</summary>
public sealed class NeighborhoodGraphType : ObjectGraphType<Neighborhood>
{
    public NeighborhoodGraphType()
    {
        Name = "Neighborhood";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("edges").Resolve(c => c.Source.Edges);
    }
}

/// <summary>A fact with no particular point of view: source → target.</summary>
public sealed class RelationshipGraphType : ObjectGraphType<FactRecord>
{
    public RelationshipGraphType()
    {
        Name = "Relationship";
        Description = "A typed, dated relationship from source to target, with the sentences that state it.";
        FactFields.ResolveOn(this, f => f);
    }
}
