using GraphNews.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace GraphNews.Api.Web;

/// <summary>
/// The browser pages: GraphiQL on a browser's GET of /graphql, the graph explorer at /explore, and
/// the embedded files they load under /assets/. Nothing is fetched from another host.
/// </summary>
public static class WebPages
{
    public const string AssetsPath = "/assets/";
    public const string ExplorePath = "/explore";

    private const string GraphiQLPage = "graphiql.html";
    private const string ExplorePage = "explore.html";

    /// <summary>
    /// Pages may load scripts, styles and data only from this server. GraphiQL and cytoscape set inline
    /// styles; fonts and images arrive as data: URLs inside graphiql.min.css.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddWebPages(this IServiceCollection services) =>
        services.AddSingleton(EmbeddedAssets.FromAssembly(typeof(WebPages).Assembly));

    public static IEndpointRouteBuilder MapWebPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(ExplorePath, [HttpMethods.Get, HttpMethods.Head], context => ServePageAsync(context, ExplorePage));
        endpoints.MapMethods(AssetsPath + "{**path}", [HttpMethods.Get, HttpMethods.Head], context =>
        {
            var path = context.Request.RouteValues["path"] as string ?? string.Empty;
            var asset = context.RequestServices.GetRequiredService<EmbeddedAssets>().Find(path);
            if (asset is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return ServeAsync(context, asset);
        });
        return endpoints;
    }

    /// <summary>A browser opening /graphql: a GET with no query that accepts HTML. Every other request is the API's.</summary>
    public static bool IsGraphiQLRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && MediaTypes.AcceptsHtml(request.Headers.Accept.Select(a => a ?? string.Empty).ToList());

    public static Task ServeGraphiQLAsync(HttpContext context) => ServePageAsync(context, GraphiQLPage);

    private static Task ServePageAsync(HttpContext context, string page)
    {
        var asset = context.RequestServices.GetRequiredService<EmbeddedAssets>().Find(page)
            ?? throw new InvalidOperationException($"The page {page} is not embedded; check the EmbeddedResource glob of GraphNews.Api.csproj.");
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.Vary = "Accept";
        return ServeAsync(context, asset);
    }

    /// <summary>
    /// Every response carries its ETag and "no-cache": browsers keep the files and revalidate them
    /// with a cheap 304, so an upgraded server never mixes old and new files.
    /// </summary>
    private static async Task ServeAsync(HttpContext context, EmbeddedAsset asset)
    {
        var response = context.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(asset.Content, context.RequestAborted);
        }
    }
}
