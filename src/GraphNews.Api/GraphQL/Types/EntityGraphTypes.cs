using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphQL;
using GraphQL.Resolvers;
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

/// <summary>
/// The fields every entity type has: declared on the interface, resolved on each concrete type.
/// Defined once as data so the interface and its five implementations cannot drift apart.
/// </summary>
internal static class EntityFields
{
    private sealed record Definition(string Name, Type GraphType, string? Description, Func<QueryArguments>? Arguments, Func<IResolveFieldContext<EntityRecord>, ValueTask<object?>> Resolve);

    private static readonly Definition[] Fields =
    [
        new("id", typeof(NonNullGraphType<IdGraphType>), "Stable id, e.g. person:donald-trump.", null, c => new(c.Source.Id)),
        new("name", typeof(NonNullGraphType<StringGraphType>), "Canonical name.", null, c => new(c.Source.Name)),
        new("label", typeof(NonNullGraphType<EntityLabelGraphType>), null, null, c => new(c.Source.Label)),
        new("aliases", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>), "Every other name the articles used.", null, c => new(c.Source.Aliases)),
        new("articleCount", typeof(NonNullGraphType<IntGraphType>), "How many stored articles mention it.", null, c => new(c.Source.ArticleCount)),
        new("relationships", typeof(NonNullGraphType<RelationshipConnectionGraphType>), "Its relationships, newest first.", EntityResolvers.RelationshipArguments, EntityResolvers.RelationshipsAsync),
        new("roles", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>), "Roles it holds (President of Russia, spokesman of the Kremlin …), dated by the articles that state them.", null, EntityResolvers.RolesAsync),
        new("timeline", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>), "Its relationships in date order, oldest first.", EntityResolvers.FirstArgument, EntityResolvers.TimelineAsync),
        new("mentionedIn", typeof(NonNullGraphType<ArticleConnectionGraphType>), "Articles that mention it, newest first.", EntityResolvers.PageArgumentsOnly, EntityResolvers.MentionedInAsync),
    ];

    public static void DeclareOn(InterfaceGraphType<EntityRecord> type)
    {
        foreach (var field in Fields)
        {
            type.AddField(new FieldType { Name = field.Name, Type = field.GraphType, Description = field.Description, Arguments = field.Arguments?.Invoke() });
        }
    }

    public static void ResolveOn(ObjectGraphType<EntityRecord> type)
    {
        foreach (var field in Fields)
        {
            type.AddField(new FieldType
            {
                Name = field.Name,
                Type = field.GraphType,
                Description = field.Description,
                Arguments = field.Arguments?.Invoke(),
                Resolver = new FuncFieldResolver<EntityRecord, object?>(field.Resolve),
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
