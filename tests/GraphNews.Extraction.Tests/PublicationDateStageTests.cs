using GraphNews.Domain;

namespace GraphNews.Extraction.Tests;

public sealed class PublicationDateStageTests
{
    private static ArticleGraph ExtractUndated(string text) =>
        TestSupport.Extractor.Extract(new Article { Id = "undated", Title = "Headline", Text = text });

    [Theory]
    [InlineData("Friday, March 29, 2019 Toronto Comicon returned to its city on Tuesday.", "2019-03-29")]
    [InlineData("Comicon returns\nPosted on May 3, 2013 by Staff Writer\nThe convention opened on Tuesday.", "2013-05-03")]
    [InlineData("By Jane Doe | 3 May 2013\nThe convention opened on Tuesday.", "2013-05-03")]
    [InlineData("WASHINGTON, May 3, 2013 (Reuters) - Officials met on Tuesday to discuss the budget.", "2013-05-03")]
    [InlineData("Last updated: 2013-05-03 14:02 The convention opened on Tuesday after a long delay.", "2013-05-03")]
    [InlineData("Tue Mar 4, 2014 10:12am EST\nJAKARTA (Reuters) - A strong quake hit Sumatra on Tuesday.", "2014-03-04")]
    public void An_undated_article_takes_the_date_its_opening_gives_as_its_own(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ExtractUndated(text).Article.Published);
    }

    [Theory]
    [InlineData("On March 3, 2013, officials met in Washington to discuss the budget for the coming year.")]
    [InlineData("Officials met in Washington to discuss the budget.\nThey had first met on March 3, 2013 in a long session that ran past midnight.")]
    [InlineData("Officials met.\nThey met again.\nAnd again.\nMay 3, 2013\nMore.")]
    [InlineData("Officials met on March 3, 2013.")]
    [InlineData("Talks ended.\nOfficials met on March 3, 2013.\nThey will meet again.")]
    public void A_date_in_the_prose_or_below_the_opening_is_not_the_articles_own(string text)
    {
        Assert.Null(ExtractUndated(text).Article.Published);
    }

    [Fact]
    public void A_given_publication_date_is_kept()
    {
        var graph = TestSupport.Extract("Friday, March 29, 2019 Toronto Comicon returned.", new DateOnly(2019, 4, 1));

        Assert.Equal(new DateOnly(2019, 4, 1), graph.Article.Published);
    }

    [Fact]
    public void Relative_dates_are_read_against_the_date_the_opening_gives()
    {
        var document = TestSupport.Extractor.Run(new Article { Id = "undated", Title = "Headline", Text = "Friday, March 29, 2019 The convention opened on Tuesday." });

        Assert.Equal(new DateOnly(2019, 3, 29), document.Published);
        Assert.Contains(document.Dates, d => d.Date == new DateOnly(2019, 3, 26));
    }
}
