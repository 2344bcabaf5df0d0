using System.CommandLine;
using System.Globalization;
using GraphNews.Cli.Hosting;
using GraphNews.Store.Neo4j;
using GraphNews.Store.Neo4j.Http;
using GraphNews.Store.Neo4j.Outbox;

namespace GraphNews.Cli.Commands;

/// <summary><c>graphnews status</c>: what the store holds and, with Neo4j, how many accepted writes still wait in the outbox.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var store = CommonOptions.Store();
        var outbox = new Option<string>("--outbox")
        {
            Description = "The outbox file of the Neo4j store (writes accepted but not yet in Neo4j).",
            DefaultValueFactory = _ => Neo4jOutboxHost.DefaultOutboxFile,
        };
        var command = new Command("status", "Show the store's counts and the Neo4j outbox (pending and failed writes, last error).") { db, store, outbox };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var outboxPath = parse.GetValue(outbox)!;
            if (File.Exists(outboxPath))
            {
                await using var queue = new SqliteOutbox(outboxPath);
                await queue.InitializeAsync(cancellationToken);
                await Console.Out.WriteLineAsync(Describe(await queue.GetStatusAsync(cancellationToken)));
            }

            var settings = StoreSettings.From(parse, store, db, Composition.LoadConfiguration());
            try
            {
                await using var session = await Composition.OpenStoreAsync(settings, cancellationToken);
                var graphStore = session.Store;
                var stats = await graphStore.GetStatsAsync(cancellationToken);
                await Console.Out.WriteLineAsync($"Store: {stats.Articles} articles, {stats.Entities} entities, {stats.Facts} facts, {stats.Evidence} evidence.");
                return ExitCodes.Ok;
            }
            catch (Neo4jException e)
            {
                throw new CliException($"the store cannot be read: {e.Message}");
            }
        }));
        return command;
    }

    private static string Describe(OutboxStatus status)
    {
        static string When(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "never";
        var text = $"Outbox: {status.Pending} pending, {status.Failed} failed; last written {When(status.LastWrittenAt)}";
        if (status.OldestPendingSince is { } oldest)
        {
            text += $"; oldest pending since {When(oldest)}";
        }

        return status.LastError is null ? text + "." : text + $"; last error at {When(status.LastErrorAt)}: {status.LastError}";
    }
}
