using GraphNews.Ingestion;

namespace GraphNews.Cli.Hosting;

/// <summary>Runs an ingest and reports skipped items the same way for the ingest and serve verbs.</summary>
internal static class IngestRunner
{
    public static async Task<IngestSummary> RunAsync(IngestService service, IReadOnlyList<string> paths, IngestOptions options, TextWriter problems, CancellationToken cancellationToken)
    {
        var summary = await service.IngestAsync(paths, options, progress: null, cancellationToken);
        foreach (var skipped in summary.Skipped)
        {
            await problems.WriteLineAsync($"skipped {skipped.Location}: {skipped.Reason}");
        }

        return summary;
    }

    public static string Describe(IngestSummary summary, StoreSettings settings) =>
        $"Ingested {summary.Read} article(s) into {Where(settings)}: {summary.Written} written, {summary.Unchanged} unchanged, " +
        $"{summary.Skipped.Count} skipped; {summary.Entities} entities and {summary.Facts} relationships in the written articles.";

    private static string Where(StoreSettings settings) =>
        settings.Kind == StoreKind.Sqlite ? Path.GetFullPath(settings.DatabasePath) : settings.Kind.ToString();
}
