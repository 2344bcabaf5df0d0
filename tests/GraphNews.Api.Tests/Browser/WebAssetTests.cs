using System.Net;
using System.Text.RegularExpressions;
using GraphNews.Api.Web;

namespace GraphNews.Api.Tests.Browser;

/// <summary>The pages and their embedded files over plain HTTP: routes, types, caching, no foreign hosts.</summary>
public sealed partial class WebAssetTests : IAsyncLifetime
{
    private ApiServer server = null!;

    public async ValueTask InitializeAsync() => server = await ApiServer.StartAsync(ExplorerGraphs.All());

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_browser_get_of_graphql_gets_GraphiQL_and_every_other_request_the_API()
    {
        var page = await SendAsync(HttpMethod.Get, "/graphql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var noAccept = await SendAsync(HttpMethod.Get, "/graphql", null);
        var json = await SendAsync(HttpMethod.Get, "/graphql", "application/json");
        var query = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ entity(name: \"Putin\") { id } }"), "text/html,*/*;q=0.8");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/assets/vendor/graphiql/graphiql.min.js", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.NotNull(page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.BadRequest, noAccept.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Contains("person:vladimir-putin", await query.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/explore", "text/html")]
    [InlineData("/assets/explore/explore.js", "text/javascript")]
    [InlineData("/assets/explore/explore.css", "text/css")]
    [InlineData("/assets/vendor/cytoscape/cytoscape.min.js", "text/javascript")]
    [InlineData("/assets/vendor/graphiql/graphiql.min.css", "text/css")]
    [InlineData("/assets/vendor/react/LICENSE", "application/octet-stream")]
    public async Task Pages_and_assets_are_served_with_their_type_an_etag_and_revalidation(string path, string mediaType)
    {
        var first = await SendAsync(HttpMethod.Get, path, null);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, path);
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await server.Client.SendAsync(revalidate, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(mediaType, first.Content.Headers.ContentType!.MediaType);
        Assert.True(first.Content.Headers.ContentLength > 0);
        Assert.True(first.Headers.CacheControl!.NoCache);
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/assets/nothing.js")]
    [InlineData("/assets/")]
    [InlineData("/assets/vendor")]
    public async Task Unknown_assets_are_404(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, path, null)).StatusCode);

    [Fact]
    public async Task Our_pages_and_scripts_name_no_other_host_and_load_only_embedded_files()
    {
        var assets = EmbeddedAssets.FromAssembly(typeof(WebPages).Assembly);
        var own = assets.Paths.Where(p => !p.StartsWith("vendor/", StringComparison.Ordinal)).ToList();
        var served = new List<(string Url, string Text)>();
        foreach (var url in own.Select(p => "/assets/" + p).Append("/explore").Append("/graphql"))
        {
            var response = await SendAsync(HttpMethod.Get, url, "text/html");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            served.Add((url, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        }

        Assert.Contains("explore/explore.js", own);
        Assert.Contains("graphiql-page.js", own);
        Assert.All(served, file => Assert.False(ExternalUrl().IsMatch(file.Text), $"{file.Url} names an external URL: {ExternalUrl().Match(file.Text).Value}"));
        var references = served.SelectMany(f => Reference().Matches(f.Text).Select(m => m.Groups["url"].Value)).ToList();
        Assert.Contains("/assets/vendor/cytoscape/cytoscape.min.js", references);
        Assert.All(references, url => Assert.True(
            url is "data:," or "/graphql" || (url.StartsWith("/assets/", StringComparison.Ordinal) && assets.Find(url["/assets/".Length..]) is not null),
            $"not an embedded file: {url}"));
        Assert.All(["react", "react-dom", "graphiql", "cytoscape"], package => Assert.NotNull(assets.Find($"vendor/{package}/LICENSE")));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accept)
    {
        using var request = new HttpRequestMessage(method, path);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex(@"https?://", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex(@"(?:src|href)=""(?<url>[^""]+)""")]
    private static partial Regex Reference();
}
