using System.Text.Json;

namespace GraphNews.Ingestion.Reading;

/// <summary>Which meta tags carry a page's title, byline, date, site name and address (Data/html-metadata.json).</summary>
public sealed record HtmlMetadataRules(
    IReadOnlyList<string> Title,
    IReadOnlyList<string> Byline,
    IReadOnlyList<string> Published,
    IReadOnlyList<string> SiteName,
    IReadOnlyList<string> Url)
{
    public static HtmlMetadataRules Default { get; } = Load();

    private static HtmlMetadataRules Load()
    {
        using var stream = typeof(HtmlMetadataRules).Assembly.GetManifestResourceStream("GraphNews.Ingestion.Data.html-metadata.json")
            ?? throw new InvalidOperationException("embedded html-metadata.json is missing");
        return JsonSerializer.Deserialize<HtmlMetadataRules>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("embedded html-metadata.json is empty");
    }
}
