using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class DatelinesTests
{
    private static string[] Apply(string[] tokens, string[] tags)
    {
        var copy = (string[])tags.Clone();
        Datelines.Apply(tokens, copy);
        return copy;
    }

    [Fact]
    public void Every_name_of_a_dateline_is_a_place()
    {
        Assert.Equal(["B-LOC", "O", "B-LOC", "O"], Apply(["ROSTOCK", ",", "Germany", "1996-08-22"], ["B-PER", "O", "B-LOC", "O"]));
        Assert.Equal(["B-LOC", "I-LOC", "O", "B-LOC", "O", "O"], Apply(["GRAND", "RAPIDS", ",", "Mich", ".", "1996-08-30"], ["B-ORG", "I-ORG", "O", "B-ORG", "O", "O"]));
        Assert.Equal(["B-LOC", "O"], Apply(["KINSHASA", "12/06/1996"], ["B-ORG", "O"]));
    }

    [Fact]
    public void Sentences_that_are_not_datelines_are_left_alone()
    {
        Assert.Equal(["B-PER", "O", "O"], Apply(["Smith", "scored", "1996-08-22"], ["B-PER", "O", "O"]));
        Assert.Equal(["B-ORG", "I-ORG"], Apply(["Acme", "Corp"], ["B-ORG", "I-ORG"]));
        Assert.Equal(["O"], Apply(["1996-08-22"], ["O"]));
    }

    private static string[] Brief(string[] tokens, string[] tags, params string[] listedPlaces)
    {
        var copy = (string[])tags.Clone();
        Datelines.ApplyToBrief(tokens, copy, (words, start, end) => listedPlaces.Contains(string.Join(' ', words.Skip(start).Take(end - start))), (words, start) =>
            NewsExtractor.Knowledge.DateWords.Match(words, start, words.Count) is { Values: [{ Kind: DateWordKind.Month }, ..] } month ? month.End : null);
        return copy;
    }

    [Fact]
    public void A_town_in_capitals_dated_before_the_dash_opens_a_story_from_that_town_though_no_list_knows_it()
    {

        Assert.Equal(["B-LOC", "O", "O", "O", "O", "O", "O", "O"], Brief(["JOHANNESBURG", ",", "Sept", "19", "-", "Two", "died", "."], ["B-ORG", "O", "O", "O", "O", "O", "O", "O"]));
        Assert.Equal(["B-LOC", "I-LOC", "O", "O", "O", "O", "O", "O", "O"], Brief(["PORT", "HARCOURT", ",", "Sept", ".", "9", "–", "Rain", "fell"], ["B-PER", "I-PER", "O", "O", "O", "O", "O", "O", "O"]));
        Assert.Equal(["B-ORG", "O", "O", "O", "O", "O", "O"], Brief(["ACME", ",", "Sept", "19", "results", "were", "up"], ["B-ORG", "O", "O", "O", "O", "O", "O"]));
        Assert.Equal(["B-ORG", "O", "O", "O"], Brief(["NOTE", "-", "Prices", "rose"], ["B-ORG", "O", "O", "O"]));
    }

    [Fact]
    public void A_town_in_capitals_before_a_long_dash_or_before_its_listed_country_opens_a_story_from_that_town()
    {
        Assert.Equal(["B-LOC", "O", "O", "O"], Brief(["LARANTUKA", "—", "Residents", "fled"], ["B-ORG", "O", "O", "O"]));
        Assert.Equal("B-LOC", Brief(["CONSTITUCIÓN", ",", "Chile", "-", "Ramón", "heard"], ["B-ORG", "O", "B-LOC", "O", "B-PER", "O"], "Chile")[0]);
        Assert.Equal("B-LOC", Brief(["FLORIANOPOLIS", ",", "Brazil", ",", "June", "7", ",", "2017", "—", "Floods", "hit"], ["B-ORG", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "O", "O"], "Brazil")[0]);
        Assert.Equal("B-ORG", Brief(["ACME", ",", "Brazil", "unit", ",", "rose"], ["B-ORG", "O", "B-LOC", "O", "O", "O"], "Brazil")[0]);
        Assert.Equal("B-ORG", Brief(["ACME", ",", "Ruritania", "-", "Prices", "rose"], ["B-ORG", "O", "B-LOC", "O", "O", "O"])[0]);
        Assert.Equal("B-ORG", Brief(["NOTE", "-", "Prices", "rose"], ["B-ORG", "O", "O", "O"])[0]);
    }
}
