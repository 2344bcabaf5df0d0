using System.Globalization;
using System.Text;

namespace GraphNews.Ingestion.Export;

/// <summary>
/// RFC-4180 CSV for neo4j-admin: every text value is quoted (a quote inside is doubled), a missing
/// value is an empty unquoted field, arrays are joined with ';'. Newlines stay inside quoted fields,
/// which is why the import needs <c>--multiline-fields=true</c>.
/// </summary>
internal sealed class CsvWriter(TextWriter writer)
{
    public const char ArrayDelimiter = ';';

    private readonly List<string> fields = [];

    public int Rows { get; private set; }

    public CsvWriter Text(string? value)
    {
        fields.Add(value is null ? "" : Quote(value));
        return this;
    }

    public CsvWriter Raw(string value)
    {
        fields.Add(value);
        return this;
    }

    public CsvWriter Number(double value)
    {
        fields.Add(value.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    public CsvWriter Number(long value)
    {
        fields.Add(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public CsvWriter Boolean(bool value)
    {
        fields.Add(value ? "true" : "false");
        return this;
    }

    public CsvWriter Date(DateOnly? value)
    {
        fields.Add(value is { } d ? ExportModel.Date(d) : "");
        return this;
    }

    public CsvWriter Dates(IEnumerable<DateOnly> values)
    {
        fields.Add(string.Join(ArrayDelimiter, values.Select(ExportModel.Date)));
        return this;
    }

    /// <summary>An array of strings. The array delimiter cannot be escaped in neo4j-admin, so a ';' inside an item becomes ','.</summary>
    public CsvWriter Texts(IEnumerable<string> values)
    {
        var items = values.Select(v => v.Replace(ArrayDelimiter, ',')).ToList();
        fields.Add(items.Count == 0 ? "" : Quote(string.Join(ArrayDelimiter, items)));
        return this;
    }

    public async Task EndRowAsync()
    {
        await writer.WriteAsync(string.Join(',', fields)).ConfigureAwait(false);
        await writer.WriteAsync("\n").ConfigureAwait(false);
        fields.Clear();
        Rows++;
    }

    public Task HeaderAsync(params string[] columns)
    {
        fields.AddRange(columns);
        Rows--;
        return EndRowAsync();
    }

    private static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            quoted.Append(c == '"' ? "\"\"" : c.ToString());
        }

        return quoted.Append('"').ToString();
    }
}
