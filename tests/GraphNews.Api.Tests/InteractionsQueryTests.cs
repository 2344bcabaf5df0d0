using System.Text.Json.Nodes;
using GraphNews.Domain;
using static GraphNews.Store.Contract.ContractGraphs;

namespace GraphNews.Api.Tests;

public sealed class InteractionsQueryTests
{
    private const string Headline =
        """
        query { interactions(actor: "Trump", about: "Ukraine") { totalCount nodes {
            type modality date actor { name } counterpart { name } topics { name }
            evidence { sentence article { id title } } } } }
        """;

    private static IEnumerable<ArticleGraph> Seed()
    {
        yield return TrumpCallsPutin();
        yield return KhameneiRebuffs();
        var planned = Article("p1", "Trump may meet Zelenskyy next week.", new DateOnly(2025, 2, 9), "Possible meeting");
        yield return Graph(planned, [Trump, Zelenskyy], Relation(planned, "MET_WITH", Trump, Zelenskyy, Modality.Potential));
    }

    [Fact]
    public async Task Who_has_Trump_discussed_Ukraine_with_answers_Putin_with_the_evidence()
    {
        await using var server = await ApiServer.StartAsync(Seed());

        var (status, body, response) = await server.PostAsync(Headline);

        Assert.Equal(200, status);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        var connection = body["data"]!["interactions"]!;
        Assert.Equal(1, connection["totalCount"]!.GetValue<int>());
        var node = connection["nodes"]![0]!;
        Assert.Equal("SPOKE_WITH", node["type"]!.GetValue<string>());
        Assert.Equal("asserted", node["modality"]!.GetValue<string>());
        Assert.Equal("Donald Trump", node["actor"]!["name"]!.GetValue<string>());
        Assert.Equal("Vladimir Putin", node["counterpart"]!["name"]!.GetValue<string>());
        Assert.Equal("Ukraine", node["topics"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("Trump spoke with Putin about Ukraine.", node["evidence"]![0]!["sentence"]!.GetValue<string>());
        Assert.Equal("Article a1", node["evidence"]![0]!["article"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_symmetric_fact_is_found_from_its_target_with_the_other_end_as_counterpart()
    {
        await using var server = await ApiServer.StartAsync(Seed());

        var (_, body, _) = await server.PostAsync("""{ interactions(actor: "Putin") { nodes { actor { name } counterpart { name } } } }""");

        var node = Assert.Single(body["data"]!["interactions"]!["nodes"]!.AsArray())!;
        Assert.Equal(("Vladimir Putin", "Donald Trump"), (node["actor"]!["name"]!.GetValue<string>(), node["counterpart"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Modality_and_type_arguments_filter_and_unknown_names_give_an_empty_connection()
    {
        await using var server = await ApiServer.StartAsync(Seed());

        async Task<JsonArray> Counterparts(string arguments) =>
            (await server.PostAsync($$"""{ interactions({{arguments}}) { nodes { counterpart { name } } } }""")).Body["data"]!["interactions"]!["nodes"]!.AsArray();

        Assert.Equal(2, (await Counterparts("actor: \"Trump\"")).Count);
        Assert.Equal("Volodymyr Zelenskyy", Assert.Single(await Counterparts("actor: \"Trump\", modality: [potential]"))!["counterpart"]!["name"]!.GetValue<string>());
        Assert.Single(await Counterparts("actor: \"donald trump\", types: [SPOKE_WITH]"));
        Assert.Empty(await Counterparts("actor: \"Trump\", about: \"Atlantis\""));
        Assert.Empty(await Counterparts("actor: \"Nobody At All\""));
        Assert.Equal("United States", Assert.Single(await Counterparts("actor: \"Khamenei\""))!["counterpart"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Interactions_page_with_cursors_and_page_info()
    {
        var graphs = Enumerable.Range(1, 5).Select(day => TrumpCallsPutin($"d{day}", new DateOnly(2025, 3, day)) is var g
            ? g with { Relations = [g.Relations[0] with { Date = new DateOnly(2025, 3, day) }] }
            : throw new InvalidOperationException());
        await using var server = await ApiServer.StartAsync(graphs);

        var first = (await server.PostAsync("""{ interactions(actor: "Trump", first: 2) { totalCount edges { cursor node { date } } pageInfo { hasNextPage endCursor } } }""")).Body["data"]!["interactions"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await server.PostAsync("query($after: String) { interactions(actor: \"Trump\", first: 10, after: $after) { edges { node { date } } pageInfo { hasNextPage hasPreviousPage } } }", new { after = cursor })).Body["data"]!["interactions"]!;
        var last = (await server.PostAsync("""{ interactions(actor: "Trump", last: 1) { nodes { date } } }""")).Body["data"]!["interactions"]!;

        Assert.Equal(5, first["totalCount"]!.GetValue<int>());
        Assert.Equal(["2025-03-05", "2025-03-04"], first["edges"]!.AsArray().Select(e => e!["node"]!["date"]!.GetValue<string>()));
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(["2025-03-03", "2025-03-02", "2025-03-01"], second["edges"]!.AsArray().Select(e => e!["node"]!["date"]!.GetValue<string>()));
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal("2025-03-01", last["nodes"]![0]!["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task Entities_resolve_by_id_name_alias_and_full_text()
    {
        await using var server = await ApiServer.StartAsync(Seed());

        var body = (await server.PostAsync(
            """
            { byId: entity(id: "country:ukraine") { name label }
              byAlias: entity(name: "Kyiv") { id ... on Country { aliases } }
              search: searchEntities(query: "zelen") { __typename name }
              article(id: "a1") { title license }
              stats { articles relationships entitiesByLabel { key count } } }
            """)).Body["data"]!;

        Assert.Equal("Ukraine", body["byId"]!["name"]!.GetValue<string>());
        Assert.Equal("Country", body["byId"]!["label"]!.GetValue<string>());
        Assert.Equal("country:ukraine", body["byAlias"]!["id"]!.GetValue<string>());
        Assert.Contains("Kyiv", body["byAlias"]!["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(("Person", "Volodymyr Zelenskyy"), (body["search"]![0]!["__typename"]!.GetValue<string>(), body["search"]![0]!["name"]!.GetValue<string>()));
        Assert.Equal("CC0", body["article"]!["license"]!.GetValue<string>());
        Assert.Equal(3, body["stats"]!["articles"]!.GetValue<int>());
    }

    [Fact]
    public async Task Evidence_of_a_widely_reported_fact_is_limited_to_the_most_confident_sentences()
    {
        var reports = Enumerable.Range(1, 12).Select(i =>
        {
            var article = Article($"r{i:00}", $"Trump and Putin spoke by phone, report {i} said.", new DateOnly(2025, 2, 9));
            return Graph(article, [Trump, Putin], Relation(article, "SPOKE_WITH", Trump, Putin, confidence: 0.5 + (i / 100.0)));
        });
        await using var server = await ApiServer.StartAsync(reports);

        var (_, byDefault, _) = await server.PostAsync("""{ interactions(actor: "Trump") { nodes { articleCount evidence { confidence article { id } } } } }""");
        var (_, two, _) = await server.PostAsync("""{ interactions(actor: "Trump") { nodes { evidence(first: 2) { article { id } } } } }""");
        var (status, tooMany, _) = await server.PostAsync("""{ interactions(actor: "Trump") { nodes { evidence(first: 101) { sentence } } } }""");

        var node = Assert.Single(byDefault["data"]!["interactions"]!["nodes"]!.AsArray())!;
        Assert.Equal(12, node["articleCount"]!.GetValue<int>());
        Assert.Equal(10, node["evidence"]!.AsArray().Count);
        Assert.DoesNotContain(node["evidence"]!.AsArray(), e => e!["article"]!["id"]!.GetValue<string>() is "r01" or "r02");
        var top = two["data"]!["interactions"]!["nodes"]![0]!["evidence"]!.AsArray().Select(e => e!["article"]!["id"]!.GetValue<string>());
        Assert.Equal(["r11", "r12"], top);
        Assert.Equal(Http.GraphQLHttpHandler.PartialSuccess, status);
        Assert.Equal("BAD_USER_INPUT", tooMany["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
