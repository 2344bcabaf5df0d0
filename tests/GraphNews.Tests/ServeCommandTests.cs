using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GraphNews.Tests;

/// <summary>The README's main command: ingest the samples and serve; then the headline question over real HTTP.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("graphnews-serve-tests-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public async Task Serve_with_the_samples_answers_who_Trump_discussed_Ukraine_with()
    {
        var port = Cli.FreePort();
        using var server = Cli.Start(work, "serve", "--ingest", Cli.Samples, "--urls", $"http://127.0.0.1:{port}");
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilReadyAsync(http);

            var response = await http.PostAsJsonAsync("/graphql", new
            {
                query = """
                    { interactions(actor: "Trump", about: "Ukraine") { totalCount nodes {
                        type modality actor { name } counterpart { name } topics { name }
                        evidence { sentence article { id title } } } } }
                    """,
            }, TestContext.Current.CancellationToken);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
            var nodes = body["data"]!["interactions"]!["nodes"]!.AsArray();

            Assert.NotEmpty(nodes);
            Assert.All(nodes, n => Assert.Equal("Vladimir Putin", n!["counterpart"]!["name"]!.GetValue<string>()));
            var call = Assert.Single(nodes, n => n!["modality"]!.GetValue<string>() == "asserted")!;
            Assert.Equal("SPOKE_WITH", call["type"]!.GetValue<string>());
            var evidence = call["evidence"]![0]!;
            Assert.Contains("spoken with Russian President Vladimir Putin", evidence["sentence"]!.GetValue<string>());
            Assert.Equal("Trump Eyes Peace Talks with Putin Amid Ongoing Ukraine Conflict", evidence["article"]!["title"]!.GetValue<string>());

            // Ready means the story index caught up with the ingested samples too.
            var stories = await http.PostAsJsonAsync("/graphql", new { query = "{ stories(first: 50) { totalCount } }" }, TestContext.Current.CancellationToken);
            var storyCount = JsonNode.Parse(await stories.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["data"]!["stories"]!["totalCount"]!.GetValue<int>();
            Assert.True(storyCount > 0, "no stories once the server reported ready");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task With_Neo4j_down_the_samples_serve_ingests_wait_in_the_outbox_and_their_stories_are_served()
    {
        var port = Cli.FreePort();
        var neo4j = $"http://127.0.0.1:{Cli.FreePort()}";
        using var server = Cli.Start(work, "serve", "--store", "neo4j", "--neo4j-url", neo4j, "--outbox", Path.Combine(work, "outbox.db"), "--ingest", Cli.Samples, "--urls", $"http://127.0.0.1:{port}");
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilAsync(http, "/healthz");

            var ready = await http.GetAsync("/readyz", TestContext.Current.CancellationToken);
            var response = await http.PostAsJsonAsync("/graphql", new { query = "{ stories(first: 50) { totalCount nodes { title } } }" }, TestContext.Current.CancellationToken);
            var stories = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["data"]!["stories"]!;

            Assert.Equal(503, (int)ready.StatusCode);
            Assert.Equal(23, stories["totalCount"]!.GetValue<int>());
            Assert.Contains(stories["nodes"]!.AsArray(), s => s!["title"]!.GetValue<string>() == "Trump Eyes Peace Talks with Putin Amid Ongoing Ukraine Conflict");
            Assert.True(File.Exists(Path.Combine(work, "outbox.stories.db")), "the story index lives beside the outbox");

            var listed = await Cli.RunAsync(work, "stories", "--store", "neo4j", "--neo4j-url", neo4j, "--outbox", Path.Combine(work, "outbox.db"), "--format", "json");
            Assert.True(listed.ExitCode == 0, listed.Err);
            Assert.Equal(23, JsonNode.Parse(listed.Out)!.AsArray().Count);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    private static Task WaitUntilReadyAsync(HttpClient http) => WaitUntilAsync(http, "/readyz");

    private static async Task WaitUntilAsync(HttpClient http, string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                if ((await http.GetAsync(path, TestContext.Current.CancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"graphnews serve did not answer {path} within 2 minutes");
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
