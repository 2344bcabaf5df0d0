using System.Globalization;
using GraphNews.Stories;

namespace GraphNews.Benchmarks;

/// <summary>
/// Story options changed from the command line (<c>--set Name=value,Name=value</c>), so a setting can be measured on a
/// labelled set without a build; only numbers and switches, by their property names in <see cref="StoryOptions"/>.
/// </summary>
internal static class StoryOptionsOverrides
{
    public static StoryOptions Apply(StoryOptions options, string spec)
    {
        var changed = options with { };
        foreach (var pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            var property = typeof(StoryOptions).GetProperty(parts[0])
                ?? throw new ArgumentException($"StoryOptions has no setting '{parts[0]}'.");
            if (parts.Length != 2)
            {
                throw new ArgumentException($"'{pair}' is not Name=value.");
            }

            object value = property.PropertyType == typeof(bool) ? bool.Parse(parts[1])
                : property.PropertyType == typeof(int) ? (object)int.Parse(parts[1], CultureInfo.InvariantCulture)
                : property.PropertyType == typeof(double) ? double.Parse(parts[1], CultureInfo.InvariantCulture)
                : throw new ArgumentException($"'{parts[0]}' is neither a number nor a switch.");
            property.SetValue(changed, value);
        }

        return changed;
    }
}
