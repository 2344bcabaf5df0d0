namespace GraphNews.Stories.Tests;

public sealed class StoryJoinTests
{
    private static readonly DateOnly Day = new(2025, 3, 28);

    /// <summary>A story of forty same-day reports, and a new report with same-event links to the first <paramref name="links"/> of them.</summary>
    private static (StoryBook Book, ClusterChange Change) PlaceWith(int links)
    {
        var book = new StoryBook();
        var members = Enumerable.Range(0, 40).Select(i => $"outlet-{i}").ToList();
        foreach (var member in members)
        {
            book.Assign(member, "story-quake");
        }

        var scored = members.Take(links).Select(m => new Relatedness("new", m, 0.5, new LinkReasons { SameEvent = true })).ToList();
        var change = new StoryClusterer(StoryOptions.Default).Place("new", Day, scored, book, _ => Day);
        return (book, change);
    }

    [Fact]
    public void A_report_joins_a_widely_covered_story_on_a_few_same_event_links_not_on_a_third_of_its_reports()
    {
        var (book, _) = PlaceWith(links: StoryOptions.Default.JoinMaxLinksNeeded);
        Assert.Equal("story-quake", book.StoryOf("new"));

        var (fewer, _) = PlaceWith(links: StoryOptions.Default.JoinMaxLinksNeeded - 1);
        Assert.NotEqual("story-quake", fewer.StoryOf("new"));
    }
}
