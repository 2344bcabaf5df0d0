using GraphNews.Extraction.Ner;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class HeadlineCasingTests
{
    private static readonly HashSet<ulong> CommonWords = new(new[] { "says", "will", "not", "back", "plan", "police", "arrest", "in", "of" }.Select(w => FeatureHash.Lower(w)));

    private static HeadlineCasing WithCommonWords(params IPhraseTypes[] names) => new(CasingLexicon.Empty, CommonWords.Contains, names);

    [Fact]
    public void A_headline_word_takes_the_form_the_document_writes_it_in_and_known_words_go_to_lower_case()
    {
        IReadOnlyList<string>[] document =
        [
            ["MINISTER", "SAYS", "BONN", "WILL", "NOT", "BACK", "EU", "PLAN", "."],
            ["The", "minister", "said", "that", "Bonn", "and", "the", "EU", "disagree", "."],
        ];

        var restored = WithCommonWords().Restore(document);

        Assert.Equal(["Minister", "says", "Bonn", "will", "not", "back", "EU", "plan", "."], restored[0]);
        Assert.Same(document[1], restored[1]);
    }

    [Fact]
    public void A_word_no_vocabulary_knows_is_read_as_a_name_and_the_first_word_is_capitalised()
    {
        IReadOnlyList<string>[] document = [["POLICE", "ARREST", "KOWALCZYK", "IN", "OSIJEK-BARANJA"]];

        var restored = WithCommonWords().Restore(document);

        Assert.Equal(["Police", "arrest", "Kowalczyk", "in", "Osijek-Baranja"], restored[0]);
    }

    [Fact]
    public void A_head_word_right_after_a_name_word_stays_in_the_name_but_not_after_the_headline_start()
    {
        var heads = new HashSet<ulong>(new[] { "council", "city" }.Select(w => FeatureHash.Lower(w)));
        var casing = new HeadlineCasing(CasingLexicon.Empty, w => CommonWords.Contains(w) || heads.Contains(w), [], heads.Contains);

        var restored = casing.Restore([["KOWALCZYK", "CITY", "COUNCIL", "WILL", "NOT", "BACK", "PLAN"], ["CITY", "COUNCIL", "WILL", "NOT", "BACK", "PLAN"], ["PLAN", "IN", "KOWALCZYK", "CITY", "OF", "OSIJEK"]]);

        Assert.Equal(["Kowalczyk", "City", "Council", "will", "not", "back", "plan"], restored[0]);
        Assert.Equal(["City", "council", "will", "not", "back", "plan"], restored[1]);
        Assert.Equal(["Plan", "in", "Kowalczyk", "city", "of", "Osijek"], restored[2]);
    }

    [Fact]
    public void A_common_english_word_the_corpora_never_saw_is_no_name()
    {
        var casing = HeadlineCasing.For(PerceptronNerTagger.LoadDefault().Model);

        var restored = casing.Restore([["POLICE", "SHOOT", "SCHOOLBOY", "IN", "KOWALCZYNO"]]);

        Assert.Equal("schoolboy", restored[0][2]);
        Assert.Equal("Kowalczyno", restored[0][4]);
    }

    [Fact]
    public void A_wire_slug_of_common_words_is_written_in_lower_case_and_a_slug_that_is_a_name_keeps_its_capital()
    {
        var casing = HeadlineCasing.For(PerceptronNerTagger.LoadDefault().Model);

        var restored = casing.Restore([["TENNIS", "-", "FRIDAY", "'S", "RESULTS", "FROM", "THE", "U.S.", "OPEN", "."], ["RUSSIA", "-", "YELTSIN", "RESTS", "AFTER", "TALKS", "."]]);

        Assert.Equal(["tennis", "-", "Friday", "'s", "results", "from", "the", "U.S.", "Open", "."], restored[0]);
        Assert.Equal("Russia", restored[1][0]);
    }

    [Fact]
    public void A_slug_naming_a_country_of_common_words_keeps_its_capitals_and_a_countrys_institution_is_written_in_lower_case()
    {
        var casing = HeadlineCasing.For(PerceptronNerTagger.LoadDefault().Model);

        var restored = casing.Restore([["SOUTH", "AFRICA", "-", "FIVE", "SHOT", "DEAD", "."], ["PAKISTAN", "POLICE", "ARREST", "FOUR", "IN", "KARACHI", "."], ["BRAMPTON", "CITY", "COUNCIL", "VOTES", "."]]);

        Assert.Equal(["South", "Africa"], restored[0].Take(2));
        Assert.Equal(["Pakistan", "police"], restored[1].Take(2));
        Assert.Equal(["Brampton", "City", "Council"], restored[2].Take(3));
    }

    [Fact]
    public void Common_words_of_a_known_name_are_capitalised_with_it()
    {
        var casing = HeadlineCasing.For(PerceptronNerTagger.LoadDefault().Model);

        var restored = casing.Restore([["SHARES", "FALL", "ON", "THE", "NEW", "YORK", "STOCK", "EXCHANGE", "."]]);

        Assert.Equal(["New", "York", "Stock", "Exchange"], restored[0].Skip(4).Take(4));
        Assert.Equal("fall", restored[0][1]);
    }

    [Fact]
    public void A_document_without_an_all_capitals_sentence_is_returned_as_it_is()
    {
        IReadOnlyList<IReadOnlyList<string>> document = [["Police", "arrest", "a", "man", "in", "Bonn", "."]];

        Assert.Same(document, WithCommonWords().Restore(document));
    }

    [Fact]
    public void The_recogniser_finds_the_names_of_an_all_capitals_headline()
    {
        var tagger = GazetteerAwareTagger.Over(PerceptronNerTagger.LoadDefault(), NewsExtractor.Knowledge);
        IReadOnlyList<string>[] document =
        [
            ["CRICKET", "-", "ENGLAND", "V", "PAKISTAN", "AT", "THE", "OVAL", "."],
            ["GERMAN", "MINISTER", "SAYS", "BONN", "WILL", "NOT", "BACK", "EU", "PLAN", "."],
            ["Finance", "Minister", "Theo", "Waigel", "said", "on", "Wednesday", "that", "Bonn", "would", "not", "support", "the", "plan", "."],
        ];

        var tags = tagger.Tag(document);

        Assert.Equal(("B-LOC", "O", "B-LOC"), (tags[0][2], tags[0][3], tags[0][4]));
        Assert.Equal("B-LOC", tags[1][3]);
        Assert.Equal("B-ORG", tags[1][7]);
    }
}
