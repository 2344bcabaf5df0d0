using System.Globalization;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Store.Neo4j.Http;

namespace GraphNews.Store.Neo4j;

/// <summary>Reads the maps the query files return into the store's records.</summary>
internal static class Neo4jRecords
{
    public static ArticleRecord Article(object? value)
    {
        var map = Map(value);
        return new ArticleRecord
        {
            Id = String(map, "id")!,
            Title = String(map, "title") ?? "",
            Text = String(map, "text") ?? "",
            Published = Date(map.GetValueOrDefault("published")),
            Url = String(map, "url"),
            Source = String(map, "source"),
            License = String(map, "license"),
            Byline = String(map, "byline"),
        };
    }

    public static EntityRecord Entity(object? value)
    {
        var map = Map(value);
        var label = String(map, "label");
        return new EntityRecord
        {
            Id = String(map, "id")!,
            Label = Enum.TryParse<EntityLabel>(label, out var parsed)
                ? parsed
                : throw new Neo4jProtocolException($"Entity {String(map, "id")} has the unknown label '{label}'."),
            Name = String(map, "name") ?? "",
            Aliases = Strings(map.GetValueOrDefault("aliases")).Order(StringComparer.Ordinal).ToList(),
            ArticleCount = Int(map.GetValueOrDefault("articleCount")),
        };
    }

    public static FactRecord Fact(object? value)
    {
        var map = Map(value);
        return new FactRecord
        {
            Id = String(map, "id")!,
            Type = String(map, "type")!,
            SourceId = String(map, "sourceId")!,
            TargetId = String(map, "targetId")!,
            Modality = Enum.TryParse<Modality>(String(map, "modality"), out var modality) ? modality : Modality.Asserted,
            Confidence = Double(map.GetValueOrDefault("confidence")),
            Date = Date(map.GetValueOrDefault("date")),
            Role = String(map, "role"),
            TopicIds = Strings(map.GetValueOrDefault("topicIds")).Order(StringComparer.Ordinal).ToList(),
            ArticleCount = Int(map.GetValueOrDefault("articleCount")),
            FirstSeen = Date(map.GetValueOrDefault("firstSeen")),
            LastSeen = Date(map.GetValueOrDefault("lastSeen")),
        };
    }

    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? (value as Dictionary<string, object?>)
        ?? throw new Neo4jProtocolException($"Expected a map in the result, got {value?.GetType().Name ?? "null"}.");

    public static IReadOnlyList<object?> List(object? value) => value switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        _ => throw new Neo4jProtocolException($"Expected a list in the result, got {value.GetType().Name}."),
    };

    public static string? String(IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) switch
    {
        null => null,
        string s => s,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    public static IEnumerable<string> Strings(object? value) => List(value).OfType<string>();

    public static int Int(object? value) => value switch
    {
        null => 0,
        long l => checked((int)l),
        int i => i,
        double d => (int)d,
        string s => int.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new Neo4jProtocolException($"Expected an integer in the result, got {value.GetType().Name}."),
    };

    public static double Double(object? value) => value switch
    {
        null => 0,
        double d => d,
        long l => l,
        int i => i,
        string s => double.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new Neo4jProtocolException($"Expected a number in the result, got {value.GetType().Name}."),
    };

    /// <summary>Plain JSON carries a DATE as "yyyy-MM-dd"; typed JSON as a DateOnly already.</summary>
    public static DateOnly? Date(object? value) => value switch
    {
        null => null,
        DateOnly d => d,
        string s when s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => throw new Neo4jProtocolException($"Expected a date in the result, got '{value}'."),
    };
}
