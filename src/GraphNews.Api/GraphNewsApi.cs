using GraphNews.Api.GraphQL;
using GraphNews.Api.GraphQL.Types;
using GraphNews.Api.Http;
using GraphNews.Api.Loading;
using GraphNews.Api.Web;
using GraphNews.Domain;
using GraphQL;
using GraphQL.Validation.Complexity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphNews.Api;

/// <summary>Registers and maps the GraphQL API and its browser pages (GraphiQL, /explore). The host supplies an <see cref="Domain.Storage.IGraphStore"/>.</summary>
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
        services.AddWebPages();
        services.AddGraphQL(b => b
            .AddSchema<NewsSchema>()
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(NewsSchema).Assembly)
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = options.MaxDepth;
                c.MaxComplexity = options.MaxComplexity;
                // Reading the schema (GraphiQL, code generators) costs nothing per row and stays bounded by
                // MaxDepth, so only data fields count towards MaxComplexity.
                var standardImpact = c.DefaultComplexityImpactDelegate;
                c.DefaultComplexityImpactDelegate = field =>
                    field.FieldDefinition.Name is "__schema" or "__type" or "__typename" ? new FieldComplexityResult(0, 0) : standardImpact(field);
            })
            .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false));
        return services;
    }

    public static IEndpointRouteBuilder MapGraphNewsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/graphql", context => WebPages.IsGraphiQLRequest(context.Request)
            ? WebPages.ServeGraphiQLAsync(context)
            : context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context));
        endpoints.MapWebPages();
        return endpoints;
    }
}
