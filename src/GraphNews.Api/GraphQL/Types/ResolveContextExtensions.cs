using GraphNews.Api.Loading;
using GraphNews.Domain.Storage;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GraphNews.Api.GraphQL.Types;

internal static class ResolveContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphLoaders>();

    public static IGraphStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGraphStore>();
}
