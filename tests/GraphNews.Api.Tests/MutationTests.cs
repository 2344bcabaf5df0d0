using System.Text;
using GraphNews.Domain;
using GraphNews.Extraction;

namespace GraphNews.Api.Tests;

public sealed class MutationTests
{
    private const string Key = "s3cret-key";

    private const string Ingest =
        """
        mutation($input: ArticleInput!) { ingestArticle(input: $input) {
            article { id title license } changed entities relationships errors { field message code } } }
        """;

    /// <summary>A deterministic extractor for the API's own tests: one Person named after the title's first two words.</summary>
    private sealed class TitlePersonExtractor : IArticleExtractor
    {
        public ArticleGraph Extract(Article article)
        {
            var name = string.Join(' ', article.Title.Split(' ').Take(2));
            return new ArticleGraph(article, [new GraphEntity(EntityIds.For(EntityLabel.Person, name), EntityLabel.Person, name, [])], []);
        }
    }

    /// <summary>
    /// The first ingest loads the news knowledge base that identity resolution reads; on a machine shared with other test
    /// runs that took longer than the default execution timeout once, so these tests, which are about what a mutation
    /// writes and not how fast, give it a minute.
    /// </summary>
    private static Task<ApiServer> StartAsync(string? key) =>
        ApiServer.StartAsync([], new ApiOptions { ApiKey = key, ExecutionTimeout = TimeSpan.FromMinutes(1) }, extractor: new TitlePersonExtractor());

    private static HttpRequestMessage Request(string query, object variables, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    private static readonly object Article = new { input = new { id = "m1", title = "Jane Roe visits Oslo", text = "Jane Roe visited Oslo on Monday.", license = "CC0", published = "2025-02-09" } };

    [Fact]
    public async Task Without_a_configured_key_mutations_are_disabled()
    {
        await using var server = await StartAsync(key: null);

        var (status, body, _) = await server.SendAsync(Request(Ingest, Article, "anything"));

        Assert.Equal(403, status);
        Assert.Equal("MUTATIONS_DISABLED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_or_wrong_key_is_refused_before_anything_is_written()
    {
        await using var server = await StartAsync(Key);

        var missing = await server.SendAsync(Request(Ingest, Article, key: null));
        var wrong = await server.SendAsync(Request(Ingest, Article, "not-the-key"));

        Assert.Equal((401, 401), (missing.Status, wrong.Status));
        Assert.Equal("UNAUTHENTICATED", wrong.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(0, (await server.Store.GetStatsAsync(TestContext.Current.CancellationToken)).Articles);
    }

    [Fact]
    public async Task Ingest_is_idempotent_and_delete_removes_the_article()
    {
        await using var server = await StartAsync(Key);

        var first = (await server.SendAsync(Request(Ingest, Article, Key))).Body["data"]!["ingestArticle"]!;
        var again = (await server.SendAsync(Request(Ingest, Article, Key))).Body["data"]!["ingestArticle"]!;
        var deleted = (await server.SendAsync(Request("mutation { a: deleteArticle(id: \"m1\") b: deleteArticle(id: \"m1\") }", new { }, Key))).Body["data"]!;

        Assert.Equal(("m1", "Jane Roe visits Oslo", "CC0"), (first["article"]!["id"]!.GetValue<string>(), first["article"]!["title"]!.GetValue<string>(), first["article"]!["license"]!.GetValue<string>()));
        Assert.True(first["changed"]!.GetValue<bool>());
        Assert.Equal(1, first["entities"]!.GetValue<int>());
        Assert.Empty(first["errors"]!.AsArray());
        Assert.False(again["changed"]!.GetValue<bool>());
        Assert.True(deleted["a"]!.GetValue<bool>());
        Assert.False(deleted["b"]!.GetValue<bool>());
        Assert.Equal(0, (await server.Store.GetStatsAsync(TestContext.Current.CancellationToken)).Articles);
    }

    [Fact]
    public async Task Invalid_input_comes_back_as_field_errors_and_stores_nothing()
    {
        await using var server = await StartAsync(Key);

        var payload = (await server.SendAsync(Request(Ingest, new { input = new { title = " ", text = "", url = "ftp://example.org/x" } }, Key))).Body["data"]!["ingestArticle"]!;

        Assert.Null(payload["article"]);
        Assert.Equal(["text", "title", "url"], payload["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()).Order());
        Assert.Equal(0, (await server.Store.GetStatsAsync(TestContext.Current.CancellationToken)).Articles);
    }

    [Fact]
    public async Task Queries_need_the_key_only_when_configured_so()
    {
        await using var open = await StartAsync(Key);
        await using var closed = await ApiServer.StartAsync([], new ApiOptions { ApiKey = Key, RequireApiKeyForQueries = true }, extractor: new TitlePersonExtractor());
        const string query = "{ stats { articles } }";

        Assert.Equal(200, (await open.SendAsync(Request(query, new { }, key: null))).Status);
        Assert.Equal(401, (await closed.SendAsync(Request(query, new { }, key: null))).Status);
        Assert.Equal(200, (await closed.SendAsync(Request(query, new { }, Key))).Status);
    }
}
