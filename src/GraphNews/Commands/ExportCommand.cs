using System.CommandLine;
using GraphNews.Cli.Hosting;
using GraphNews.Ingestion.Export;
using GraphNews.Store.Neo4j.Http;
using GraphNews.Store.Sqlite.Stories;

namespace GraphNews.Cli.Commands;

/// <summary><c>graphnews export --format neo4j-admin|cypher|graphml|json --out DIR</c>: writes the whole graph of any store.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join("; ", GraphExporters.All.Select(e => $"{e.Format} ({e.Description})")) + ".",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "The folder to write into (created if missing).", Required = true };
        var db = CommonOptions.Db();
        var store = CommonOptions.Store();
        var command = new Command("export", "Export the stored graph for Neo4j (bulk import or Cypher), GraphML tools or JSON.") { format, output, db, store };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            IGraphExporter exporter;
            try
            {
                exporter = GraphExporters.For(parse.GetValue(format)!);
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message);
            }

            var settings = StoreSettings.From(parse, store, db, Composition.LoadConfiguration());
            await using var session = await Composition.OpenStoreAsync(settings, cancellationToken);
            var graphStore = session.Store;
            var directory = Path.GetFullPath(parse.GetValue(output)!);
            try
            {
                // Related articles and stories go along: the embedded store's index catches up first; Neo4j's followed every write.
                await Composition.UpdateStoriesAsync(settings, cancellationToken);
                var stories = File.Exists(settings.StoryIndexPath) ? new SqliteStoryStore(settings.StoryIndexPath) : null;
                var summary = await exporter.ExportAsync(new GraphSnapshotReader(graphStore, stories: stories), directory, cancellationToken);
                await Console.Out.WriteLineAsync(
                    $"Exported {summary.Articles} articles, {summary.Entities} entities, {summary.Facts} facts, {summary.Evidence} evidence, " +
                    $"{summary.Mentions} mentions, {summary.Stories} stories, {summary.RelatedLinks} related links as {exporter.Format} to {directory}: {string.Join(", ", summary.Files)}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is Neo4jException or InvalidDataException)
            {
                throw new CliException($"export failed: {e.Message}");
            }
        }));
        return command;
    }
}
