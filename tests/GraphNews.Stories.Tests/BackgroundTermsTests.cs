using GraphNews.Domain;

namespace GraphNews.Stories.Tests;

public sealed class BackgroundTermsTests
{
    [Fact]
    public void The_shipped_table_counts_common_news_words_in_more_reports_than_rare_ones()
    {
        var background = BackgroundTerms.LoadDefault();

        Assert.True(background.Documents > 1000);
        Assert.True(background.Count(TextTerms.Hash("killed")) > 10 * background.Count(TextTerms.Hash("earthquake")));
        Assert.True(background.Count(TextTerms.Hash("earthquake")) > 0);
        Assert.Equal(0, background.Count(TextTerms.Hash("zqxwvutsr")));
    }

    [Fact]
    public void A_written_table_reads_back_with_the_counts_of_terms_in_enough_reports()
    {
        var counter = new BackgroundTerms.Counter(TextTerms.LoadDefault(), StoryOptions.Default);
        counter.Add("Quake hits coast", "The quake struck the coast at dawn.");
        counter.Add("Quake toll rises", "Rescuers searched the coast for survivors.");
        counter.Add("Budget passes", "Parliament passed the budget.");
        var written = new StringWriter();

        counter.Write(written, minCount: 2, ["test table"]);
        var table = BackgroundTerms.Read(new StringReader(written.ToString()), "test");

        Assert.StartsWith("# test table\n", written.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(3, table.Documents);
        Assert.Equal(2, table.Count(TextTerms.Hash("quake")));
        Assert.Equal(2, table.Count(TextTerms.Hash("coast")));
        Assert.Equal(0, table.Count(TextTerms.Hash("budget")));
    }

    [Theory]
    [InlineData("quake\t3\n", "the 'documents' line must come first")]
    [InlineData("documents\t2\nquake\t3\n", "more than the 2")]
    [InlineData("documents\t2\nquake 1\n", "expected 'documents<TAB>N' or 'TERM<TAB>COUNT'")]
    [InlineData("documents\t2\nquake\t-1\n", "expected 'documents<TAB>N' or 'TERM<TAB>COUNT'")]
    [InlineData("# only a comment\n", "no 'documents' line")]
    public void A_malformed_table_is_refused_with_the_line_at_fault(string text, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => BackgroundTerms.Read(new StringReader(text), "table.tsv"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("table.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_common_in_the_background_weighs_less_than_a_rare_one_stored_as_often()
    {
        var background = BackgroundTerms.Read(new StringReader("documents\t1000\nkilled\t400\nquake\t3\n"), "test");
        var options = StoryOptions.Default;
        var index = new StoryIndex(options, background);
        var builder = new SignatureBuilder(RelationOntology.Default, TextTerms.LoadDefault(), options);
        foreach (var graph in Graphs.Background())
        {
            index.Add(builder.Build(graph, "v1"));
        }

        index.Add(builder.Build(Graphs.Article("a", "2025-01-12", "Quake: dozens killed", "A quake killed dozens.", []), "v1"));
        var alone = new StoryIndex(options with { BackgroundWeight = 0 }, background);
        alone.Add(builder.Build(Graphs.Article("a", "2025-01-12", "Quake: dozens killed", "A quake killed dozens.", []), "v1"));

        Assert.True(index.TermIdf(TextTerms.Hash("quake")) > 2 * index.TermIdf(TextTerms.Hash("killed")));
        Assert.Equal(alone.TermIdf(TextTerms.Hash("quake")), alone.TermIdf(TextTerms.Hash("killed")), 9);
    }
}
