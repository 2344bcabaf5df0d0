using System.Net;
using System.Text;

namespace GraphNews.Api.Tests;

/// <summary>GraphQL-over-HTTP behaviour: methods, media types, status codes, limits.</summary>
public sealed class HttpProtocolTests : IAsyncLifetime
{
    private ApiServer server = null!;

    public async ValueTask InitializeAsync() => server = await ApiServer.StartAsync([Store.Contract.ContractGraphs.TrumpCallsPutin()], new ApiOptions { MaxRequestBytes = 4096 });

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Get_runs_queries_with_variables()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($n: String!) { entity(name: $n) { id } }") + "&variables=" + Uri.EscapeDataString("{\"n\":\"Putin\"}");
        var (status, body, _) = await server.SendAsync(Get(url));

        Assert.Equal(200, status);
        Assert.Equal("person:vladimir-putin", body["data"]!["entity"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_refuses_mutations_with_405_and_an_allow_header()
    {
        var (status, body, response) = await server.SendAsync(Get("/graphql?query=" + Uri.EscapeDataString("mutation { deleteArticle(id: \"a1\") }")));

        Assert.Equal(405, status);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Equal("MUTATION_OVER_GET", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unparsable_documents_and_bodies_get_400_and_invalid_ones_422()
    {
        var syntax = await server.PostAsync("{ entity(name: ");
        var validation = await server.PostAsync("{ noSuchField }");
        var badJson = await server.SendAsync(Post("{not json", "application/json"));
        var noQuery = await server.SendAsync(Post("{\"variables\":{}}", "application/json"));

        Assert.Equal(400, syntax.Status);
        Assert.Equal(422, validation.Status);
        Assert.Contains("noSuchField", validation.Body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(400, badJson.Status);
        Assert.Equal("INVALID_JSON", badJson.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(400, noQuery.Status);
    }

    [Fact]
    public async Task Media_types_are_negotiated()
    {
        var legacy = await server.PostAsync("{ stats { articles } }", accept: "application/json");
        var wildcard = await server.PostAsync("{ stats { articles } }", accept: "*/*");
        var unacceptable = await server.PostAsync("{ stats { articles } }", accept: "text/plain");
        var wrongContent = await server.SendAsync(Post("{ stats { articles } }", "application/graphql"));

        Assert.Equal((200, "application/json"), (legacy.Status, legacy.Response.MediaType()));
        Assert.Equal("application/graphql-response+json", wildcard.Response.MediaType());
        Assert.Equal(406, unacceptable.Status);
        Assert.Equal(415, wrongContent.Status);
    }

    [Fact]
    public async Task Other_methods_get_405()
    {
        var (status, _, response) = await server.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") });

        Assert.Equal(405, status);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Oversized_bodies_get_413()
    {
        var (status, body, _) = await server.PostAsync("{ stats { articles } }" + new string(' ', 5000));

        Assert.Equal(413, status);
        Assert.Equal("REQUEST_TOO_LARGE", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_hostile_deep_query_is_rejected_before_execution()
    {
        const string ordinary = "{ interactions(actor: \"Trump\") { nodes { evidence { article { title } } actor { ... on Person { name } } } } }";
        var nested = new StringBuilder("{ __schema { types { ");
        for (var i = 0; i < 25; i++)
        {
            nested.Append("fields { type { ofType { ");
        }

        nested.Append("name").Append(new string('}', 25 * 3)).Append(" } } }");

        var (okStatus, _, _) = await server.PostAsync(ordinary);
        var (status, body, _) = await server.PostAsync(nested.ToString());

        Assert.Equal(200, okStatus);
        Assert.Equal(422, status);
        Assert.Null(body["data"]);
        Assert.Contains("depth", body["errors"]![0]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Too_large_pages_are_refused_with_a_stable_code()
    {
        var (_, body, _) = await server.PostAsync("""{ interactions(actor: "Trump", first: 1000) { totalCount } }""");

        Assert.Equal("PAGE_SIZE_EXCEEDED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static HttpRequestMessage Get(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return request;
    }

    private static HttpRequestMessage Post(string body, string contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return request;
    }
}
