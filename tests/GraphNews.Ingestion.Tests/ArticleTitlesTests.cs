using GraphNews.Ingestion.Reading;

namespace GraphNews.Ingestion.Tests;

public sealed class ArticleTitlesTests
{
    [Fact]
    public void A_short_first_line_is_the_title()
    {
        Assert.Equal("Quake hits Myanmar", ArticleTitles.FromText("  Quake hits Myanmar\nA magnitude 7.7 earthquake struck on Friday."));
    }

    [Theory]
    [InlineData("May 3, 2013 4:30 PM EDT\nQuake hits Myanmar\nA magnitude 7.7 earthquake struck on Friday.")]
    [InlineData("Tuesday, 3 May 2013\n\nQuake hits Myanmar\nA magnitude 7.7 earthquake struck on Friday.")]
    public void A_leading_date_line_is_no_title(string text)
    {
        Assert.Equal("Quake hits Myanmar", ArticleTitles.FromText(text));
    }

    [Theory]
    [InlineData("7 dead in May 3 quake\nA magnitude 7.7 earthquake struck.", "7 dead in May 3 quake")]
    [InlineData("May 3, 2013", "May 3, 2013")]
    public void A_first_line_that_says_more_than_a_date_or_is_all_there_is_stays_the_title(string text, string title)
    {
        Assert.Equal(title, ArticleTitles.FromText(text));
    }

    [Fact]
    public void A_text_in_one_long_line_is_titled_by_its_first_sentence_past_abbreviations()
    {
        const string text = "U.S. President Donald Trump spoke with Mr. Putin by phone on Wednesday, the White House said. "
            + "The two leaders discussed Ukraine for ninety minutes and agreed to meet in Saudi Arabia soon, officials said.";

        Assert.Equal("U.S. President Donald Trump spoke with Mr. Putin by phone on Wednesday, the White House said.", ArticleTitles.FromText(text));
    }

    [Fact]
    public void A_long_first_sentence_is_cut_at_a_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 60)) + ".";

        var title = ArticleTitles.FromText(text);

        Assert.True(title.Length <= ArticleTitles.MaxLength, title);
        Assert.EndsWith("word...", title);
    }
}
