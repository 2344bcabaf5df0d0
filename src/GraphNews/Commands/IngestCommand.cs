using System.CommandLine;
using System.Diagnostics;
using GraphNews.Cli.Hosting;
using GraphNews.Ingestion;
using GraphNews.Ingestion.Fetching;
using GraphNews.Ingestion.Reading;
using Microsoft.Extensions.Logging;

namespace GraphNews.Cli.Commands;

/// <summary><c>graphnews ingest INPUT... [--db PATH] [--parallel N] [--json|--quiet]</c>: extract articles and store their graphs.</summary>
internal static class IngestCommand
{
    /// <summary>How long ingest waits for the Neo4j outbox to drain before leaving the rest to the next run.</summary>
    private static readonly TimeSpan QueuePatience = TimeSpan.FromSeconds(30);

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files (.txt, .jsonl, .json, .html, .xml/.rss/.atom feeds), directories, http(s) URLs of pages or feeds (linked articles are fetched), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        }.RejectingUnknownOptions();
        var published = CommonOptions.Published();
        var common = new IngestingCommandOptions();
        var command = new Command("ingest", "Extract articles and store their graphs (re-ingesting an article is idempotent). Exit codes: 0 all stored, 1 failed, 2 usage, 3 some items skipped.")
        {
            inputs, published,
        };
        common.AddTo(command);

        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var mode = common.Mode(parse);
            using var export = common.Observability.StartExport(parse);
            using var loggers = common.Observability.CreateLoggers(parse);
            var settings = common.StoreSettings(parse);
            await using var session = await Composition.OpenStoreAsync(settings, cancellationToken, loggers);
            var reader = common.Fetch.Reader(parse, parse.GetValue(published));
            var options = common.IngestOptions(parse, reader);
            using var http = HttpFetcher.CreateClient();
            var fetcher = new HttpFetcher(http, common.Fetch.Fetch(parse), TimeProvider.System, logger: loggers.CreateLogger<HttpFetcher>());
            var service = IngestingCommandOptions.Service(session.Store, loggers);

            var clock = Stopwatch.StartNew();
            var summary = await IngestRunner.RunAsync(service, new ArticleSources(reader, fetcher), parse.GetValue(inputs)!, options, mode, Console.Error, cancellationToken);
            await SummaryReport.WriteAsync(summary, settings, clock.Elapsed, mode, Console.Out);
            await Composition.UpdateStoriesAsync(settings, cancellationToken);
            if (await session.WaitForQueueAsync(QueuePatience, cancellationToken) is { } queue && mode != OutputMode.Quiet)
            {
                await Console.Error.WriteLineAsync(queue.Pending == 0
                    ? "Neo4j: every accepted article, and its story links, is in Neo4j."
                    : $"Neo4j: {queue.Pending} accepted write(s) (articles and their story links) still wait in the outbox ({queue.LastError ?? "Neo4j is slow"}); they are written when Neo4j is reachable, by the next `graphnews serve` or `ingest`. `graphnews status` shows the queue.");
            }

            return IngestRunner.ExitCode(summary);
        }));
        return command;
    }
}
