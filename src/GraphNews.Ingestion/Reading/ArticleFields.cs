using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraphNews.Ingestion.Reading;

/// <summary>
/// The fields of an article object, read under the names news tools and datasets give them: "published" is also
/// "date", "publishedAt", "pubDate", "date_publish"…; "text" also "body", "content", "maintext"; "source" may be
/// NewsAPI's {"name": …} object; authors may be a list; a date may be Unix seconds or milliseconds. Names are
/// matched ignoring case, "_" and "-"; where an object carries several, the first in each list wins.
/// </summary>
public sealed record ArticleFields(string? Id, string? Title, string? Url, string? Published, string? Source, string? License, string? Byline, string? Text)
{
    private static readonly double MinUnixMilliseconds = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly double MaxUnixMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    private static readonly string[] IdNames = ["id", "guid", "uuid", "articleid", "docid"];
    private static readonly string[] TitleNames = ["title", "headline"];
    private static readonly string[] UrlNames = ["url", "link", "canonicalurl", "sourceurl"];
    private static readonly string[] PublishedNames = ["published", "date", "publishedat", "publishdate", "datepublished", "datepublish", "pubdate", "publicationdate", "publishedon", "timestamp"];
    private static readonly string[] SourceNames = ["source", "sourcename", "publisher", "outlet", "sitename"];
    private static readonly string[] LicenseNames = ["license", "licence", "rights"];
    private static readonly string[] BylineNames = ["byline", "author", "authors", "creator"];

    /// <summary>The body, else (an item with no body) its summary.</summary>
    private static readonly string[] TextNames = ["text", "body", "content", "maintext", "articletext", "articlebody", "fulltext", "summary", "description"];

    /// <summary>Reads the fields of a JSON object; anything else is refused with a message saying what was found.</summary>
    public static ArticleFields Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"expected a JSON object, found {Describe(item.ValueKind)}");
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            fields.TryAdd(Normalise(property.Name), property.Value);
        }

        return new ArticleFields(
            First(fields, IdNames, AsText),
            First(fields, TitleNames, AsText),
            First(fields, UrlNames, AsText),
            First(fields, PublishedNames, AsDate),
            First(fields, SourceNames, AsText),
            First(fields, LicenseNames, AsText),
            First(fields, BylineNames, AsText),
            First(fields, TextNames, AsText));
    }

    /// <summary>The value of the first of <paramref name="names"/> the object carries and <paramref name="read"/> makes text of.</summary>
    private static string? First(Dictionary<string, JsonElement> fields, string[] names, Func<JsonElement, string?> read)
    {
        foreach (var name in names)
        {
            if (fields.TryGetValue(name, out var value) && read(value) is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// A date as written, or a Unix time (seconds, or milliseconds when the number is that large; a number, or a string of
    /// digits as some exports quote it) as an ISO-8601 instant; a number beyond the calendar stays as written, so the reader
    /// reports it as no date.
    /// </summary>
    private static string? AsDate(JsonElement value)
    {
        var milliseconds = UnixTime(value) is { } unix
            ? (Math.Abs(unix) >= 100_000_000_000 ? unix : unix * 1000.0)
            : double.NaN;
        return milliseconds >= MinUnixMilliseconds && milliseconds <= MaxUnixMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds).ToString("O", CultureInfo.InvariantCulture)
            : AsText(value);
    }

    /// <summary>A whole number, or a string of nine to thirteen digits (shorter ones are more often a year or "20250102").</summary>
    private static long? UnixTime(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt64(out var number) ? number : null;
        }

        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: >= 9 and <= 13 } digits && digits.All(char.IsAsciiDigit)
            ? long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>A string; a number as written; the "name" of an object (NewsAPI's source, an author object); the items of a list joined by commas.</summary>
    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object => value.TryGetProperty("name", out var name) ? AsText(name) : null,
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(AsText).Where(t => !string.IsNullOrWhiteSpace(t))),
        _ => null,
    };

    private static string Normalise(string name)
    {
        var normal = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is not '_' and not '-')
            {
                normal.Append(char.ToLowerInvariant(c));
            }
        }

        return normal.ToString();
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
