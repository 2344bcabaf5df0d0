namespace GraphNews.Extraction.Tests;

public sealed class DateRecognitionStageTests
{
    private static DateOnly? DateOf(string text, DateOnly? published = null) =>
        TestSupport.Run(text, published).Dates.FirstOrDefault()?.Date;

    [Theory]
    [InlineData("The summit opens on February 14.", "2025-02-14")]
    [InlineData("The summit opens on 14 February.", "2025-02-14")]
    [InlineData("The summit opened on Feb. 3, 2024.", "2024-02-03")]
    [InlineData("They met yesterday.", "2025-02-08")]
    [InlineData("They will meet next week.", "2025-02-10")]
    [InlineData("They met on Tuesday.", "2025-02-04")]
    [InlineData("They will meet on Tuesday.", "2025-02-11")]
    [InlineData("They met on 2025-01-30.", "2025-01-30")]
    public void Normalises_dates_against_the_publication_date(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateOf(text));
    }

    [Fact]
    public void A_month_and_day_late_in_the_year_before_an_early_publication_belong_to_the_previous_year()
    {
        Assert.Equal(new DateOnly(2024, 12, 28), DateOf("The talks began on December 28."));
    }

    [Fact]
    public void Without_a_publication_date_only_dates_with_a_year_are_resolved()
    {
        var document = TestSupport.Run("They met on February 14 and again on March 3, 2024.", published: null);
        var withoutPublished = TestSupport.Extractor.Run(new Domain.Article { Id = "x", Title = "x", Text = document.Text });

        Assert.Null(withoutPublished.Dates[0].Date);
        Assert.Equal(new DateOnly(2024, 3, 3), withoutPublished.Dates[1].Date);
    }

    [Fact]
    public void The_verb_may_is_not_a_month()
    {
        Assert.Empty(TestSupport.Run("Trump may meet Putin.").Dates);
    }
}
