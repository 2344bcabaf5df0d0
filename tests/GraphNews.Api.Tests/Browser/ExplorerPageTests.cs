using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphNews.Api.Tests.Browser;

/// <summary>The graph explorer at /explore, end to end in headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExplorerPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Search_pick_and_draw_shows_the_neighbourhood_as_visible_nodes()
    {
        await using var watched = await fixture.NewPageAsync();
        var page = await OpenAsync(watched, "/explore");
        var blank = await CountPixelsAsync(page);

        await SearchAndPickAsync(page, "Putin", ExplorerGraphs.PutinId);

        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-nodes", "3");
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-edges", "3");
        await Expect(page.Locator("#status")).ToContainTextAsync("Vladimir Putin: 3 nodes, 3 relationships");
        Assert.Equal(["person:ali-khamenei", "person:donald-trump", "person:vladimir-putin"], (await NodeIdsAsync(page)).Order());
        var drawn = await CountPixelsAsync(page);
        Assert.Equal(0, blank.PersonBlue);
        Assert.True(drawn.PersonBlue > 300, $"expected the three blue person nodes on the screenshot, found {drawn.PersonBlue} blue pixels");
        Assert.True(drawn.Ink > blank.Ink + 1000, $"the screenshot barely changed: {blank.Ink} → {drawn.Ink} non-white pixels");
        Assert.EndsWith("?entity=person%3Avladimir-putin", page.Url);
        watched.AssertCleanAndLocal();
    }

    [Fact]
    public async Task Double_clicking_a_node_merges_its_neighbourhood()
    {
        await using var watched = await fixture.NewPageAsync();
        var page = await OpenAsync(watched, "/explore?entity=" + Uri.EscapeDataString(ExplorerGraphs.PutinId));
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-nodes", "3");

        var (x, y) = await NodePositionAsync(page, ExplorerGraphs.KhameneiId);
        await page.Mouse.DblClickAsync(x, y);

        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-nodes", "4");
        Assert.Contains("country:united-states", await NodeIdsAsync(page));
        await Expect(page.Locator("#status")).ToContainTextAsync("1 new node(s)");
        watched.AssertCleanAndLocal();
    }

    [Fact]
    public async Task Clicking_an_edge_shows_its_evidence_and_article()
    {
        await using var watched = await fixture.NewPageAsync();
        var details = await ClickPutinsCallAsync(watched);
        await Expect(details).ToHaveAttributeAsync("data-kind", "edge");
        await Expect(details.Locator("h2").First).ToHaveTextAsync("SPOKE_WITH");
        await Expect(details.Locator(".sentence")).ToHaveTextAsync(ExplorerGraphs.CallSentence);
        await Expect(details.Locator(".article-title")).ToHaveTextAsync(ExplorerGraphs.CallArticleTitle);
        await Expect(details).ToContainTextAsync("asserted");
        await Expect(details).ToContainTextAsync("2025-02-09");
        await Expect(details).ToContainTextAsync("licence: CC0");
        await Expect(details.Locator("a")).ToHaveAttributeAsync("href", "https://example.org/call");
        watched.AssertCleanAndLocal();
    }

    [Fact]
    public async Task An_edges_articles_show_their_story_and_related_reports_with_why()
    {
        await using var watched = await fixture.NewPageAsync();
        var story = (await ClickPutinsCallAsync(watched)).Locator(".story");
        await Expect(story.Locator(".story-title")).ToHaveTextAsync("Story: " + ExplorerGraphs.CallArticleTitle);
        await Expect(story.Locator(".story-size")).ToHaveTextAsync("2 report(s) · 2025-02-09 – 2025-02-12");
        await Expect(story.Locator(".related li[data-article-id='plan']")).ToContainTextAsync("(2025-02-12) — same event, shared interaction");
        await Expect(story.Locator(".related li[data-article-id='met']")).ToContainTextAsync("(2025-02-10) — related, too little evidence");
        watched.AssertCleanAndLocal();
    }

    /// <summary>Opens Putin's neighbourhood and clicks the Trump–Putin call; returns the details panel.</summary>
    private async Task<ILocator> ClickPutinsCallAsync(WatchedPage watched)
    {
        var page = await OpenAsync(watched, "/explore?entity=" + Uri.EscapeDataString(ExplorerGraphs.PutinId));
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-edges", "3");
        var (x, y) = await EdgeMidpointAsync(page, "SPOKE_WITH");
        await page.Mouse.ClickAsync(x, y);
        return page.Locator("#details");
    }

    [Fact]
    public async Task Unchecking_a_relation_type_removes_its_edges_and_a_date_range_can_empty_the_graph()
    {
        await using var watched = await fixture.NewPageAsync();
        var page = await OpenAsync(watched, "/explore?entity=" + Uri.EscapeDataString(ExplorerGraphs.PutinId));
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-edges", "3");

        await page.Locator("#types input[value=MET_WITH]").UncheckAsync();

        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-edges", "1");
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-nodes", "2");
        Assert.Equal(["SPOKE_WITH"], await EdgeTypesAsync(page));

        await page.Locator("#types input[value=MET_WITH]").CheckAsync();
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-edges", "3");
        await page.Locator("#since").FillAsync("2025-02-10");
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-edges", "2");
        Assert.Equal(["MET_WITH", "MET_WITH"], await EdgeTypesAsync(page));
        await page.Locator("#since").FillAsync("2030-01-01");
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-edges", "0");
        await Expect(page.Locator("#status")).ToContainTextAsync("No relationships match the filters.");
        watched.AssertCleanAndLocal();
    }

    [Fact]
    public async Task Planned_relationships_are_drawn_dashed()
    {
        await using var watched = await fixture.NewPageAsync();
        var page = await OpenAsync(watched, "/explore?entity=" + Uri.EscapeDataString(ExplorerGraphs.PutinId));
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-edges", "3");

        var styles = await page.EvaluateAsync<string[]>(
            "() => graphExplorer.cy.edges().map(e => `${e.data('type')}/${e.data('modality')}/${e.style('line-style')}`).sort()");

        Assert.Equal(["MET_WITH/asserted/solid", "MET_WITH/planned/dashed", "SPOKE_WITH/asserted/solid"], styles);
        watched.AssertCleanAndLocal();
    }

    [Fact]
    public async Task A_deep_link_opens_the_entity_and_an_unknown_one_says_so()
    {
        await using var watched = await fixture.NewPageAsync();
        var page = await OpenAsync(watched, "/explore?entity=" + Uri.EscapeDataString(ExplorerGraphs.KhameneiId));

        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-nodes", "3");
        Assert.Equal(["country:united-states", "person:ali-khamenei", "person:vladimir-putin"], (await NodeIdsAsync(page)).Order());

        await page.GotoAsync(new Uri(fixture.BaseAddress, "/explore?entity=person%3Anobody").ToString());
        await Expect(page.Locator("#error")).ToHaveTextAsync("No entity has the id “person:nobody”.");
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-nodes", "0");
        watched.AssertCleanAndLocal();
    }

    [Fact]
    public async Task A_search_without_matches_and_a_lost_server_are_reported()
    {
        await using var watched = await fixture.NewPageAsync();
        var page = await OpenAsync(watched, "/explore");

        await page.Locator("#search-input").FillAsync("Zzyzx");
        await page.Locator("#search button").ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("No entity matches “Zzyzx”.");

        await page.RouteAsync("**/graphql", route => route.AbortAsync());
        await page.Locator("#search-input").FillAsync("Putin");
        await page.Locator("#search button").ClickAsync();
        await Expect(page.Locator("#error")).ToContainTextAsync("Could not reach the server");
    }

    private async Task<IPage> OpenAsync(WatchedPage watched, string path)
    {
        var page = watched.Page;
        await page.GotoAsync(new Uri(fixture.BaseAddress, path).ToString());
        await Expect(page.Locator("#types input")).ToHaveCountAsync(await RelationTypeCountAsync());
        return page;
    }

    private async Task<int> RelationTypeCountAsync()
    {
        var (_, body, _) = await fixture.Server.PostAsync("""{ __type(name: "RelationType") { enumValues { name } } }""");
        return body["data"]!["__type"]!["enumValues"]!.AsArray().Count;
    }

    private static async Task SearchAndPickAsync(IPage page, string text, string id)
    {
        await page.Locator("#search-input").FillAsync(text);
        await page.Locator("#search button").ClickAsync();
        await page.Locator($"#results button[data-id='{id}']").ClickAsync();
    }

    private static Task<string[]> NodeIdsAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => graphExplorer.cy.nodes().map(n => n.id())");

    private static async Task<string[]> EdgeTypesAsync(IPage page) =>
        (await page.EvaluateAsync<string[]>("() => graphExplorer.cy.edges().map(e => e.data('type'))")).Order().ToArray();

    private static async Task<(float X, float Y)> NodePositionAsync(IPage page, string id)
    {
        var xy = await page.EvaluateAsync<float[]>(
            "id => { const p = graphExplorer.cy.getElementById(id).renderedPosition(); const r = graphExplorer.cy.container().getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }", id);
        return (xy[0], xy[1]);
    }

    private static async Task<(float X, float Y)> EdgeMidpointAsync(IPage page, string type)
    {
        var xy = await page.EvaluateAsync<float[]>(
            "type => { const p = graphExplorer.cy.edges(`[type = \"${type}\"]`)[0].renderedMidpoint(); const r = graphExplorer.cy.container().getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }", type);
        return (xy[0], xy[1]);
    }

    /// <summary>
    /// Screenshots the graph area and counts, in a blank page's canvas, its non-white pixels and those
    /// of the person colour (#2f80ed): what a reader would see, not what the page claims.
    /// </summary>
    private static async Task<(int Ink, int PersonBlue)> CountPixelsAsync(IPage page)
    {
        var png = await page.Locator("#graph").ScreenshotAsync();
        var scratch = await page.Context.NewPageAsync();
        try
        {
            var counts = await scratch.EvaluateAsync<int[]>(
                """
                async base64 => {
                  const image = new Image();
                  image.src = "data:image/png;base64," + base64;
                  await image.decode();
                  const canvas = document.createElement("canvas");
                  canvas.width = image.width;
                  canvas.height = image.height;
                  const context = canvas.getContext("2d");
                  context.drawImage(image, 0, 0);
                  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
                  let ink = 0, blue = 0;
                  for (let i = 0; i < data.length; i += 4) {
                    const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
                    if (r < 240 || g < 240 || b < 240) ink++;
                    if (Math.abs(r - 0x2f) < 25 && Math.abs(g - 0x80) < 25 && Math.abs(b - 0xed) < 25) blue++;
                  }
                  return [ink, blue];
                }
                """, Convert.ToBase64String(png));
            return (counts[0], counts[1]);
        }
        finally
        {
            await scratch.CloseAsync();
        }
    }
}
