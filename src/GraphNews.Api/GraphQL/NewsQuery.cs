using GraphNews.Api.GraphQL.Stories;
using GraphNews.Api.GraphQL.Types;
using GraphNews.Api.Paging;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphQL;
using GraphQL.Types;

namespace GraphNews.Api.GraphQL;

/// <summary>The questions analysts ask, as root fields.</summary>
public sealed class NewsQuery : ObjectGraphType
{
    public NewsQuery(RelationOntology ontology)
    {
        Name = "Query";

        Field<EntityInterface>("entity")
            .Description("One entity, by id or by a name or alias (\"Trump\", \"Kyiv\"); with a name, the most mentioned match.")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("name")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string?>("id");
                var name = c.GetArgument<string?>("name");
                if ((id is null) == (name is null))
                {
                    throw new ExecutionError("Give exactly one of id or name.") { Code = "BAD_USER_INPUT" };
                }

                return id is not null
                    ? await c.Loaders().Entities.Load(id).GetResultAsync(c.CancellationToken)
                    : (await c.Store().FindEntitiesByNameAsync(name!, c.CancellationToken)).FirstOrDefault();
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("searchEntities")
            .Description("Full-text search over names and aliases (prefixes match), best first.")
            .Argument<NonNullGraphType<StringGraphType>>("query")
            .Argument<EntityLabelGraphType>("label")
            .Argument<IntGraphType>("first", "At most this many (default 10, max 100).")
            .ResolveAsync(async c =>
            {
                var first = Math.Clamp(c.GetArgument("first", 10), 0, PageArguments.MaxPageSize);
                var matches = await c.Store().SearchEntitiesAsync(c.GetArgument<string>("query"), c.GetArgument<EntityLabel?>("label"), first, c.CancellationToken);
                return matches.Select(m => m.Entity).ToList();
            });

        Field<ArticleGraphType>("article")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Articles.Load(c.GetArgument<string>("id")));

        Field<NonNullGraphType<ArticleConnectionGraphType>>("articles")
            .Description("Stored articles, newest first.")
            .Argument<ArticleFilterGraphType>("where")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .Argument<IntGraphType>("last").Argument<StringGraphType>("before")
            .ResolveAsync(async c =>
            {
                var store = c.Store();
                var filter = c.GetArgument<ArticleFilter?>("where") ?? ArticleFilter.None;
                var page = await PageArguments.From(c).ToRequestAsync(async () => (await store.ListArticlesAsync(filter, new PageRequest(0, 0), c.CancellationToken)).TotalCount);
                return ConnectionPage<ArticleRecord>.From(await store.ListArticlesAsync(filter, page, c.CancellationToken));
            });

        Field<NonNullGraphType<EntityConnectionGraphType>>("entities")
            .Description("Entities by name, optionally filtered.")
            .Argument<EntityFilterGraphType>("where")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .Argument<IntGraphType>("last").Argument<StringGraphType>("before")
            .ResolveAsync(async c =>
            {
                var store = c.Store();
                var filter = c.GetArgument<EntityFilter?>("where") ?? EntityFilter.None;
                var page = await PageArguments.From(c).ToRequestAsync(async () => (await store.ListEntitiesAsync(filter, new PageRequest(0, 0), c.CancellationToken)).TotalCount);
                return ConnectionPage<EntityRecord>.From(await store.ListEntitiesAsync(filter, page, c.CancellationToken));
            });

        Field<NonNullGraphType<InteractionConnectionGraphType>>("interactions")
            .Description("What an actor did with whom, optionally about a topic: \"who has Trump discussed Ukraine with?\" is interactions(actor: \"Trump\", about: \"Ukraine\").")
            .Argument<NonNullGraphType<StringGraphType>>("actor", "A name, alias or id of the actor.")
            .Argument<StringGraphType>("about", "A name, alias or id of the topic.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("types", "Relationship types; default: every interaction type (not structural ones such as LEADS).")
            .Argument<ListGraphType<NonNullGraphType<ModalityGraphType>>>("modality", "Only these modalities; default: all.")
            .Argument<CalendarDateGraphType>("since").Argument<CalendarDateGraphType>("until")
            .Argument<FloatGraphType>("minConfidence")
            .Argument<FactSortGraphType>("orderBy", "Default DATE_DESC.")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .Argument<IntGraphType>("last").Argument<StringGraphType>("before")
            .ResolveAsync(async c =>
            {
                var store = c.Store();
                var actors = await ResolveNamesAsync(store, c.GetArgument<string>("actor"), c.CancellationToken);
                var about = c.GetArgument<string?>("about");
                var topics = about is null ? [] : await ResolveNamesAsync(store, about, c.CancellationToken);
                if (actors.Count == 0 || (about is not null && topics.Count == 0))
                {
                    return new ConnectionPage<InteractionView>([], 0, 0);
                }

                var query = new FactQuery
                {
                    EntityIds = actors,
                    Direction = Direction.Outgoing,
                    TopicIds = topics,
                    Filter = ReadFilter(c, ontology.InteractionTypes.ToList()),
                    Sort = c.GetArgument("orderBy", FactSort.DateDescending),
                };
                var page = await PageArguments.From(c).ToRequestAsync(async () => (await store.FindFactsAsync(query, new PageRequest(0, 0), c.CancellationToken)).TotalCount);
                var actorSet = actors.ToHashSet(StringComparer.Ordinal);
                return ConnectionPage<FactRecord>.From(await store.FindFactsAsync(query, page, c.CancellationToken)).Map(f => new InteractionView(f, actorSet));
            });

        Field<NonNullGraphType<NeighborhoodGraphType>>("neighborhood")
            .Description("The entity, the entities within depth hops of it (at most limit) and the relationships between them: what an explorer draws.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("depth", "1 or 2 (default 1).")
            .Argument<IntGraphType>("limit", "Most nodes to return (default 50, max 200).")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("types")
            .Argument<ListGraphType<NonNullGraphType<ModalityGraphType>>>("modality")
            .Argument<CalendarDateGraphType>("since").Argument<CalendarDateGraphType>("until")
            .Argument<FloatGraphType>("minConfidence")
            .ResolveAsync(async c =>
            {
                var depth = c.GetArgument("depth", 1);
                var limit = c.GetArgument("limit", 50);
                if (depth is < 1 or > MaxNeighborhoodDepth || limit is < 1 or > MaxNeighborhoodNodes)
                {
                    throw new ExecutionError($"depth must be 1 to {MaxNeighborhoodDepth} and limit 1 to {MaxNeighborhoodNodes}.") { Code = "BAD_USER_INPUT" };
                }

                return await c.Store().GetNeighborhoodAsync(c.GetArgument<string>("id"), depth, limit, ReadFilter(c, null), c.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("path")
            .Description("The relationships along a shortest connection between two entities (either direction), empty when none within maxHops.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "Id, name or alias.")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Id, name or alias.")
            .Argument<IntGraphType>("maxHops", "1 to 4 (default 4).")
            .ResolveAsync(async c =>
            {
                var maxHops = c.GetArgument("maxHops", MaxPathHops);
                if (maxHops is < 1 or > MaxPathHops)
                {
                    throw new ExecutionError($"maxHops must be 1 to {MaxPathHops}.") { Code = "BAD_USER_INPUT" };
                }

                var store = c.Store();
                var from = (await ResolveNamesAsync(store, c.GetArgument<string>("from"), c.CancellationToken)).FirstOrDefault();
                var to = (await ResolveNamesAsync(store, c.GetArgument<string>("to"), c.CancellationToken)).FirstOrDefault();
                return from is null || to is null ? [] : await store.FindShortestPathAsync(from, to, maxHops, c.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentityCandidateGraphType>>>>("identityCandidates")
            .Description("Possible merges the resolver was not sure enough to make: entities kept apart that may be the same thing, best first.")
            .Argument<StringGraphType>("entity", "Only those involving this entity (id, name or alias).")
            .Argument<IntGraphType>("first", "At most this many (default 20, max 100).")
            .ResolveAsync(async c =>
            {
                var store = c.Store();
                var first = Math.Clamp(c.GetArgument("first", PageArguments.DefaultPageSize), 0, PageArguments.MaxPageSize);
                var entity = c.GetArgument<string?>("entity");
                var ids = entity is null ? [null] : (await ResolveNamesAsync(store, entity, c.CancellationToken)).Cast<string?>().ToList();
                var found = new List<IdentityCandidateRecord>();
                foreach (var id in ids)
                {
                    // Those articles recorded, and the names stored under two labels (computed when asked).
                    found.AddRange(await store.GetIdentityCandidatesAsync(id, first, c.CancellationToken));
                    found.AddRange(await store.GetLabelSplitsAsync(id, first, c.CancellationToken));
                }

                return found.Distinct().OrderByDescending(r => r.Score).ThenBy(r => r.EntityId, StringComparer.Ordinal).ThenBy(r => r.CandidateId, StringComparer.Ordinal)
                    .ThenBy(r => r.ArticleId, StringComparer.Ordinal).Take(first).ToList();
            });

        Field<WriteQueueGraphType>("writeQueue")
            .Description("With Neo4j as the store: writes accepted into the durable outbox and not yet in Neo4j. Null for the embedded store.")
            .ResolveAsync(async c => c.RequestServices!.GetService(typeof(IWriteQueue)) is IWriteQueue queue ? await queue.GetStatusAsync(c.CancellationToken) : null);

        Field<NonNullGraphType<StatsGraphType>>("stats")
            .Description("Counts of articles, entities by label and relationships by type.")
            .ResolveAsync(async c => await c.Store().GetStatsAsync(c.CancellationToken));

        this.AddStoryQueries();
    }

    private const int MaxNeighborhoodDepth = 2;
    private const int MaxNeighborhoodNodes = 200;
    private const int MaxPathHops = 4;

    /// <summary>The fact conditions shared by fields that take types, modality, since, until and minConfidence.</summary>
    internal static FactFilter ReadFilter(IResolveFieldContext c, IReadOnlyList<string>? defaultTypes) => new()
    {
        Types = c.GetArgument<List<string>?>("types") ?? defaultTypes,
        Modalities = c.GetArgument<List<Modality>?>("modality"),
        Since = c.GetArgument<DateOnly?>("since"),
        Until = c.GetArgument<DateOnly?>("until"),
        MinConfidence = c.GetArgument<double?>("minConfidence"),
    };

    /// <summary>An id, or every entity whose name or alias it is.</summary>
    internal static async Task<List<string>> ResolveNamesAsync(IGraphStore store, string nameOrId, CancellationToken cancellationToken)
    {
        var byName = await store.FindEntitiesByNameAsync(nameOrId, cancellationToken);
        if (byName.Count > 0)
        {
            return byName.Select(e => e.Id).ToList();
        }

        return (await store.GetEntitiesAsync([nameOrId], cancellationToken)).Select(e => e.Id).ToList();
    }
}
