using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

/// <summary>Anything the news talks about: a person, country, organization, location or event.</summary>
public sealed class EntityInterface : InterfaceGraphType<EntityRecord>
{
    public EntityInterface()
    {
        Name = "Entity";
        EntityFields.DeclareOn(this);
    }
}

/// <summary>The fields every entity type has: declared on the interface, resolved on each concrete type.</summary>
internal static class EntityFields
{
    private static readonly (string Name, Type GraphType, string? Description, Func<EntityRecord, object?> Value)[] Fields =
    [
        ("id", typeof(NonNullGraphType<IdGraphType>), "Stable id, e.g. person:donald-trump.", e => e.Id),
        ("name", typeof(NonNullGraphType<StringGraphType>), "Canonical name.", e => e.Name),
        ("label", typeof(NonNullGraphType<EntityLabelGraphType>), null, e => e.Label),
        ("aliases", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>), "Every other name the articles used.", e => e.Aliases),
        ("articleCount", typeof(NonNullGraphType<IntGraphType>), "How many stored articles mention it.", e => e.ArticleCount),
    ];

    public static void DeclareOn(InterfaceGraphType<EntityRecord> type)
    {
        foreach (var field in Fields)
        {
            type.AddField(new FieldType { Name = field.Name, Type = field.GraphType, Description = field.Description });
        }
    }

    public static void ResolveOn(ObjectGraphType<EntityRecord> type)
    {
        foreach (var field in Fields)
        {
            var value = field.Value;
            type.AddField(new FieldType
            {
                Name = field.Name,
                Type = field.GraphType,
                Description = field.Description,
                Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<EntityRecord, object?>(c => value(c.Source)),
            });
        }
    }
}

/// <summary>A concrete entity type for one label; GraphQL clients see Person, Country, … implementing Entity.</summary>
public abstract class EntityObjectType : ObjectGraphType<EntityRecord>
{
    protected EntityObjectType(EntityLabel label, string description)
    {
        Name = label.ToString();
        Description = description;
        Interface<EntityInterface>();
        IsTypeOf = value => value is EntityRecord entity && entity.Label == label;
        EntityFields.ResolveOn(this);
    }
}

public sealed class PersonGraphType() : EntityObjectType(EntityLabel.Person, "A person.");

public sealed class CountryGraphType() : EntityObjectType(EntityLabel.Country, "A sovereign state; its capital and demonyms resolve to it when it acts.");

public sealed class OrganizationGraphType() : EntityObjectType(EntityLabel.Organization, "A company, agency, party, newspaper or international organisation.");

public sealed class LocationGraphType() : EntityObjectType(EntityLabel.Location, "A city, region or place.");

public sealed class EventGraphType() : EntityObjectType(EntityLabel.Event, "A named event: a conference, summit, election, invasion.");
