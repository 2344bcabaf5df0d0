using System.Text;
using System.Text.Json;

namespace GraphNews.Ingestion.Reading;

/// <summary>
/// A JSON document of articles, as exports and APIs write them: an array of article objects (<c>[{…}, {…}]</c>), an object
/// that holds such an array under any name (NewsAPI's <c>{"status": "ok", "articles": […]}</c>, <c>{"data": […]}</c>), or one
/// article object; or JSON lines under a .json name, as many datasets are published. Each object is read as a line of JSON
/// lines is (<see cref="JsonlArticleReader.FromJson"/>), and a bad one is reported with its item number while the rest goes on.
/// An array at the top is read item by item, so a large export costs the memory of one article at a time, and an item
/// larger than <see cref="ReaderOptions.MaxArticleBytes"/> is refused before it is read whole; an object is read whole, up to
/// <see cref="ReaderOptions.MaxJsonDocumentBytes"/>.
/// </summary>
public static class JsonArticleReader
{
    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static IEnumerable<ArticleReadResult> Read(string path, ReaderOptions options)
    {
        using var stream = File.OpenRead(path);
        var first = FirstByte(stream);
        var jsonLines = first == '{' && IsJsonLines(stream, options);
        stream.Position = 0;
        foreach (var result in jsonLines ? JsonlArticleReader.ReadLines(stream, path, options) : Read(stream, path, first == '[', options))
        {
            yield return result;
        }
    }

    /// <summary>Articles from a stream whose first character the caller has seen: <paramref name="array"/> when it opens an array.</summary>
    public static IEnumerable<ArticleReadResult> Read(Stream stream, string name, bool array, ReaderOptions options) =>
        array ? ReadArray(stream, name, options) : ReadObject(stream, name, options);

    /// <summary>
    /// JSON lines under a .json name, as many datasets are published: the first line is a whole JSON object by itself and
    /// another line follows it. A document written on one line (a minified API response) is no such file. Reads the file
    /// from its start and leaves it open.
    /// </summary>
    private static bool IsJsonLines(FileStream stream, ReaderOptions options)
    {
        stream.Position = 0;
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        string? first;
        do
        {
            first = LineUpTo(reader, options.MaxArticleChars * 2L);
        }
        while (first is not null && string.IsNullOrWhiteSpace(first));

        if (first is null || !IsJson(first))
        {
            return false;
        }

        int next;
        while ((next = reader.Read()) >= 0 && char.IsWhiteSpace((char)next))
        {
        }

        return next >= 0;
    }

    /// <summary>The next line, or null at the end or when it is longer than <paramref name="limit"/> characters (never read whole).</summary>
    private static string? LineUpTo(StreamReader reader, long limit)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        var line = new StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0 && c != '\n')
        {
            if (line.Length >= limit)
            {
                return null;
            }

            line.Append((char)c);
        }

        return line.ToString();
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Bytes read for the next item, beyond those of the largest article: the parser reads ahead a buffer at a time, and the
    /// buffer grows to twice the largest item it has held.
    /// </summary>
    private const int ParserReadAhead = 1 << 20;

    private static IEnumerable<ArticleReadResult> ReadArray(Stream stream, string name, ReaderOptions options)
    {
        using var budget = new ItemBudgetStream(stream);
        using var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(budget).ToBlockingEnumerable().GetEnumerator();
        var number = 0;
        while (true)
        {
            ArticleReadResult? failure = null;
            try
            {
                budget.Allow((2 * options.MaxArticleBytes) + ParserReadAhead);
                if (!items.MoveNext())
                {
                    yield break;
                }
            }
            catch (JsonException e)
            {
                failure = ArticleReadResult.Failed(new InputLocation(name, Item: number + 1), $"not valid JSON after item {number}, so the rest of the file is not read ({JsonlArticleReader.FirstSentence(e.Message)})");
            }
            catch (ItemTooLargeException)
            {
                failure = ArticleReadResult.Failed(new InputLocation(name, Item: number + 1), $"item {number + 1} is larger than the limit of {options.MaxArticleBytes:N0} bytes for one article (--max-bytes), so it and the rest of the file are not read");
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            number++;
            yield return JsonlArticleReader.FromJson(items.Current, new InputLocation(name, Item: number), options);
        }
    }

    private static IEnumerable<ArticleReadResult> ReadObject(Stream stream, string name, ReaderOptions options)
    {
        var location = new InputLocation(name);
        var bytes = StreamArticleReader.ReadAll(stream, options.MaxJsonDocumentBytes);
        if (bytes is null)
        {
            return [ArticleReadResult.Failed(location, $"the JSON document is larger than {options.MaxJsonDocumentBytes:N0} bytes; write it as JSON lines (one article per line) or as an array of articles, which are read one at a time")];
        }

        JsonDocument document;
        try
        {
            var json = bytes.AsMemory();
            document = JsonDocument.Parse(json.Span.StartsWith(Utf8ByteOrderMark) ? json[Utf8ByteOrderMark.Length..] : json);
        }
        catch (JsonException e)
        {
            return [ArticleReadResult.Failed(location, $"not valid JSON ({JsonlArticleReader.FirstSentence(e.Message)})")];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && ArticleArray(root) is { } articles)
            {
                return articles.EnumerateArray().Select((item, i) => JsonlArticleReader.FromJson(item, new InputLocation(name, Item: i + 1), options)).ToList();
            }

            return [JsonlArticleReader.FromJson(root, location, options)];
        }
    }

    /// <summary>
    /// The first property that holds an array of objects with article text: a wrapper's own fields ("status", or a
    /// "description" of the dataset) are no article, while an article's own lists ("authors": [{"name": …}]) hold no text.
    /// </summary>
    private static JsonElement? ArticleArray(JsonElement root)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() > 0
                && property.Value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Object)
                && property.Value.EnumerateArray().Any(item => !string.IsNullOrWhiteSpace(ArticleFields.Read(item).Text)))
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>The first byte that is no white space nor part of a UTF-8 byte-order mark; -1 when there is none.</summary>
    internal static int FirstByte(Stream stream)
    {
        int next;
        do
        {
            next = stream.ReadByte();
        }
        while (next is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);

        return next;
    }
}
