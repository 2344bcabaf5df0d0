using System.Text;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Ingestion.Tests;

public sealed class TokenXmlArticleReaderTests
{
    private static string Ecb(string name, params string[][] sentences)
    {
        var id = 0;
        var tokens = sentences.SelectMany((words, s) => words.Select((word, n) => $"""<token t_id="{++id}" sentence="{s}" number="{n}">{System.Security.SecurityElement.Escape(word)}</token>"""));
        return $"""<?xml version="1.0" encoding="UTF-8"?><Document doc_name="{name}" doc_id="DOC1">{string.Concat(tokens)}<Markables><ACTION_OCCURRENCE m_id="1"><token_anchor t_id="3"/></ACTION_OCCURRENCE></Markables><Relations/></Document>""";
    }

    [Fact]
    public void An_ecb_document_is_its_sentences_in_running_text_under_its_own_name()
    {
        using var folder = new TempFolder();
        var file = folder.Write("1_1ecbplus.xml", Ecb(
            "1_1ecbplus.xml",
            ["http", ":", "//", "www.example.com", "/", "tara-reid-rehab"],
            ["Tara", "Reid", "checks", "into", "rehab"],
            ["Actress", "Tara", "Reid", "has", "entered", "Promises", "Treatment", "Center", "in", "Malibu", ",", "her", "rep", "said", "."],
            ["``", "She", "is", "doing", "well", "''", ",", "the", "rep", "(", "Jack", "Ketsoyan", ")", "said", "."]));

        var result = Assert.Single(ArticleInputs.Read([file], ReaderOptions.Default));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("1_1ecbplus.xml", result.Article!.Id);
        Assert.Equal("http://www.example.com/tara-reid-rehab", result.Article.Url);
        Assert.Equal("Tara Reid checks into rehab", result.Article.Title);
        Assert.Contains("Actress Tara Reid has entered Promises Treatment Center in Malibu, her rep said.", result.Article.Text);
        Assert.Contains("\"She is doing well\", the rep (Jack Ketsoyan) said.", result.Article.Text);
    }

    [Fact]
    public void Naf_word_forms_are_read_with_the_documents_public_id()
    {
        const string naf = """
            <?xml version="1.0" encoding="UTF-8"?>
            <NAF xml:lang="en" version="v3"><nafHeader><public publicId="wikinews-2010-quake" uri="http://example.org/q"/></nafHeader>
            <text><wf id="w1" sent="1">Quake</wf><wf id="w2" sent="1">hits</wf><wf id="w3" sent="1">Haiti</wf><wf id="w4" sent="2">A</wf><wf id="w5" sent="2">strong</wf><wf id="w6" sent="2">earthquake</wf><wf id="w7" sent="2">struck</wf><wf id="w8" sent="2">Haiti</wf><wf id="w9" sent="2">.</wf></text></NAF>
            """;
        var result = Assert.Single(StreamArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(naf)), "stdin", ReaderOptions.Default));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(("wikinews-2010-quake", "Quake hits Haiti", "A strong earthquake struck Haiti."), (result.Article!.Id, result.Article.Title, result.Article.Text));
    }

    [Fact]
    public void Xml_that_is_neither_a_feed_nor_tokens_is_one_failure_naming_both()
    {
        using var folder = new TempFolder();
        var file = folder.Write("notes.xml", "<?xml version=\"1.0\"?><notes><note>Buy milk</note></notes>");
        var broken = folder.Write("broken.xml", "<Document doc_name=\"x\"><token sentence=\"0\">Tara</token><token sentence=\"0\">Re");

        var results = ArticleInputs.Read([file, broken], ReaderOptions.Default).ToList();

        Assert.All(results, r => Assert.False(r.IsSuccess));
        Assert.Contains("not an RSS or Atom feed", results[0].Error);
        Assert.EndsWith("nor a document of token elements (ECB+, NAF)", results[0].Error);
        Assert.StartsWith("malformed XML", results[1].Error);
    }
}
