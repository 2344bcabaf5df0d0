using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace GraphNews.Store.Neo4j.Http;

/// <summary>
/// Maps values between .NET and Neo4j's JSON. Parameters go out as plain JSON (dates as ISO strings that
/// the Cypher turns into DATE with <c>date()</c>). Results come back either plain or typed
/// (<c>{"$type": …, "_value": …}</c>); both map to the same .NET values: null, bool, long, double,
/// string, DateOnly (typed dates only; plain dates stay strings), lists and string-keyed dictionaries.
/// </summary>
public static class CypherJson
{
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short or byte or uint or sbyte or ushort:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double d:
                WriteFloat(writer, d);
                break;
            case float f:
                WriteFloat(writer, f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTime dt:
                writer.WriteStringValue(dt.ToString("O", CultureInfo.InvariantCulture));
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map);
                break;
            case IDictionary<string, object?> map:
                WriteMap(writer, map);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A Cypher parameter cannot hold a {value.GetType().Name}.");
        }
    }

    public static void WriteParameters(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters) => WriteMap(writer, parameters);

    /// <summary>Reads one result value, plain or typed.</summary>
    public static object? ReadValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : (object)element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ReadValue).ToList(),
        JsonValueKind.Object when element.TryGetProperty("$type", out var type) && type.ValueKind == JsonValueKind.String
            && element.TryGetProperty("_value", out var typed) => ReadTyped(type.GetString()!, typed),
        JsonValueKind.Object => ReadMap(element),
        _ => throw new Neo4jProtocolException($"Unexpected JSON value kind {element.ValueKind} in a result."),
    };

    private static object? ReadTyped(string type, JsonElement value) => type switch
    {
        "Null" => null,
        "Boolean" => value.ValueKind == JsonValueKind.String ? bool.Parse(value.GetString()!) : value.GetBoolean(),
        "Integer" => value.ValueKind == JsonValueKind.String
            ? long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : value.GetInt64(),
        "Float" => value.ValueKind == JsonValueKind.String ? ParseFloat(value.GetString()!) : value.GetDouble(),
        "String" => value.GetString(),
        "Base64" => Convert.FromBase64String(value.GetString()!),
        "List" => value.EnumerateArray().Select(ReadValue).ToList(),
        "Map" => ReadMap(value),
        "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        "Node" or "Relationship" or "Path" => ReadValue(value),
        _ => value.ValueKind == JsonValueKind.String ? value.GetString() : ReadValue(value),
    };

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, object?> ReadMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = ReadValue(property.Value);
        }

        return map;
    }

    private static void WriteFloat(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("Plain JSON cannot carry NaN or infinite numbers as Cypher parameters.");
        }

        writer.WriteNumberValue(value);
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }

        writer.WriteEndObject();
    }
}
