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

    [Fact]
    public async Task Reading_the_whole_schema_fits_the_API_limits_because_introspection_costs_no_complexity()
    {
        // GraphiQL's query (graphiql-page.js) has this shape; by the default field costs it weighs ~300,000, past MaxComplexity.
        const string typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";
        var (status, body, _) = await fixture.Server.PostAsync($$"""
            query IntrospectionQuery {
              __schema {
                queryType { name }
                types {
                  kind name description
                  fields(includeDeprecated: true) { name description args { name type { {{typeRef}} } defaultValue } type { {{typeRef}} } isDeprecated deprecationReason }
                  inputFields { name type { {{typeRef}} } }
                  interfaces { {{typeRef}} }
                  enumValues(includeDeprecated: true) { name description }
                  possibleTypes { {{typeRef}} }
                }
                directives { name locations args { name type { {{typeRef}} } } }
              }
            }
            """);

        Assert.True(status == 200, body.ToJsonString());
        Assert.Contains(body["data"]!["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "RelationType");
    }
}
