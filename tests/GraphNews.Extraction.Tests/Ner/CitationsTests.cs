using GraphNews.Domain;
using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class CitationsTests
{
    private static readonly Citations Rule = new(
        NewsExtractor.Knowledge.Words,
        NewsExtractor.Knowledge.DateWords.Contains,
        (tokens, start, end) => NewsExtractor.Knowledge.Entities.Gazetteer.Match(tokens, start, end) is { } match && match.End == end
            && match.Values[0].Entity.Label != EntityLabel.Person);

    /// <summary>The sentence's tags after the rule, starting from <paramref name="tags"/> (space-separated, one per word).</summary>
    private static string Apply(string sentence, string tags)
    {
        var words = sentence.Split(' ');
        var result = tags.Split(' ');
        Assert.Equal(words.Length, result.Length);
        Rule.Apply(words, result);
        return string.Join(' ', result);
    }

    [Fact]
    public void Two_authors_joined_by_an_ampersand_are_two_people_not_one_organisation()
    {
        Assert.Equal(
            "O O O B-PER O B-PER O O O",
            Apply("objects simultaneously ( Dye & Bavelier , 2010 )", "O O O B-ORG I-ORG I-ORG O O O"));
    }

    [Fact]
    public void Every_author_of_a_list_before_a_year_is_a_person_whatever_the_model_read()
    {
        Assert.Equal(
            "O B-PER O B-PER O O B-PER O O O B-PER O O O",
            Apply("( Rueda , Checa , & Cómbita , 2012 ; Laws , 2016 )", "O O O B-LOC O O B-LOC O O O O O O O"));
    }

    [Fact]
    public void Et_al_marks_a_citation_outside_parentheses_and_a_hyphenated_surname_stays_whole()
    {
        Assert.Equal(
            "O B-PER I-PER I-PER O O O O O",
            Apply("multisite Morgan - Short et al. , 2018 .", "O B-PER O B-PER O O O O O"));
    }

    [Theory]
    [InlineData("In Mostar , 2019 was a good year", "O B-LOC O O O O O O")]
    [InlineData("the period drama Copying Beethoven ( 2006 ) .", "O O O B-MISC I-MISC O O O O")]
    [InlineData("Candace Savage ( Born 1949 ) Is A Canadian Writer", "B-PER I-PER O O O O O O B-MISC O")]
    public void A_name_before_a_year_outside_a_citation_is_left_as_the_model_read_it(string sentence, string tags)
    {
        Assert.Equal(tags, Apply(sentence, tags));
    }

    [Fact]
    public void An_organisation_or_a_month_cited_with_a_year_is_no_author()
    {
        Assert.Equal("O B-ORG O O O", Apply("( NATO , 2010 )", "O B-ORG O O O"));
        Assert.Equal("O O O O O", Apply("( December , 2012 )", "O O O O O"));
    }
}
