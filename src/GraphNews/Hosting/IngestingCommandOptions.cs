using System.CommandLine;
using GraphNews.Ingestion;
using GraphNews.Ingestion.Reading;
using Microsoft.Extensions.Logging;

namespace GraphNews.Cli.Hosting;

/// <summary>The options every verb that ingests articles takes (store, parallelism, output, fetching, telemetry), and the ingest service they set up.</summary>
internal sealed class IngestingCommandOptions
{
    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<string?> Store { get; } = CommonOptions.Store();

    public Option<int> Parallel { get; } = CommonOptions.Parallel();

    public Option<bool> Quiet { get; } = OutputOptions.Quiet();

    public Option<bool> Json { get; } = OutputOptions.Json();

    public FetchSettings Fetch { get; } = new();

    public Observability Observability { get; } = new();

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Db, Store, Parallel, Quiet, Json }.Concat(Fetch.Options).Concat(Observability.Options))
        {
            command.Options.Add(option);
        }
    }

    public OutputMode Mode(ParseResult parse) => OutputOptions.From(parse, Quiet, Json);

    public StoreSettings StoreSettings(ParseResult parse) => Cli.Hosting.StoreSettings.From(parse, Store, Db, Composition.LoadConfiguration());

    public IngestOptions IngestOptions(ParseResult parse, ReaderOptions reader) =>
        Ingestion.IngestOptions.Default with { Parallelism = Math.Max(1, parse.GetValue(Parallel)), Reader = reader };

    public static IngestService Service(Domain.Storage.IGraphStore graphStore, ILoggerFactory loggers) =>
        new(Composition.CreateExtractor(), graphStore, loggers.CreateLogger<IngestService>(), Composition.CreateResolver(graphStore));
}
