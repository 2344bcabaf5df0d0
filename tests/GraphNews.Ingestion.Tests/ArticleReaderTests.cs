using System.Text;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Ingestion.Tests;

public sealed class ArticleReaderTests
{
    [Fact]
    public void A_text_file_has_its_title_on_the_first_non_empty_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", "\n\n  Trump Eyes Peace Talks  \nFirst paragraph.\r\n\r\nSecond paragraph.\n");

        var result = Assert.Single(ArticleInputs.Read([file], ReaderOptions.Default with { DefaultPublished = new DateOnly(2025, 2, 9) }));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Trump Eyes Peace Talks", result.Article!.Title);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", result.Article.Text);
        Assert.Equal(new DateOnly(2025, 2, 9), result.Article.Published);
        Assert.StartsWith("text-", result.Article.Id);
    }

    [Fact]
    public void A_text_file_that_opens_with_a_date_line_has_its_title_on_the_next_line_and_keeps_the_date_in_its_text()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", "Tue Sep 30, 2008 10:54pm EDT\n\nQuake strikes Sumatra\nA strong quake struck on Tuesday.\n");

        var article = Assert.Single(ArticleInputs.Read([file], ReaderOptions.Default)).Article!;

        Assert.Equal("Quake strikes Sumatra", article.Title);
        Assert.Equal("Tue Sep 30, 2008 10:54pm EDT\nA strong quake struck on Tuesday.", article.Text);
    }

    [Fact]
    public void A_sidecar_supplies_metadata_a_text_file_cannot_carry()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", "Title\nBody text.");
        folder.Write("a.meta.json", """{"id":"seed","published":"2025-02-09","source":"Example","license":"CC BY 4.0","url":"https://example.org/a"}""");

        var article = Assert.Single(ArticleInputs.Read([file], ReaderOptions.Default)).Article!;

        Assert.Equal(("seed", new DateOnly(2025, 2, 9), "Example", "CC BY 4.0"), (article.Id, article.Published!.Value, article.Source, article.License));
    }

    [Fact]
    public void A_broken_sidecar_is_reported_instead_of_silently_ignored()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", "Title\nBody text.");
        folder.Write("a.meta.json", "{oops");

        var result = Assert.Single(ArticleInputs.Read([file], ReaderOptions.Default));

        Assert.False(result.IsSuccess);
        Assert.Contains("a.meta.json", result.Error);
    }

    [Fact]
    public void Jsonl_reports_a_malformed_line_with_file_and_line_and_reads_the_rest()
    {
        using var folder = new TempFolder();
        var file = folder.Write("news.jsonl", string.Join('\n',
            """{"id":"one","title":"One","text":"First article.","published":"2025-01-02","source":"S","license":"L","author":"Jane Doe","extra":42}""",
            """{"id":"two","title":"Two", "text": """,
            "",
            """{"title":"Three","url":"https://example.org/3","text":"Third article.","published":"2025-01-03T10:00:00Z"}""",
            """{"id":"four","title":"Four","text":"Fourth.","published":"yesterday"}""",
            """{"id":"five","title":"Five"}"""));

        var results = ArticleInputs.Read([file], ReaderOptions.Default).ToList();

        Assert.Equal(5, results.Count);
        Assert.Equal(("one", "S", "L", "Jane Doe"), (results[0].Article!.Id, results[0].Article!.Source, results[0].Article!.License, results[0].Article!.Byline));
        Assert.Equal(new InputLocation(file, 2), results[1].Location);
        Assert.Contains("not a valid JSON object", results[1].Error);
        Assert.Equal($"{file}:2", results[1].Location.ToString());
        Assert.StartsWith("url-", results[2].Article!.Id);
        Assert.Equal(new DateOnly(2025, 1, 3), results[2].Article!.Published);
        Assert.Equal(5, results[3].Location.Line);
        Assert.Contains("not a date", results[3].Error);
        Assert.Contains("no \"text\"", results[4].Error);
    }

    [Fact]
    public void Jsonl_reads_the_names_other_news_tools_give_the_fields()
    {
        using var folder = new TempFolder();
        var file = folder.Write("other.jsonl", string.Join('\n',
            """{"headline":"Quake hits","body":"A quake hit.","publishedAt":"2025-03-04T23:30:00-05:00","source":{"id":"bbc","name":"BBC News"},"authors":["Ann Lee","Bo Chan"],"link":"https://example.org/q"}""",
            """{"ID":7,"Title":"Vote","content":"People voted.","pub_date":1735776000,"publisher":"Wire"}""",
            """{"title":"Strike","maintext":"Workers struck.","date_download":"2025-02-01","date_publish":"2025-01-02 09:15:00"}""",
            """{"title":"Ms","text":"Epoch in milliseconds.","timestamp":1735776000000}""",
            """{"title":"Only a summary","description":"An item that carries no body."}""",
            """["not","an","object"]""",
            """{"title":"Far future","text":"Body.","timestamp":99999999999999999}""",
            """{"title":"Quoted epoch","text":"Epoch in seconds, as a string.","date":"1735776000"}"""));

        var results = ArticleInputs.Read([file], ReaderOptions.Default).ToList();

        var quake = results[0].Article!;
        Assert.Equal(("Quake hits", "A quake hit.", "BBC News", "Ann Lee, Bo Chan", "https://example.org/q"), (quake.Title, quake.Text, quake.Source, quake.Byline, quake.Url));
        Assert.Equal(new DateOnly(2025, 3, 5), quake.Published);
        var vote = results[1].Article!;
        Assert.Equal(("7", "Vote", "People voted.", "Wire", new DateOnly(2025, 1, 2)), (vote.Id, vote.Title, vote.Text, vote.Source, vote.Published!.Value));
        Assert.Equal(new DateOnly(2025, 1, 2), results[2].Article!.Published);
        Assert.Equal(new DateOnly(2025, 1, 2), results[3].Article!.Published);
        Assert.Equal("An item that carries no body.", results[4].Article!.Text);
        Assert.False(results[5].IsSuccess);
        Assert.Contains("expected a JSON object, found an array", results[5].Error);
        Assert.Contains("not a date", results[6].Error);
        Assert.Equal(new DateOnly(2025, 1, 2), results[7].Article!.Published);
    }

    [Fact]
    public void Ids_are_stable_and_prefer_the_given_id_then_url_then_text()
    {
        Assert.Equal("given", ArticleIds.Choose("given", "https://x", "text"));
        Assert.Equal(ArticleIds.Choose(null, "https://x", "a"), ArticleIds.Choose(null, "https://x", "b"));
        Assert.NotEqual(ArticleIds.Choose(null, null, "a"), ArticleIds.Choose(null, null, "b"));
        Assert.Equal(ArticleIds.Choose(null, null, "same"), ArticleIds.Choose("  ", "", "same"));
    }

    [Fact]
    public void Directories_are_read_recursively_in_a_stable_order_and_other_files_are_skipped_silently()
    {
        using var folder = new TempFolder();
        folder.Write("b/z.txt", "Zed\nText z.");
        folder.Write("a.jsonl", """{"id":"j","text":"Text j."}""");
        folder.Write("notes.md", "# not an article");

        var ids = ArticleInputs.Read([folder.Path], ReaderOptions.Default).Select(r => r.Article!.Title).ToList();

        Assert.Equal(["Text j.", "Zed"], ids);
    }

    [Fact]
    public void Missing_paths_empty_files_and_oversized_articles_are_reported()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("empty.txt", "   \n\n");
        var titleOnly = folder.Write("title.txt", "Only a title\n");
        var big = folder.Write("big.jsonl", $$"""{"id":"big","text":"{{new string('a', 5000)}}"}""");
        var options = ReaderOptions.Default with { MaxArticleChars = 1000 };

        var results = ArticleInputs.Read([Path.Combine(folder.Path, "nope.txt"), empty, titleOnly, big], options).ToList();

        Assert.All(results, r => Assert.False(r.IsSuccess));
        Assert.Contains("no such file", results[0].Error);
        Assert.Contains("empty", results[1].Error);
        Assert.Contains("no article text", results[2].Error);
        Assert.Contains("limit", results[3].Error);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_decoded_as_latin1_and_a_bom_is_honoured()
    {
        var latin1 = Encoding.Latin1.GetBytes("Caf\u00e9 Z\u00fcrich");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Kyiv \u041a\u0438\u0457\u0432")).ToArray();

        Assert.Equal("Caf\u00e9 Z\u00fcrich", TextDecoding.Decode(latin1));
        Assert.Equal("Kyiv \u041a\u0438\u0457\u0432", TextDecoding.Decode(utf16));
    }
}
