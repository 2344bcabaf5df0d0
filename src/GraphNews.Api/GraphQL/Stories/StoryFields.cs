using GraphNews.Api.GraphQL.Types;
using GraphNews.Api.Paging;
using GraphNews.Domain.Storage;
using GraphNews.Stories;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphNews.Api.GraphQL.Stories;

/// <summary>
/// The story fields: <c>Article.related</c> and <c>Article.story</c>, and the root <c>stories</c> and
/// <c>story</c>. Added by calling these from the article type and the query type.
/// </summary>
public static class StoryFields
{
    private const int DefaultRelated = 10;

    public static IServiceCollection AddGraphNewsStories(this IServiceCollection services, Func<IServiceProvider, IStoryStore> store) =>
        services.AddSingleton(sp => new StoryService(store(sp)));

    public static void AddStoryFields(this ObjectGraphType<ArticleRecord> article)
    {
        article.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedArticleGraphType>>>>("related")
            .Description("Articles that report the same event or continue the same story, strongest first, with the facts and entities they share.")
            .Argument<IntGraphType>("first", $"At most this many (default {DefaultRelated}, max {PageArguments.MaxPageSize}).")
            .ResolveAsync(async c =>
            {
                var first = Math.Clamp(c.GetArgument("first", DefaultRelated), 0, PageArguments.MaxPageSize);
                return await c.Stories().GetRelatedAsync(c.Source.Id, first, c.CancellationToken);
            });
        article.Field<StoryGraphType>("story")
            .Description("The story the article belongs to.")
            .ResolveAsync(async c => await c.Stories().GetStoryOfArticleAsync(c.Source.Id, c.CancellationToken));
    }

    public static void AddStoryQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<StoryConnectionGraphType>>("stories")
            .Description("Stories (articles reporting the same event), latest first.")
            .Argument<StoryFilterGraphType>("where")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after")
            .Argument<IntGraphType>("last").Argument<StringGraphType>("before")
            .ResolveAsync(async c =>
            {
                var where = c.GetArgument<StoryWhere?>("where") ?? new StoryWhere();
                var filter = new StoryFilter { Since = where.Since, Until = where.Until };
                if (where.Entity is not null)
                {
                    var ids = await NewsQuery.ResolveNamesAsync(c.Store(), where.Entity, c.CancellationToken);
                    if (ids.Count == 0)
                    {
                        return new ConnectionPage<StoryRecord>([], 0, 0);
                    }

                    filter = filter with { EntityId = ids[0] };
                }

                var stories = c.Stories();
                var page = await PageArguments.From(c).ToRequestAsync(async () => (await stories.ListStoriesAsync(filter, new PageRequest(0, 0), c.CancellationToken)).TotalCount);
                return ConnectionPage<StoryRecord>.From(await stories.ListStoriesAsync(filter, page, c.CancellationToken));
            });
        query.Field<StoryGraphType>("story")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Stories().GetStoryAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }

    private static StoryService Stories(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<StoryService>();
}
