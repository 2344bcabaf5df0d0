using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GraphNews.Domain;

namespace GraphNews.Ingestion.Reading;

/// <summary>What a web page says about itself, and its main text without navigation, ads and footers.</summary>
public sealed record HtmlPage(string? Title, string? Byline, string? PublishedText, string? SiteName, string? CanonicalUrl, string MainText);

/// <summary>
/// An HTML article page: the main text comes from a Readability port (SmartReader); title, byline and
/// publication date from the page's meta tags (Data/html-metadata.json), falling back to <c>&lt;title&gt;</c>,
/// <c>&lt;time&gt;</c> and what the readability pass found.
/// </summary>
public static partial class HtmlArticleReader
{
    private const string BlockSelector = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

    public static ArticleReadResult Read(string path, ReaderOptions options)
    {
        var location = new InputLocation(path);
        var length = new FileInfo(path).Length;
        if (length > options.MaxArticleBytes)
        {
            return ArticleReadResult.Failed(location, $"file is {length:N0} bytes; the limit for one page is {options.MaxArticleBytes:N0} bytes (--max-bytes)");
        }

        return Parse(Decode(File.ReadAllBytes(path), null), location, options);
    }

    /// <summary>Decodes page bytes, honouring a charset the server sent or the page's own <c>&lt;meta charset&gt;</c>.</summary>
    public static string Decode(byte[] bytes, string? declaredCharset) =>
        TextDecoding.Decode(bytes, declaredCharset ?? MetaCharset(bytes));

    public static ArticleReadResult Parse(string html, InputLocation location, ReaderOptions options, string? url = null)
    {
        HtmlPage page;
        try
        {
            page = ExtractPage(html, url);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return ArticleReadResult.Failed(location, $"the page could not be parsed as HTML: {e.Message}");
        }

        if (page.MainText.Length == 0)
        {
            return ArticleReadResult.Failed(location, "no article text found in the page");
        }

        if (page.MainText.Length > options.MaxArticleChars)
        {
            return ArticleReadResult.Failed(location, $"article text has {page.MainText.Length:N0} characters; the limit is {options.MaxArticleChars:N0}");
        }

        DateOnly? published = null;
        if (page.PublishedText is not null && !DateParsing.TryParse(page.PublishedText, out published))
        {
            published = null;
        }

        var address = page.CanonicalUrl ?? url;
        return ArticleReadResult.Ok(location, new Article
        {
            Id = ArticleIds.Choose(null, address, page.MainText),
            Title = page.Title ?? ArticleTitles.FromText(page.MainText),
            Text = page.MainText,
            Published = published ?? options.DefaultPublished,
            Url = address,
            Source = page.SiteName,
            Byline = page.Byline,
        });
    }

    public static HtmlPage ExtractPage(string html, string? url)
    {
        var rules = HtmlMetadataRules.Default;
        using var document = new HtmlParser().ParseDocument(html);
        var meta = MetaValues(document);
        RemoveNonText(document);
        var readable = SmartReader.Reader.ParseArticle(url ?? "http://localhost/", html);

        var mainText = readable.IsReadable && !string.IsNullOrWhiteSpace(readable.Content)
            ? BlockText(readable.Content)
            : string.Empty;
        if (mainText.Length == 0)
        {
            mainText = BlockText(document.Body);
        }

        var title = First(meta, rules.Title) ?? Clean(document.Title) ?? Clean(readable.Title) ?? Clean(document.QuerySelector("h1")?.TextContent);
        var published = First(meta, rules.Published)
            ?? Clean(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? readable.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var byline = First(meta, rules.Byline) ?? Clean(readable.Byline) ?? Clean(readable.Author);
        var canonical = Clean(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? First(meta, rules.Url);
        return new HtmlPage(title, byline, published, First(meta, rules.SiteName), Absolute(canonical, url), mainText);
    }

    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = Clean(element.GetAttribute("content"));
            if (key is not null && content is not null)
            {
                values.TryAdd(key.Trim(), content);
            }
        }

        foreach (var element in document.QuerySelectorAll("[itemprop]:not(meta)"))
        {
            var content = Clean(element.GetAttribute("datetime") ?? element.TextContent);
            if (content is not null)
            {
                values.TryAdd(element.GetAttribute("itemprop")!.Trim(), content);
            }
        }

        return values;
    }

    private static string BlockText(string html)
    {
        using var fragment = new HtmlParser().ParseDocument(html);
        RemoveNonText(fragment);
        return BlockText(fragment.Body);
    }

    /// <summary>One paragraph per block element, whitespace collapsed; nested blocks are not repeated.</summary>
    private static string BlockText(IElement? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var blocks = root.QuerySelectorAll(BlockSelector)
            .Where(e => e.QuerySelector(BlockSelector) is null && e.Closest("nav, footer, header, aside") is null)
            .Select(e => Clean(e.TextContent))
            .OfType<string>()
            .ToList();
        return blocks.Count > 0 ? string.Join("\n\n", blocks) : Clean(root.TextContent) ?? string.Empty;
    }

    private static void RemoveNonText(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template").ToList())
        {
            element.Remove();
        }
    }

    private static string? First(Dictionary<string, string> meta, IReadOnlyList<string> keys) =>
        keys.Select(k => meta.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Whitespace().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim();
    }

    private static string? Absolute(string? href, string? baseUrl) =>
        href is null ? null
        : Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.ToString()
        : baseUrl is not null && Uri.TryCreate(new Uri(baseUrl), href, out var relative) ? relative.ToString()
        : null;

    /// <summary>The charset a page declares in its first bytes (<c>&lt;meta charset&gt;</c> or http-equiv).</summary>
    private static string? MetaCharset(byte[] bytes)
    {
        var head = System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        var match = CharsetDeclaration().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();
}
