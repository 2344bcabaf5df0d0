using GraphNews.Api.GraphQL;
using GraphNews.Api.GraphQL.Types;
using GraphNews.Api.Http;
using GraphNews.Api.Loading;
using GraphNews.Domain;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphNews.Api;

/// <summary>Registers and maps the GraphQL API. The host supplies an <see cref="Domain.Storage.IGraphStore"/>.</summary>
public static class GraphNewsApi
{
    public static IServiceCollection AddGraphNewsApi(this IServiceCollection services, ApiOptions options)
    {
        services.TryAddSingleton(RelationOntology.Default);
        services.AddSingleton(options);
        services.AddScoped<GraphLoaders>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<ApiKeyValidationRule>();
        services.AddTransient(typeof(EdgeGraphType<,>));
        services.AddGraphQL(b => b
            .AddSchema<NewsSchema>()
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(NewsSchema).Assembly)
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = options.MaxDepth;
                c.MaxComplexity = options.MaxComplexity;
            })
            .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false));
        return services;
    }

    public static IEndpointRouteBuilder MapGraphNewsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/graphql", context => context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context));
        return endpoints;
    }
}
