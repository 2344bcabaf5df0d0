using static Microsoft.Playwright.Assertions;

namespace GraphNews.Api.Tests.Browser;

/// <summary>GraphiQL at /graphql in headless Chromium, served from this server only.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GraphiQLPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_IDE_loads_the_schema_and_runs_the_headline_query()
    {
        await using var watched = await fixture.NewPageAsync();
        var page = watched.Page;
        var introspection = page.WaitForResponseAsync(r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && r.Request.Method == "POST" && r.Request.PostData!.Contains("IntrospectionQuery", StringComparison.Ordinal));

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/graphql").ToString());

        var schema = await introspection;
        Assert.True(schema.Status == 200, $"introspection failed: {schema.Status} {await schema.TextAsync()}");
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("interactions(actor: \"Trump\", about: \"Ukraine\")");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var result = page.Locator(".result-window");
        await Expect(result).ToContainTextAsync("\"totalCount\": 1");
        await Expect(result).ToContainTextAsync("Vladimir Putin");
        await Expect(result).ToContainTextAsync(ExplorerGraphs.CallSentence);

        await page.Locator("button[aria-label='Show Documentation Explorer']").ClickAsync();
        await Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query");
        watched.AssertCleanAndLocal();
    }
}
