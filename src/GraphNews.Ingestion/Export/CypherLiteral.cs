using System.Globalization;
using System.Text;

namespace GraphNews.Ingestion.Export;

/// <summary>Cypher literals for a generated script: strings single-quoted with every special character escaped.</summary>
internal static class CypherLiteral
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var literal = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            literal.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '"' => "\\\"",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\b' => @"\b",
                '\f' => @"\f",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return literal.Append('\'').ToString();
    }

    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "null";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly? value) => value is { } d ? $"date('{ExportModel.Date(d)}')" : "null";

    public static string Strings(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";

    public static string Dates(IEnumerable<DateOnly> values) => "[" + string.Join(", ", values.Select(d => Date(d))) + "]";

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string Map(params (string Key, string Literal)[] entries) =>
        "{" + string.Join(", ", entries.Select(e => $"{e.Key}: {e.Literal}")) + "}";
}
