using System.Globalization;

namespace GraphNews.Benchmarks;

/// <summary>Typed access to the <c>--name value</c> options a benchmark was given.</summary>
internal static class BenchmarkOptions
{
    public static string Text(this IReadOnlyDictionary<string, string> options, string name, string fallback) => options.GetValueOrDefault(name, fallback);

    public static int Int(this IReadOnlyDictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public static IReadOnlyList<int> Ints(this IReadOnlyDictionary<string, string> options, string name, string fallback) =>
        options.GetValueOrDefault(name, fallback).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();

    public static string Row(params object[] cells) => "| " + string.Join(" | ", cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture))) + " |";
}
