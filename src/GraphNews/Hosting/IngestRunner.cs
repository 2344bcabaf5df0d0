using GraphNews.Ingestion;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Cli.Hosting;

/// <summary>Runs an ingest with progress, reports skipped items, and prints the summary the same way for every verb.</summary>
internal static class IngestRunner
{
    public static Task<IngestSummary> RunAsync(IngestService service, IReadOnlyList<string> paths, IngestOptions options, TextWriter problems, CancellationToken cancellationToken) =>
        RunAsync(service, new ArticleSources(options.Reader), paths, options, OutputMode.Human, problems, cancellationToken);

    public static async Task<IngestSummary> RunAsync(IngestService service, ArticleSources sources, IReadOnlyList<string> inputs, IngestOptions options, OutputMode mode, TextWriter problems, CancellationToken cancellationToken)
    {
        var summary = OutputOptions.ShowsProgress(mode)
            ? await ProgressDisplay.RunAsync("Ingesting", InputEstimate.Count(inputs), progress => service.IngestAsync(sources.ReadAsync(inputs, cancellationToken), options, progress, cancellationToken))
            : await service.IngestAsync(sources.ReadAsync(inputs, cancellationToken), options, progress: null, cancellationToken);
        await ReportSkippedAsync(summary, problems);
        return summary;
    }

    public static async Task ReportSkippedAsync(IngestSummary summary, TextWriter problems)
    {
        foreach (var skipped in summary.Skipped)
        {
            await problems.WriteLineAsync($"skipped {skipped.Location}: {skipped.Reason}");
        }
    }

    public static string Describe(IngestSummary summary, StoreSettings settings) =>
        $"Ingested {summary.Read} article(s) into {Where(settings)}: {summary.Written} written, {summary.Unchanged} unchanged, " +
        $"{summary.Skipped.Count} skipped; {summary.Entities} entities and {summary.Facts} relationships in the written articles.";

    /// <summary>0 when everything went in, 3 when some items were skipped (scripts can tell the two apart).</summary>
    public static int ExitCode(IngestSummary summary) => summary.Skipped.Count == 0 ? ExitCodes.Ok : ExitCodes.PartialInput;

    public static string Where(StoreSettings settings) =>
        settings.Kind == StoreKind.Sqlite ? Path.GetFullPath(settings.DatabasePath) : settings.Kind.ToString();
}
