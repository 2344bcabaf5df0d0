using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphNews.Ingestion;
using Spectre.Console;

namespace GraphNews.Cli.Hosting;

/// <summary>The end-of-run summary: a sentence and a table for people, or one JSON object for scripts.</summary>
internal static class SummaryReport
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static async Task WriteAsync(IngestSummary summary, StoreSettings settings, TimeSpan elapsed, OutputMode mode, TextWriter output)
    {
        switch (mode)
        {
            case OutputMode.Json:
                await output.WriteLineAsync(ToJson(summary, settings, elapsed));
                break;
            case OutputMode.Human:
                await output.WriteLineAsync(IngestRunner.Describe(summary, settings));
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
                console.Write(Table(summary, elapsed));
                if (summary.Skipped.Count > 0)
                {
                    console.Write(ReasonTable(summary));
                }

                break;
        }
    }

    public static string ToJson(IngestSummary summary, StoreSettings settings, TimeSpan elapsed) => JsonSerializer.Serialize(
        new
        {
            store = IngestRunner.Where(settings),
            articles = summary.Read,
            written = summary.Written,
            unchanged = summary.Unchanged,
            relabelled = summary.Relabelled,
            skipped = summary.Skipped.Count,
            entities = summary.Entities,
            relationships = summary.Facts,
            elapsedSeconds = Math.Round(elapsed.TotalSeconds, 3),
            articlesPerSecond = Math.Round(Rate(summary, elapsed), 1),
            skippedItems = summary.Skipped.Select(s => new { location = s.Location.ToString(), reason = s.Reason }),
        },
        Json);

    private static Table Table(IngestSummary summary, TimeSpan elapsed)
    {
        var table = new Table().Title("Ingest summary").AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        void Row(string name, double value, string format = "N0") => table.AddRow(name, value.ToString(format, CultureInfo.InvariantCulture));
        Row("articles read", summary.Read);
        Row("written", summary.Written);
        Row("unchanged", summary.Unchanged);
        Row("rewritten to settle a name", summary.Relabelled);
        Row("skipped", summary.Skipped.Count);
        Row("entities", summary.Entities);
        Row("relationships", summary.Facts);
        Row("seconds", elapsed.TotalSeconds, "N1");
        Row("articles/s", Rate(summary, elapsed), "N1");
        return table;
    }

    /// <summary>Skipped items grouped by the kind of problem (the reason with its specific numbers and names cut off).</summary>
    private static Table ReasonTable(IngestSummary summary)
    {
        var table = new Table().Title("Skipped, by reason").AddColumn("reason").AddColumn(new TableColumn("items").RightAligned());
        foreach (var group in summary.Skipped.GroupBy(s => Kind(s.Reason)).OrderByDescending(g => g.Count()))
        {
            table.AddRow(Markup.Escape(group.Key), group.Count().ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }

    private static string Kind(string reason)
    {
        var cut = reason.IndexOfAny(['(', ':', '\'', '"']);
        var kind = (cut > 0 ? reason[..cut] : reason).Trim();
        return kind.Length <= 70 ? kind : kind[..67] + "...";
    }

    private static double Rate(IngestSummary summary, TimeSpan elapsed) => summary.Read / Math.Max(elapsed.TotalSeconds, 0.001);
}
