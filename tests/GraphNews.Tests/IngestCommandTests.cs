using Microsoft.Data.Sqlite;

namespace GraphNews.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("graphnews-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public async Task Ingesting_the_samples_twice_leaves_every_count_unchanged()
    {
        var first = await Cli.RunAsync(work, "ingest", Cli.Samples);
        var countsAfterFirst = Counts();
        var second = await Cli.RunAsync(work, "ingest", Cli.Samples);

        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Contains("23 written", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 written, 23 unchanged", second.Out);
        Assert.Equal(countsAfterFirst, Counts());
        Assert.Equal(23, countsAfterFirst["articles"]);
        Assert.True(countsAfterFirst["facts"] > 0);
    }

    [Fact]
    public async Task A_malformed_jsonl_line_is_named_with_file_and_line_while_the_other_articles_load()
    {
        var input = Path.Combine(work, "mixed.jsonl");
        await File.WriteAllLinesAsync(input, [
            """{"id":"ok1","title":"Putin meets Erdogan","text":"Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday."}""",
            """{"id":"bad", "title": "Broken""",
            """{"id":"ok2","title":"Macron visits Berlin","text":"French President Emmanuel Macron visited Berlin."}""",
        ], TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await Cli.RunAsync(work, "ingest", input, "--db", "mixed.db");

        Assert.True(exitCode == 3, $"exit {exitCode}: {error}");
        Assert.Contains($"{input}:2", error);
        Assert.Contains("not a valid JSON object", error);
        Assert.Contains("2 written", output);
        Assert.Equal(2, Counts("mixed.db")["articles"]);
    }

    [Fact]
    public async Task A_missing_path_is_reported_and_a_bad_store_name_is_a_clear_error()
    {
        var missing = await Cli.RunAsync(work, "ingest", Path.Combine(work, "nope"));
        var badStore = await Cli.RunAsync(work, "ingest", Cli.Samples, "--store", "mongodb");

        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("no such file or directory", missing.Err);
        Assert.Equal(1, badStore.ExitCode);
        Assert.Contains("--store must be sqlite or neo4j", badStore.Err);
        Assert.DoesNotContain("   at ", badStore.Err);
    }

    private Dictionary<string, long> Counts(string db = "graphnews.db")
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(work, db)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return new[] { "articles", "entities", "entity_aliases", "mentions", "facts", "evidence", "fact_topics" }.ToDictionary(t => t, t =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {t}";
            return (long)command.ExecuteScalar()!;
        });
    }
}
