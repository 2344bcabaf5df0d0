using System.Text;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Ingestion.Tests;

public sealed class HtmlArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Leaders meet | Example News</title>
          <meta property="og:title" content="Putin and Erdogan meet in Sochi">
          <meta name="author" content="Jane Reporter">
          <meta property="article:published_time" content="2025-03-04T09:30:00Z">
          <meta property="og:site_name" content="Example News">
          <link rel="canonical" href="/world/sochi-meeting">
        </head><body>
          <nav><ul><li>Home</li><li>World</li><li>Sport</li></ul></nav>
          <header><p>Subscribe to our newsletter today!</p></header>
          <article>
            <h1>Putin and Erdogan meet in Sochi</h1>
            <p>Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday, the Kremlin said in a statement released after the talks.</p>
            <p>The two leaders discussed the war in Ukraine, grain exports across the Black Sea and energy cooperation, according to officials from both governments.</p>
            <p>Erdogan said Turkey was ready to host further negotiations between Moscow and Kyiv if both sides agreed to meet in Istanbul.</p>
          </article>
          <footer><p>Copyright Example News. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void The_main_text_comes_without_navigation_and_the_metadata_from_meta_tags()
    {
        var page = HtmlArticleReader.ExtractPage(Page, "https://news.example/world/index.html");

        Assert.Equal("Putin and Erdogan meet in Sochi", page.Title);
        Assert.Equal("Jane Reporter", page.Byline);
        Assert.Equal("2025-03-04T09:30:00Z", page.PublishedText);
        Assert.Equal("Example News", page.SiteName);
        Assert.Equal("https://news.example/world/sochi-meeting", page.CanonicalUrl);
        Assert.Contains("Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi", page.MainText);
        Assert.Contains("\n\n", page.MainText);
        Assert.DoesNotContain("Subscribe", page.MainText);
        Assert.DoesNotContain("Copyright", page.MainText);
    }

    [Fact]
    public void An_html_file_becomes_an_article_with_date_source_and_a_stable_id_from_its_canonical_url()
    {
        using var folder = new TempFolder();
        var file = folder.Write("page.html", Page.Replace("/world/sochi-meeting", "https://news.example/world/sochi-meeting", StringComparison.Ordinal));

        var result = Assert.Single(ArticleInputs.Read([folder.Path], ReaderOptions.Default));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(new DateOnly(2025, 3, 4), result.Article!.Published);
        Assert.Equal("Example News", result.Article.Source);
        Assert.Equal("Jane Reporter", result.Article.Byline);
        Assert.Equal("https://news.example/world/sochi-meeting", result.Article.Url);
        Assert.Equal(ArticleIds.Choose(null, "https://news.example/world/sochi-meeting", ""), result.Article.Id);
        Assert.Equal(file, result.Location.File);
    }

    [Fact]
    public void A_page_in_a_legacy_charset_is_decoded_by_its_meta_declaration()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><p>Владимир Путин встретился с Реджепом Эрдоганом в Сочи в понедельник.</p></body></html>";
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(html);

        var text = HtmlArticleReader.Decode(bytes, declaredCharset: null);

        Assert.Contains("Владимир Путин", text);
    }

    [Fact]
    public void Undeclared_non_utf8_text_is_detected_rather_than_garbled()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sentence = "Владимир Путин встретился с президентом Турции в Сочи, сообщили в Кремле. Стороны обсудили войну на Украине и поставки зерна.";
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(sentence);

        Assert.Equal(sentence, TextDecoding.Decode(bytes));
    }

    [Fact]
    public void A_page_without_text_and_an_oversized_file_are_reported_not_thrown()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("empty.html", "<html><head><title>Nothing</title></head><body><script>var x = 1;</script></body></html>");
        var big = folder.Write("big.htm", "<html><body><p>" + new string('x', 2_000) + "</p></body></html>");

        var results = ArticleInputs.Read([empty, big], ReaderOptions.Default with { MaxArticleBytes = 1_000 }).ToList();

        Assert.Contains("no article text", results[0].Error);
        Assert.Contains("the limit for one page is 1,000 bytes", results[1].Error);
    }
}
