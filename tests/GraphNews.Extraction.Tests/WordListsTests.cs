using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Tests;

public sealed class WordListsTests
{
    private static readonly WordLists Lists = new(
        [
            ["event-prefix", "Hurricane"],
            ["event-prefix", "Tropical Storm"],
            ["event-prefix", "Tropical Depression"],
            ["event-prefix", "Battle of"],
            ["org-word", "Bank"],
            ["org-word", "Central Bank"],
            ["org-word", "News Agency"],
        ],
        phrase => phrase.Split(' '));

    [Theory]
    [InlineData("Hurricane Maria", 1)]
    [InlineData("Tropical Storm Barry", 2)]
    [InlineData("tropical storm Barry", 2)]
    [InlineData("Tropical Depression Three", 2)]
    [InlineData("Tropical Cyclone Idai", 0)]
    [InlineData("Battle of Britain", 2)]
    [InlineData("Storm Tropical", 0)]
    public void StartsWith_gives_the_longest_listed_word_or_phrase_in_any_case(string text, int expected)
    {
        Assert.Equal(expected, Lists.StartsWith("event-prefix", text.Split(' '), 0, text.Split(' ').Length));
    }

    [Fact]
    public void StartsWith_matches_no_phrase_running_past_the_end()
    {
        var tokens = "the Tropical Storm".Split(' ');

        Assert.Equal(0, Lists.StartsWith("event-prefix", tokens, 1, 2));
        Assert.Equal(2, Lists.StartsWith("event-prefix", tokens, 1, 3));
    }

    [Theory]
    [InlineData("the Reserve Bank", true)]
    [InlineData("European Central Bank", true)]
    [InlineData("Yonhap news agency", true)]
    [InlineData("Agency News", false)]
    [InlineData("News", false)]
    public void EndsWith_matches_a_listed_word_or_phrase_at_the_end(string text, bool expected)
    {
        var tokens = text.Split(' ');

        Assert.Equal(expected, Lists.EndsWith("org-word", tokens, 0, tokens.Length));
    }

    [Fact]
    public void Unknown_lists_match_nothing()
    {
        Assert.Equal(0, Lists.StartsWith("no-such-list", ["Hurricane"], 0, 1));
        Assert.False(Lists.EndsWith("no-such-list", ["Bank"], 0, 1));
    }
}
