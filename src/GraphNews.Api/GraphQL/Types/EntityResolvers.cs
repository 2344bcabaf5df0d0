using GraphNews.Api.Paging;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphQL;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL.Types;

/// <summary>Resolvers of the entity fields that query the store.</summary>
internal static class EntityResolvers
{
    private const int MaxTimeline = 100;

    public static QueryArguments PageArgumentsOnly() => new(
        new QueryArgument<IntGraphType> { Name = "first" },
        new QueryArgument<StringGraphType> { Name = "after" },
        new QueryArgument<IntGraphType> { Name = "last" },
        new QueryArgument<StringGraphType> { Name = "before" });

    public static QueryArguments FirstArgument() => new(new QueryArgument<IntGraphType> { Name = "first", Description = "At most this many (default 20, max 100)." });

    public static QueryArguments RelationshipArguments()
    {
        var arguments = PageArgumentsOnly();
        arguments.Add(new QueryArgument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>> { Name = "types" });
        arguments.Add(new QueryArgument<DirectionGraphType> { Name = "direction", Description = "OUTGOING, INCOMING or BOTH (default)." });
        arguments.Add(new QueryArgument<ListGraphType<NonNullGraphType<ModalityGraphType>>> { Name = "modality" });
        arguments.Add(new QueryArgument<CalendarDateGraphType> { Name = "since" });
        arguments.Add(new QueryArgument<CalendarDateGraphType> { Name = "until" });
        arguments.Add(new QueryArgument<FloatGraphType> { Name = "minConfidence" });
        arguments.Add(new QueryArgument<FactSortGraphType> { Name = "orderBy", Description = "Default DATE_DESC." });
        return arguments;
    }

    public static async ValueTask<object?> RelationshipsAsync(IResolveFieldContext<EntityRecord> c)
    {
        var store = c.Store();
        var query = new FactQuery
        {
            EntityIds = [c.Source.Id],
            Direction = c.GetArgument("direction", Direction.Both),
            Filter = NewsQuery.ReadFilter(c, null),
            Sort = c.GetArgument("orderBy", FactSort.DateDescending),
        };
        var page = await PageArguments.From(c).ToRequestAsync(async () => (await store.FindFactsAsync(query, new PageRequest(0, 0), c.CancellationToken)).TotalCount);
        return ConnectionPage<FactRecord>.From(await store.FindFactsAsync(query, page, c.CancellationToken));
    }

    public static async ValueTask<object?> RolesAsync(IResolveFieldContext<EntityRecord> c)
    {
        var ontology = c.RequestServices!.GetService(typeof(RelationOntology)) as RelationOntology ?? RelationOntology.Default;
        var structural = ontology.Types.Where(t => t.Category == RelationCategory.Structural).Select(t => t.Name).ToList();
        var query = new FactQuery { EntityIds = [c.Source.Id], Direction = Direction.Outgoing, Filter = new FactFilter { Types = structural } };
        var facts = await c.Store().FindFactsAsync(query, new PageRequest(0, PageArguments.MaxPageSize), c.CancellationToken);
        return facts.Items.Where(f => f.SourceId == c.Source.Id).ToList();
    }

    public static async ValueTask<object?> TimelineAsync(IResolveFieldContext<EntityRecord> c)
    {
        var first = Math.Clamp(c.GetArgument("first", PageArguments.DefaultPageSize), 0, MaxTimeline);
        var query = new FactQuery { EntityIds = [c.Source.Id], Direction = Direction.Both, Sort = FactSort.DateAscending };
        return (await c.Store().FindFactsAsync(query, new PageRequest(0, first), c.CancellationToken)).Items;
    }

    public static async ValueTask<object?> MentionedInAsync(IResolveFieldContext<EntityRecord> c)
    {
        var store = c.Store();
        var page = await PageArguments.From(c).ToRequestAsync(async () => (await store.ListArticlesMentioningAsync(c.Source.Id, new PageRequest(0, 0), c.CancellationToken)).TotalCount);
        return ConnectionPage<ArticleRecord>.From(await store.ListArticlesMentioningAsync(c.Source.Id, page, c.CancellationToken));
    }
}
