using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class EventPrefixNamesTests
{
    private static string Apply(string sentence, string tags)
    {
        var words = sentence.Split(' ');
        var result = tags.Split(' ');
        new EventPrefixNames(NewsExtractor.Knowledge.Words, NewsExtractor.Knowledge.FirstNames.ContainsKey).Apply(words, result);
        return string.Join(' ', result);
    }

    [Theory]
    [InlineData("Hurricane Humberto strengthened on Monday .", "O O O O O O", "B-EVENT I-EVENT O O O O")]
    [InlineData("Tropical Storm Imelda brought rain .", "O B-EVENT I-EVENT O O O", "B-EVENT I-EVENT I-EVENT O O O")]
    [InlineData("Tropical Depression Three formed .", "O O O O O", "B-EVENT I-EVENT I-EVENT O O")]
    [InlineData("Tropical Storm Humberto upgraded", "O O B-PER O", "B-EVENT I-EVENT I-EVENT O")]
    [InlineData("Operation Desert Storm began .", "O O O O O", "B-EVENT I-EVENT I-EVENT O O")]
    [InlineData("Hurricane Maria hit .", "O O O O", "B-EVENT I-EVENT O O")]
    [InlineData("Hurricane Zeta hit .", "O O O O", "B-EVENT I-EVENT O O")]
    public void An_event_prefix_and_the_name_after_it_are_one_event(string sentence, string tags, string expected)
    {
        Assert.Equal(expected, Apply(sentence, tags));
    }

    [Theory]
    [InlineData("The National Hurricane Center said .", "O B-ORG I-ORG I-ORG O O")]
    [InlineData("Hurricane Hunters flew into the eye .", "O O O O O O O")]
    [InlineData("Storm Shadow missiles were fired .", "B-MISC I-MISC O O O O")]
    [InlineData("The hurricane season began .", "O O O O O")]
    public void A_prefix_inside_a_longer_name_before_an_english_word_or_a_name_of_another_type_makes_no_event(string sentence, string tags)
    {
        Assert.Equal(tags, Apply(sentence, tags));
    }
}
