using System.CommandLine;
using GraphNews.Cli.Hosting;
using GraphNews.Ingestion;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Cli.Commands;

/// <summary><c>graphnews ingest PATH... [--db PATH]</c>: extract articles and store their graphs.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files (.txt, .jsonl) and directories to ingest.", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var store = CommonOptions.Store();
        var published = CommonOptions.Published();
        var parallel = CommonOptions.Parallel();
        var command = new Command("ingest", "Extract articles and store their graphs (re-ingesting an article is idempotent).") { paths, db, store, published, parallel };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var settings = StoreSettings.From(parse, store, db, Composition.LoadConfiguration());
            await using var session = await Composition.OpenStoreAsync(settings, cancellationToken);
            var graphStore = session.Store;
            var options = IngestOptions.Default with
            {
                Parallelism = Math.Max(1, parse.GetValue(parallel)),
                Reader = ReaderOptions.Default with { DefaultPublished = parse.GetValue(published) },
            };
            var summary = await IngestRunner.RunAsync(new IngestService(Composition.CreateExtractor(), graphStore), parse.GetValue(paths)!, options, Console.Error, cancellationToken);
            await Console.Out.WriteLineAsync(IngestRunner.Describe(summary, settings));
            return summary.Skipped.Count == 0 ? ExitCodes.Ok : ExitCodes.PartialInput;
        }));
        return command;
    }
}
