using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class SpelledOutAbbreviationsTests
{
    private static string[][] Apply(string[] sentences, params string[] tags)
    {
        var words = sentences.Select(s => s.Split(' ')).ToArray();
        var result = tags.Select(t => t.Split(' ')).ToArray();
        new SpelledOutAbbreviations(NewsExtractor.Knowledge.Words).Apply(words, result);
        return result;
    }

    [Fact]
    public void An_abbreviation_spelled_out_in_lower_case_words_names_nothing_wherever_the_document_writes_it()
    {
        var tags = Apply(
            ["global sea surface salinity ( SSS ) observations", "remote sensing of SSS is hard"],
            "O O O O O B-ORG O O",
            "O O O B-ORG O O");

        Assert.All(tags.SelectMany(t => t), tag => Assert.Equal("O", tag));
    }

    [Theory]
    [InlineData("13 non-governmental organizations ( NGOs ) were probed", "O O O O B-ORG O O O")]
    [InlineData("the rate of return ( ROR ) fell", "O O O O O B-ORG O O")]
    [InlineData("Foreign direct investment ( FDI ) grew", "O O O O B-ORG O O")]
    public void Hyphenated_words_plurals_function_words_and_a_capitalised_first_word_spell_it_out(string sentence, string tags)
    {
        Assert.DoesNotContain(Apply([sentence], tags)[0], tag => tag != "O");
    }

    [Theory]
    [InlineData("errors injected into a System Under Test ( SUT ) .", "O O O O O O O O B-ORG O O")]
    [InlineData("ants ingesting Reactive Oxygen Species ( ROS ) die", "O O O O O O B-ORG O O")]
    [InlineData("a Project of Common Interest ( PCI ) for the EU", "O O O O O O B-ORG O O O B-ORG")]
    public void An_abbreviation_spelled_out_in_capitalised_common_words_is_a_term_too(string sentence, string tags)
    {
        var expected = tags.Split(' ').Select((tag, i) => sentence.Split(' ')[i] is "SUT" or "ROS" or "PCI" ? "O" : tag);

        Assert.Equal(expected, Apply([sentence], tags)[0]);
    }

    [Theory]
    [InlineData("the Korean Central News Agency ( KCNA ) said", "O B-ORG I-ORG I-ORG I-ORG O B-ORG O O")]
    [InlineData("the opposition party ( ANC ) said", "O O O O B-ORG O O")]
    [InlineData("Mojahedin-e-Khalq ( MEK ) fighters attacked", "B-ORG O B-ORG O O O")]
    [InlineData("two Geographic Information Systems ( GIS ) tools", "O O O O O B-ORG O O")]
    [InlineData("the Rapid Support Forces ( RSF ) attacked", "O O O O O B-ORG O O")]
    [InlineData("a Free Trade Agreement ( FTA ) with Oman", "O O O O O B-ORG O O B-LOC")]
    [InlineData("the Black Lives Matter ( BLM ) movement", "O B-ORG I-ORG I-ORG O B-ORG O O")]
    public void An_abbreviation_spelled_out_in_a_names_words_keeps_its_tags(string sentence, string tags)
    {
        Assert.Equal(tags.Split(' '), Apply([sentence], tags)[0]);
    }
}
