namespace GraphNews.Stories.Tests;

public sealed class TextDaysTests
{
    [Fact]
    public void Days_are_found_by_month_and_day_with_or_without_a_year()
    {
        var days = TextDays.Find("The quake struck on Wednesday, September 30, 2009. After the Sept. 30 quake and on 2 July 2013, then on July 4th, aid came. He may 3 times; May 31 was quiet; February 30 is no day.");

        Assert.Equal(
            [new TextDay(9, 30, 2009), new TextDay(9, 30, null), new TextDay(7, 2, 2013), new TextDay(7, 4, null), new TextDay(5, 31, null)],
            days);
    }

    [Fact]
    public void Datelines_abbreviate_months_without_a_point_and_write_iso_dates()
    {
        var days = TextDays.Find("LONDON 1996-08-30. Tue Sep 30, 2008 10:54pm EDT. Filed 14 Sept 2008; the Dec 5 vote, Mar 3. But 1996-13-01 and 2008-02-30 are no days, nor is Marcus 4.");

        Assert.Equal(
            [new TextDay(8, 30, 1996), new TextDay(9, 30, 2008), new TextDay(9, 14, 2008), new TextDay(12, 5, null), new TextDay(3, 3, null)],
            days);
    }

    [Fact]
    public void Weekdays_are_read_from_the_headline_and_lead_only_each_once_in_week_order()
    {
        var lead = "The quake struck early on Sunday, and rescuers worked through Saturday night and into Sunday. " + new string('x', 500);

        Assert.Equal([DayOfWeek.Saturday], TextDays.LeadWeekdays("Saturday's tremor felt in the capital", "No day here."));
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Saturday], TextDays.LeadWeekdays("Quake kills nine", lead + " A funeral is planned for Friday."));
        Assert.Empty(TextDays.LeadWeekdays("Quake kills nine", "A sunday school and Mondays off are no weekday of the news."));
    }

    [Fact]
    public void Publication_dates_come_first_then_a_day_both_texts_name_then_their_last_days()
    {
        static ArticleSignature Signature(DateOnly? published, params TextDay[] days) =>
            new() { ArticleId = "a", Title = "t", Fingerprint = "f", Published = published, Days = days };

        var dated = Signature(new DateOnly(2019, 10, 1));
        var undated = Signature(null, new TextDay(9, 30, 2009), new TextDay(10, 1, null));
        var later = Signature(null, new TextDay(1, 5, 2009), new TextDay(7, 2, 2013));
        var yearless = Signature(null, new TextDay(9, 11, null), new TextDay(9, 24, null));
        var newYear = Signature(null, new TextDay(1, 2, null));

        Assert.Equal(3, TextDays.DaysApart(Signature(new DateOnly(2019, 10, 4)), dated));
        Assert.Equal(0, TextDays.DaysApart(dated, undated));
        Assert.Equal(Math.Abs(new DateOnly(2013, 7, 2).DayNumber - new DateOnly(2009, 10, 1).DayNumber), TextDays.DaysApart(undated, later));
        Assert.Equal(7, TextDays.DaysApart(undated, yearless));
        Assert.Equal(3, TextDays.DaysApart(Signature(null, new TextDay(12, 30, null)), newYear));
        Assert.Null(TextDays.DaysApart(Signature(null), dated));

        // A leap day without a year is not put in a year that has none.
        var leapDay = Signature(null, new TextDay(1, 5, 2021), new TextDay(2, 29, null));
        Assert.Equal(2, TextDays.DaysApart(leapDay, Signature(null, new TextDay(3, 2, 2021))));
    }
}
