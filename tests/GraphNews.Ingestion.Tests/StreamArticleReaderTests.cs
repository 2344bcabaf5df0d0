using System.Text;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Ingestion.Tests;

public sealed class StreamArticleReaderTests
{
    private static List<ArticleReadResult> Read(string content, ReaderOptions? options = null) =>
        StreamArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "stdin", options ?? ReaderOptions.Default).ToList();

    [Fact]
    public void Json_lines_on_stdin_are_read_line_by_line_with_line_numbers()
    {
        var lines = string.Join('\n', Enumerable.Range(1, 300).Select(i => $$"""{"id":"a{{i}}","title":"T{{i}}","text":"{{new string('w', 30)}} number {{i}}."}"""));

        var results = Read("\n" + lines + "\n{broken");

        Assert.Equal(301, results.Count);
        Assert.All(results.Take(300), r => Assert.True(r.IsSuccess, r.Error));
        Assert.Equal("a300", results[299].Article!.Id);
        Assert.Equal(new InputLocation("stdin", 302), results[300].Location);
        Assert.False(results[300].IsSuccess);
    }

    [Fact]
    public void Plain_text_html_and_feeds_are_recognised_from_their_first_bytes()
    {
        var text = Assert.Single(Read("Putin meets Erdogan\nRussian President Vladimir Putin met Turkish President Recep Tayyip Erdogan."));
        var html = Assert.Single(Read("  <html><head><title>Leaders</title></head><body><p>Putin met Erdogan in Sochi on Monday.</p></body></html>"));
        var feed = Read(FeedTests.Rss(("1", "One", "https://x.example/1", "First item text."), ("2", "Two", "https://x.example/2", "Second item text.")));

        Assert.Equal("Putin meets Erdogan", text.Article!.Title);
        Assert.Equal("Putin met Erdogan in Sochi on Monday.", html.Article!.Text);
        Assert.Equal(["One", "Two"], feed.Select(f => f.Article!.Title));
    }

    [Fact]
    public void An_oversized_document_on_stdin_gets_a_message_naming_the_limit()
    {
        var result = Assert.Single(Read("Title\n" + new string('x', 10_000), ReaderOptions.Default with { MaxArticleBytes = 5_000 }));

        Assert.Contains("larger than the limit of 5,000 bytes", result.Error);
    }
}
