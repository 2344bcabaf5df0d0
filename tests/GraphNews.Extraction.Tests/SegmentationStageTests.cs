namespace GraphNews.Extraction.Tests;

public sealed class SegmentationStageTests
{
    [Fact]
    public void Splits_sentences_at_full_stops_followed_by_capitals()
    {
        var document = TestSupport.Run("Trump spoke with Putin. They discussed Ukraine. Talks continue.");

        Assert.Equal(3, document.Sentences.Count);
        Assert.Equal("They discussed Ukraine.", document.Text[document.Sentences[1].Start..document.Sentences[1].End]);
    }

    [Theory]
    [InlineData("Edward \"Eddie\" Van Halen died.", "Eddie", "Halen", "Eddie Van Halen")]
    [InlineData("The deal breaker for [Alireza] Firouzja was time.", "Alireza", "Firouzja", "Alireza Firouzja")]
    [InlineData("Jeremy \"Spike\" Cohen ran.", "Jeremy", "Cohen", "Jeremy \"Spike\" Cohen")]
    [InlineData("Kim (Jong Un) met him.", "Kim", ")", "Kim (Jong Un)")]
    public void A_name_leaves_out_a_quote_or_bracket_without_its_partner(string text, string first, string last, string expected)
    {
        var document = TestSupport.Run(text);

        Assert.Equal(expected, document.NameOf(document.TokenTexts.IndexOf(first), document.TokenTexts.IndexOf(last) + 1));
    }

    [Fact]
    public void Keeps_initialisms_and_abbreviations_inside_a_sentence()
    {
        var document = TestSupport.Run("U.S. officials met Mr. Smith in Washington. He left.");

        Assert.Equal(2, document.Sentences.Count);
        Assert.Contains("U.S.", document.TokenTexts);
        Assert.Contains("Mr.", document.TokenTexts);
    }

    [Fact]
    public void A_full_stop_that_ends_a_paragraph_ends_the_sentence_after_an_abbreviation_like_word()
    {
        var document = TestSupport.Run("Thai officials met Hun Sen.\nTalks continue.");

        Assert.Contains("Sen", document.TokenTexts);
        Assert.DoesNotContain("Sen.", document.TokenTexts);
    }

    [Fact]
    public void Keeps_a_quotation_and_its_attribution_in_one_sentence()
    {
        var document = TestSupport.Run("Trump spoke. \"People are dying. I want to end it,\" he said. Then he left.");

        Assert.Equal(3, document.Sentences.Count);
        Assert.EndsWith("he said.", document.Text[document.Sentences[1].Start..document.Sentences[1].End]);
    }

    [Fact]
    public void Zero_width_spaces_separate_tokens_and_never_become_part_of_a_name()
    {
        var graph = TestSupport.Extract("The U.S. Central \u200bCommand said. Then U.S. Central \u200b Command left.");

        Assert.DoesNotContain(graph.Entities.SelectMany(e => e.Aliases.Prepend(e.Name)), name => name.Contains('\u200B', StringComparison.Ordinal));
        Assert.DoesNotContain(TestSupport.Run("Central\u200bCommand").TokenTexts, t => t.Contains('\u200B', StringComparison.Ordinal));
    }

    [Fact]
    public void Splits_the_possessive_ending_off_a_name()
    {
        var document = TestSupport.Run("Moscow's invasion began.");

        Assert.Equal(["Moscow", "'s", "invasion", "began", "."], document.TokenTexts);
    }

    [Fact]
    public void Token_offsets_point_into_the_article_text()
    {
        const string text = "  Kyiv and  Moscow, 1,000 km apart.";
        var document = TestSupport.Run(text);

        Assert.All(document.Tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
        Assert.Contains("1,000", document.TokenTexts);
    }
}
