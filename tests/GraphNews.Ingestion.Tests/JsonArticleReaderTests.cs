using System.Text;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Ingestion.Tests;

public sealed class JsonArticleReaderTests
{
    private static List<ArticleReadResult> ReadFile(TempFolder folder, string name, string content, ReaderOptions? options = null) =>
        ArticleInputs.Read([folder.Write(name, content)], options ?? ReaderOptions.Default).ToList();

    [Fact]
    public void An_array_of_articles_is_read_item_by_item_and_a_bad_item_is_reported_by_its_number()
    {
        using var folder = new TempFolder();
        var results = ReadFile(folder, "export.json", """
            [
              {"id": "a1", "title": "Quake hits Chile", "text": "A quake hit Chile on Saturday.", "date": "2010-02-27"},
              {"title": "No body"},
              42,
              {"id": "a2", "headline": "Chile toll rises", "body": "The toll in Chile rose.", "publishedAt": "2010-02-28T09:00:00Z"}
            ]
            """);

        Assert.Equal(4, results.Count);
        Assert.Equal(("a1", new DateOnly(2010, 2, 27)), (results[0].Article!.Id, results[0].Article!.Published!.Value));
        Assert.Contains("no \"text\"", results[1].Error);
        Assert.EndsWith(", item 2", results[1].Location.ToString());
        Assert.Contains("expected a JSON object, found a number", results[2].Error);
        Assert.Equal(("a2", "Chile toll rises", new DateOnly(2010, 2, 28)), (results[3].Article!.Id, results[3].Article!.Title, results[3].Article!.Published!.Value));
    }

    [Fact]
    public void An_array_item_larger_than_an_article_is_refused_before_it_is_read_whole()
    {
        var options = ReaderOptions.Default with { MaxArticleBytes = 1_000 };
        using var endless = new EndlessItemStream(
            "[{\"title\": \"Quake hits Chile\", \"text\": \"A quake hit Chile on Saturday.\"},\n {\"title\": \"Huge\", \"text\": \"");

        var results = JsonArticleReader.Read(endless, "export.json", array: true, options).ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal("Quake hits Chile", results[0].Article!.Title);
        Assert.Contains("item 2 is larger than the limit of 1,000 bytes", results[1].Error);
        Assert.InRange(endless.Served, 1, 8_000_000);
    }

    [Fact]
    public void Many_articles_in_an_array_are_each_within_the_limit_however_large_the_file()
    {
        var options = ReaderOptions.Default with { MaxArticleBytes = 1_000 };
        var items = Enumerable.Range(1, 3_000).Select(i => $"{{\"title\": \"Report {i}\", \"text\": \"{new string('x', 600)} {i}.\"}}");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("[" + string.Join(",\n", items) + "]"));

        var results = JsonArticleReader.Read(stream, "export.json", array: true, options).ToList();

        Assert.Equal(3_000, results.Count(r => r.IsSuccess));
    }

    [Fact]
    public void An_object_holding_an_array_of_articles_is_read_as_those_articles()
    {
        using var folder = new TempFolder();
        var results = ReadFile(folder, "newsapi.json", """
            {"status": "ok", "description": "Headlines about Chile", "totalResults": 2, "articles": [
              {"source": {"id": null, "name": "Wire"}, "title": "One", "content": "First text about Chile.", "publishedAt": "2010-02-27T10:00:00Z"},
              {"source": {"id": null, "name": "Wire"}, "title": "Two", "content": "Second text about Chile.", "publishedAt": "2010-02-28T10:00:00Z"}
            ]}
            """);

        Assert.Equal(["One", "Two"], results.Select(r => r.Article!.Title));
        Assert.All(results, r => Assert.Equal("Wire", r.Article!.Source));
    }

    [Fact]
    public void One_article_object_is_one_article()
    {
        using var folder = new TempFolder();
        var article = Assert.Single(ReadFile(folder, "one.json", "\uFEFF{\n  \"title\": \"One\",\n  \"text\": \"A pretty-printed article about Chile.\",\n  \"authors\": [{\"name\": \"Ann Lee\"}]\n}\n")).Article!;

        Assert.Equal(("One", "A pretty-printed article about Chile.", "Ann Lee"), (article.Title, article.Text, article.Byline));
    }

    [Fact]
    public void Json_lines_under_a_json_name_are_read_line_by_line_and_a_minified_document_on_one_line_is_one_document()
    {
        using var folder = new TempFolder();
        var lines = ReadFile(folder, "dataset.json", "{\"headline\": \"One\", \"short_description\": \"x\", \"text\": \"First text.\"}\n{\"headline\": \"Two\", \"text\": \"Second text.\"}\n");
        var minified = ReadFile(folder, "response.json", """{"status":"ok","articles":[{"title":"One","content":"First text."},{"title":"Two","content":"Second text."}]}""");

        Assert.Equal(["One", "Two"], lines.Select(r => r.Article!.Title));
        Assert.Equal(new InputLocation(System.IO.Path.Combine(folder.Path, "dataset.json"), 2), lines[1].Location);
        Assert.Equal(["One", "Two"], minified.Select(r => r.Article!.Title));
    }

    [Fact]
    public void Broken_json_stops_the_file_with_a_message_and_keeps_what_came_before()
    {
        using var folder = new TempFolder();
        var array = ReadFile(folder, "cut.json", """[{"title": "Kept", "text": "A whole article."}, {"title": "Cut", "text": "trunc""");
        var obj = Assert.Single(ReadFile(folder, "bad.json", """{"articles": [}"""));

        Assert.Equal("Kept", array[0].Article!.Title);
        Assert.Contains("not valid JSON after item 1", Assert.Single(array, r => !r.IsSuccess).Error);
        Assert.Contains("not valid JSON", obj.Error);
    }

    [Fact]
    public void A_document_too_large_to_read_whole_gets_a_message_naming_the_limit_and_the_way_out()
    {
        using var folder = new TempFolder();
        var result = Assert.Single(ReadFile(folder, "big.json", $$"""{"articles": [{"title": "Big", "text": "{{new string('w', 5_000)}}"}]}""", ReaderOptions.Default with { MaxJsonDocumentBytes = 1_000 }));

        Assert.Contains("1,000 bytes", result.Error);
        Assert.Contains("JSON lines", result.Error);
    }

    [Fact]
    public void An_array_in_a_jsonl_file_or_on_stdin_is_read_as_an_array()
    {
        using var folder = new TempFolder();
        const string array = """[{"title": "One", "text": "First text."}, {"title": "Two", "text": "Second text."}]""";

        var jsonl = ReadFile(folder, "named-jsonl.jsonl", array);
        var stdin = StreamArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("\n  " + array)), "stdin", ReaderOptions.Default).ToList();

        Assert.Equal(["One", "Two"], jsonl.Select(r => r.Article!.Title));
        Assert.Equal(["One", "Two"], stdin.Select(r => r.Article!.Title));
    }

    [Fact]
    public void In_a_directory_json_files_are_inputs_and_the_metadata_beside_a_text_article_is_not()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "Quake hits Chile\nA quake hit Chile on Saturday.");
        folder.Write("story.meta.json", """{"id": "story-1", "published": "2010-02-27"}""");
        folder.Write("more.json", """[{"id": "more-1", "title": "Toll rises", "text": "The toll in Chile rose."}]""");

        var results = ArticleInputs.Read([folder.Path], ReaderOptions.Default).ToList();

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error));
        Assert.Equal(["more-1", "story-1"], results.Select(r => r.Article!.Id).Order(StringComparer.Ordinal));
    }

    /// <summary>A JSON array whose last item's text never ends: a reader that buffers the item whole never returns.</summary>
    private sealed class EndlessItemStream(string opening) : Stream
    {
        private readonly byte[] head = Encoding.UTF8.GetBytes(opening);

        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => Served;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = Served + i < head.Length ? head[Served + i] : (byte)'x';
            }

            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
