using System.CommandLine;
using GraphNews.Cli.Hosting;
using GraphNews.Ingestion;
using GraphNews.Ingestion.Feeds;
using GraphNews.Ingestion.Fetching;
using GraphNews.Ingestion.Reading;
using Microsoft.Extensions.Logging;

namespace GraphNews.Cli.Commands;

/// <summary><c>graphnews watch FEED-URL... [--interval 5m] [--once]</c>: poll feeds and ingest only their new items.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var feeds = new Argument<string[]>("feeds") { Description = "RSS or Atom feed URLs to poll.", Arity = ArgumentArity.OneOrMore }.RejectingUnknownOptions();
        var interval = new Option<string>("--interval") { Description = "Time between polls: 30s, 5m, 1h or hh:mm:ss.", DefaultValueFactory = _ => "5m" };
        var once = new Option<bool>("--once") { Description = "Poll every feed once and exit (for cron jobs and scripts)." };
        var state = new Option<string?>("--state") { Description = "File remembering ingested items and HTTP validators (default: the database name with .watch.db)." };
        var common = new IngestingCommandOptions();
        var command = new Command("watch", "Poll RSS/Atom feeds and ingest the items not seen before; what was ingested is remembered across restarts. Exit codes: 0 ok, 1 failed, 2 usage, 3 (--once) some items or feeds failed.")
        {
            feeds, interval, once, state,
        };
        common.AddTo(command);

        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var period = Interval.Parse(parse.GetValue(interval)!);
            var mode = common.Mode(parse);
            using var export = common.Observability.StartExport(parse);
            using var loggers = common.Observability.CreateLoggers(parse);
            var settings = common.StoreSettings(parse);
            await using var session = await Composition.OpenStoreAsync(settings, cancellationToken, loggers);
            using var watchState = new WatchState(parse.GetValue(state) ?? WatchState.PathFor(settings.DatabasePath));
            var reader = common.Fetch.Reader(parse, published: null);
            using var http = HttpFetcher.CreateClient();
            var fetcher = new HttpFetcher(http, common.Fetch.Fetch(parse), TimeProvider.System, watchState, loggers.CreateLogger<HttpFetcher>());
            var service = IngestingCommandOptions.Service(session.Store, loggers);
            var options = common.IngestOptions(parse, reader);
            var watcher = new FeedWatcher(fetcher, new ArticleSources(reader, fetcher), watchState, service, options, TimeProvider.System, loggers.CreateLogger<FeedWatcher>());
            var urls = FeedUrls(parse.GetValue(feeds)!);

            if (parse.GetValue(once))
            {
                var polls = await watcher.PollAsync(urls, cancellationToken);
                await PollReport.WriteAsync(polls, mode);
                return polls.Any(p => p.Error is not null || p.Summary?.Skipped.Count > 0) ? ExitCodes.PartialInput : ExitCodes.Ok;
            }

            if (mode == OutputMode.Human)
            {
                await Console.Out.WriteLineAsync($"Watching {urls.Length} feed(s) every {period}; Ctrl+C to stop.");
            }

            try
            {
                await watcher.RunAsync(urls, period, polls => PollReport.WriteAsync(polls, mode), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Uri[] FeedUrls(string[] values) =>
        values.Select(v => ArticleSources.IsUrl(v, out var uri) ? uri : throw new CliException($"'{v}' is not an http(s) feed URL.")).ToArray();
}
