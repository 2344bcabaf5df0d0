using System.Text.Json.Nodes;

namespace GraphNews.Tests;

public sealed class StoriesCommandTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("graphnews-cli-stories-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public async Task Stories_are_built_from_an_ingested_store_and_put_every_article_in_exactly_one_story()
    {
        var ingest = await Cli.RunAsync(work, "ingest", Cli.Samples, "--db", "news.db");
        Assert.True(ingest.ExitCode == 0, ingest.Err);

        // Ingest keeps the story index up to date, so stories has nothing left to index.
        var first = await Cli.RunAsync(work, "stories", "--db", "news.db", "--format", "json");
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.DoesNotContain("indexed", first.Err);
        var stories = JsonNode.Parse(first.Out)!.AsArray();
        var articles = stories.SelectMany(s => s!["articles"]!.AsArray().Select(a => a!.GetValue<string>())).ToList();
        Assert.Equal(23, articles.Count);
        Assert.Equal(23, articles.Distinct().Count());
        Assert.All(stories, s => Assert.False(string.IsNullOrWhiteSpace(s!["title"]!.GetValue<string>())));
        Assert.Contains("trump-putin-ukraine", articles);

        // A second run prints the same stories; --rebuild gives them again.
        var second = await Cli.RunAsync(work, "stories", "--db", "news.db", "--format", "json");
        Assert.Equal(first.Out, second.Out);
        Assert.DoesNotContain("indexed", second.Err);
        var rebuilt = await Cli.RunAsync(work, "stories", "--db", "news.db", "--format", "json", "--rebuild");
        Assert.Equal(first.Out, rebuilt.Out);

        var text = await Cli.RunAsync(work, "stories", "--db", "news.db");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("trump-putin-ukraine", text.Out);
    }

    [Fact]
    public async Task A_missing_database_is_a_clear_error()
    {
        var (exitCode, _, error) = await Cli.RunAsync(work, "stories", "--db", "missing.db");
        Assert.Equal(1, exitCode);
        Assert.Contains("no such database", error);
    }
}
