using System.Text;

namespace GraphNews.Extraction.Tests;

public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData(".")]
    [InlineData("\"")]
    [InlineData("'s")]
    [InlineData("U.S.")]
    [InlineData("President")]
    [InlineData("he his her she")]
    [InlineData("Путин встретился с Трампом. 普京会见了特朗普。 بوتين التقى ترامب. Putin met Trump.")]
    public void Odd_input_gives_a_graph_without_throwing(string text)
    {
        var graph = TestSupport.Extract(text);

        Assert.NotNull(graph);
        Assert.All(graph.Relations.SelectMany(r => r.Evidence), e => Assert.Equal(e.Sentence, text[e.Start..e.End]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v v v 2-1 v")]
    [InlineData("In , , Pakistan , , Pakistan .")]
    [InlineData("Air Base Air Base International Airport Base")]
    [InlineData("Leeds beat beat Chelsea 2-1 2-1 striker striker")]
    [InlineData("a@b.c http://x www.y Library and and University")]
    [InlineData("Путин встретился с Трампом. 普京会见了特朗普。 بوتين التقى ترامب. Putin met Trump.")]
    [InlineData("Hello 😀 world, Smith met José 𠀀 Jones. México 👍🏽")]
    [InlineData("A lone \ud83d surrogate and \ude00 another: Smith met Jones in México.")]
    public void Odd_input_through_the_production_recogniser_gives_a_graph_without_throwing(string text)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        Assert.Equal(graph.Entities.Count, graph.Entities.Select(e => e.Id).Distinct().Count());
        Assert.All(graph.Relations.SelectMany(r => r.Evidence), e => Assert.Equal(e.Sentence, text[e.Start..e.End]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("May 3, 2013")]
    [InlineData("Friday , , Friday May 3 , 2013 May 3, 2013")]
    [InlineData("Published\n\n\nUpdated: 2013-05-03\n")]
    [InlineData("WASHINGTON, , May 3, 2013 , -")]
    [InlineData("Путин встретился с Трампом 3 мая 2013 года. May 31, 2013\nPutin met Trump.")]
    public void Odd_input_without_a_publication_date_gives_a_graph_without_throwing(string text)
    {
        var graph = TestSupport.ProductionExtractor.Extract(new Domain.Article { Id = "undated", Title = "", Text = text });

        Assert.Equal(graph.Entities.Count, graph.Entities.Select(e => e.Id).Distinct().Count());
        Assert.All(graph.Relations.SelectMany(r => r.Evidence), e => Assert.Equal(e.Sentence, text[e.Start..e.End]));
    }

    [Fact]
    public void Binary_garbage_without_a_publication_date_gives_a_graph_without_throwing()
    {
        var random = new Random(13);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);

        Assert.NotNull(TestSupport.Extractor.Extract(new Domain.Article { Id = "undated", Title = "", Text = Encoding.Latin1.GetString(bytes) }));
    }

    [Fact]
    public void Binary_garbage_through_the_production_recogniser_gives_a_graph_without_throwing()
    {
        var random = new Random(11);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);

        Assert.NotNull(TestSupport.ProductionExtractor.Extract(TestSupport.Article(Encoding.Latin1.GetString(bytes))));
    }

    [Fact]
    public void Binary_garbage_gives_a_graph_without_throwing()
    {
        var random = new Random(7);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var text = Encoding.Latin1.GetString(bytes);

        Assert.NotNull(TestSupport.Extract(text));
    }

    [Fact]
    public void Ten_megabytes_of_text_is_processed()
    {
        const string paragraph = "US President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday. "
                                 + "The talks between Moscow and Washington were, officials said, \"productive\". He left. ";
        var builder = new StringBuilder(10_500_000);
        while (builder.Length < 10_000_000)
        {
            builder.Append(paragraph);
        }

        var graph = TestSupport.Extract(builder.ToString());

        Assert.Contains(graph.Relations, r => r.Type == "MET_WITH");
        Assert.Equal(graph.Entities.Count, graph.Entities.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void A_very_long_sentence_without_punctuation_is_cut_into_bounded_sentences()
    {
        var text = string.Join(' ', Enumerable.Repeat("word Putin met Trump and", 20_000));

        var document = TestSupport.Run(text);

        Assert.True(document.Sentences.Count > 100);
    }
}
