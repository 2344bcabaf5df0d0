namespace GraphNews.Ingestion.Export;

/// <summary>What an export wrote.</summary>
public sealed record ExportSummary(int Articles, int Entities, int Facts, int Evidence, int Mentions, IReadOnlyList<string> Files)
{
    /// <summary>Stories written (0 without a story index, or for a format that leaves them out).</summary>
    public int Stories { get; init; }

    /// <summary>RELATED_TO links written, one per pair of articles.</summary>
    public int RelatedLinks { get; init; }
}

/// <summary>Writes a whole store, read through <see cref="GraphSnapshotReader"/>, into a folder in one format.</summary>
public interface IGraphExporter
{
    /// <summary>The name used on the command line (<c>--format</c>).</summary>
    string Format { get; }

    string Description { get; }

    Task<ExportSummary> ExportAsync(GraphSnapshotReader reader, string directory, CancellationToken cancellationToken = default);
}

/// <summary>Every export format.</summary>
public static class GraphExporters
{
    public static IReadOnlyList<IGraphExporter> All { get; } =
        [new Neo4jAdminCsvExporter(), new CypherScriptExporter(), new GraphMlExporter(), new JsonGraphExporter()];

    public static IGraphExporter For(string format) =>
        All.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown export format '{format}'; use one of: {string.Join(", ", All.Select(e => e.Format))}.");
}
