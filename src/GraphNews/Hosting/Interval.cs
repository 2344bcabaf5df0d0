using System.Globalization;

namespace GraphNews.Cli.Hosting;

/// <summary>Reads a polling interval written as <c>30s</c>, <c>5m</c>, <c>1h</c> or <c>hh:mm:ss</c>.</summary>
internal static class Interval
{
    public static TimeSpan Parse(string text)
    {
        var value = text.Trim();
        if (value.Length > 1 && double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            TimeSpan? span = char.ToLowerInvariant(value[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                _ => null,
            };
            if (span is { } parsed)
            {
                return parsed;
            }
        }

        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var clock) && clock > TimeSpan.Zero)
        {
            return clock;
        }

        throw new CliException($"--interval must look like 30s, 5m, 1h or hh:mm:ss, not '{text}'.");
    }
}
