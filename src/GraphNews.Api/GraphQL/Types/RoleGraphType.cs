using GraphNews.Domain.Storage;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

/// <summary>A role an entity holds, from a structural relationship (LEADS, SPOKESPERSON_FOR, ENVOY_TO …).</summary>
public sealed class RoleGraphType : ObjectGraphType<FactRecord>
{
    public RoleGraphType()
    {
        Name = "Role";
        Field<StringGraphType>("title").Description("The role as written (President, Supreme Leader, spokesman …), when the text gives one.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<RelationTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<EntityInterface>>("of").Description("The country or organization the role is held in or toward.").Resolve(c => c.Loaders().Entities.Load(c.Source.TargetId));
        Field<CalendarDateGraphType>("since").Description("Publication date of the first article stating it.").Resolve(c => c.Source.FirstSeen);
        Field<CalendarDateGraphType>("until").Description("Publication date of the latest article stating it.").Resolve(c => c.Source.LastSeen);
        Field<NonNullGraphType<RelationshipGraphType>>("relationship").Resolve(c => c.Source);
    }
}
