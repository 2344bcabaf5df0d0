using GraphNews.Ingestion.Reading;

namespace GraphNews.Ingestion.Tests;

public sealed class ArticleTitlesTests
{
    [Fact]
    public void A_short_first_line_is_the_title()
    {
        Assert.Equal("Quake hits Myanmar", ArticleTitles.FromText("  Quake hits Myanmar\nA magnitude 7.7 earthquake struck on Friday."));
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
