using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace GraphNews.Tests;

/// <summary>The newsroom side of the CLI: scripts' output modes, standard input, help for every verb, and the feed watcher.</summary>
public sealed class NewsroomCliTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("graphnews-newsroom-tests-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public async Task Json_mode_prints_one_summary_object_and_quiet_mode_prints_nothing()
    {
        var json = await Cli.RunAsync(work, "ingest", Path.Combine(Cli.Samples, "wikinews.jsonl"), "--json");
        var quiet = await Cli.RunAsync(work, "ingest", Path.Combine(Cli.Samples, "wikinews.jsonl"), "--quiet");

        Assert.True(json.ExitCode == 0, json.Err);
        var summary = JsonNode.Parse(json.Out)!;
        Assert.Equal(22, summary["articles"]!.GetValue<int>());
        Assert.Equal(22, summary["written"]!.GetValue<int>());
        Assert.True(summary["relationships"]!.GetValue<int>() > 0);
        Assert.Empty(summary["skippedItems"]!.AsArray());
        Assert.Equal((0, "", ""), (quiet.ExitCode, quiet.Out, quiet.Err));
    }

    [Fact]
    public async Task Human_mode_ends_with_a_summary_table_and_skipped_items_are_grouped_by_reason()
    {
        var input = Path.Combine(work, "mixed.jsonl");
        await File.WriteAllLinesAsync(input, [
            """{"id":"ok","title":"Putin meets Erdogan","text":"Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi."}""",
            """{"id":"no-text","title":"Empty"}""",
            """{"id":"bad", """,
        ], TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await Cli.RunAsync(work, "ingest", input);

        Assert.Equal(3, exitCode);
        Assert.Contains("Ingest summary", output);
        Assert.Contains("relationships", output);
        Assert.Contains("Skipped, by reason", output);
        Assert.Contains("not a valid JSON object", output);
        Assert.Contains($"skipped {input}:2: the article has no \"text\"", error);
    }

    [Fact]
    public async Task Articles_can_be_piped_in_on_standard_input()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "graphnews.dll"), "ingest", "-", "--json" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(await File.ReadAllTextAsync(Path.Combine(Cli.Samples, "wikinews.jsonl"), TestContext.Current.CancellationToken));
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(22, JsonNode.Parse(output)!["written"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("watch")]
    [InlineData("serve")]
    [InlineData("extract")]
    public async Task Every_verb_explains_itself_with_help(string verb)
    {
        var (exitCode, output, _) = await Cli.RunAsync(work, verb, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output);
        Assert.Contains($"graphnews {verb}", output);
    }

    [Fact]
    public async Task Watch_ingests_a_local_feed_once_and_remembers_it_across_restarts()
    {
        var items = new List<string> { "one" };
        using var site = new FeedSite(items);

        var first = await Cli.RunAsync(work, "watch", site.Feed, "--once", "--json", "--host-delay", "00:00:00");
        var restarted = await Cli.RunAsync(work, "watch", site.Feed, "--once", "--json", "--host-delay", "00:00:00");
        items.Add("two");
        var updated = await Cli.RunAsync(work, "watch", site.Feed, "--once", "--json", "--host-delay", "00:00:00");

        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Equal((1, 1), Counts(first.Out));
        Assert.Equal((0, 0), Counts(restarted.Out));
        Assert.Equal((1, 1), Counts(updated.Out));
        Assert.True(File.Exists(Path.Combine(work, "graphnews.watch.db")));
    }

    [Fact]
    public async Task A_bad_interval_is_a_clear_error()
    {
        var (exitCode, _, error) = await Cli.RunAsync(work, "watch", "http://127.0.0.1:9/feed", "--interval", "soon");

        Assert.Equal(1, exitCode);
        Assert.Contains("--interval must look like 30s, 5m, 1h", error);
    }

    private static (int NewItems, int Written) Counts(string output)
    {
        var feed = JsonNode.Parse(output)!["feeds"]![0]!;
        return (feed["newItems"]!.GetValue<int>(), feed["written"]!.GetValue<int>());
    }

    /// <summary>An RSS feed and its article pages on 127.0.0.1; the feed lists whatever <c>items</c> holds at request time.</summary>
    private sealed class FeedSite : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly List<string> items;
        private readonly Task loop;
        private readonly string root = $"http://127.0.0.1:{Cli.FreePort()}/";

        public FeedSite(List<string> items)
        {
            this.items = items;
            listener.Prefixes.Add(root);
            listener.Start();
            loop = Task.Run(ServeAsync);
        }

        public string Feed => root + "feed.xml";

        public void Dispose()
        {
            listener.Close();
            loop.Wait(TimeSpan.FromSeconds(5));
        }

        private async Task ServeAsync()
        {
            while (true)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var path = context.Request.Url!.AbsolutePath;
                var body = path == "/feed.xml"
                    ? $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title><link>{root}</link><description>d</description>"
                      + string.Concat(items.Select(i => $"<item><guid>{i}</guid><title>Story {i}</title><link>{root}articles/{i}</link></item>")) + "</channel></rss>"
                    : $"<html><head><meta property=\"article:published_time\" content=\"2025-03-04\"></head><body><article><p>Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi ({path}).</p></article></body></html>";
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.ContentType = path == "/feed.xml" ? "application/rss+xml" : "text/html; charset=utf-8";
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }
    }
}
