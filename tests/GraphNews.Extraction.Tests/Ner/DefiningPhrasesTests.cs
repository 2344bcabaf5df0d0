using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class DefiningPhrasesTests
{
    private static readonly PersonTitles Titles = new(new HashSet<string> { "president", "vice", "secretary", "spokesman", "leader", "deputy" });

    private static string[][] Apply(string[][] sentences, params string[][] tags)
    {
        new DefiningPhrases(NewsExtractor.Knowledge.Words, Titles, (tokens, i) => NewsExtractor.Knowledge.Reporting.Match(tokens, i, tokens.Count) is not null).Apply(sentences, tags);
        return tags;
    }

    private static string[] Words(string sentence) => sentence.Split(' ');

    /// <summary>The sentence's tags: O but for the names given as (first word, number of words, type).</summary>
    private static string[] Tags(string[] words, params (int Start, int Length, string Type)[] names)
    {
        var tags = new string[words.Length];
        Array.Fill(tags, "O");
        foreach (var (start, length, type) in names)
        {
            for (var i = start; i < start + length; i++)
            {
                tags[i] = (i == start ? "B-" : "I-") + type;
            }
        }

        return tags;
    }

    private static void AssertDefinesNothing(string[] words, string[] tags) => Assert.Equal(tags, Apply([words], (string[])tags.Clone())[0]);

    [Fact]
    public void A_phrase_that_a_reporting_verb_follows_is_the_subject_of_a_clause_not_an_apposition()
    {
        var words = Words("Talks resumed in Kabul , the agency said .");

        AssertDefinesNothing(words, Tags(words, (3, 1, "LOC")));
    }

    [Fact]
    public void An_apposition_types_the_name_it_defines_throughout_the_document()
    {
        var tags = Apply(
            [Words("It was taken over by Staedtler , a stationery company with global presence ."), Words("Staedtler makes pencils .")],
            ["O", "O", "O", "O", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "O", "O"],
            ["B-PER", "O", "O", "O"]);

        Assert.Equal("B-ORG", tags[0][5]);
        Assert.Equal("B-ORG", tags[1][0]);
    }

    [Fact]
    public void A_sentence_that_opens_with_a_name_and_is_defines_it_and_tags_an_untagged_name()
    {
        var tags = Apply(
            [Words("Eberhard Faber is a brand of pencils ."), Words("Bilje is a village and municipality in Croatia .")],
            ["B-PER", "I-PER", "O", "O", "O", "O", "O", "O"],
            ["O", "O", "O", "O", "O", "O", "O", "B-LOC", "O"]);

        Assert.Equal(["B-ORG", "I-ORG"], tags[0][..2]);
        Assert.Equal("B-LOC", tags[1][0]);
    }

    [Theory]
    [InlineData("Alan Smith , the team 's captain , scored .", 0, 2, "PER")]
    [InlineData("Alan Smith , a company director , resigned .", 0, 2, "PER")]
    [InlineData("In Paris , the foreign ministry said so .", 1, 1, "LOC")]
    public void A_head_noun_that_is_not_the_class_or_an_opening_phrase_defines_nothing(string sentence, int name, int length, string type)
    {
        var words = Words(sentence);

        AssertDefinesNothing(words, Tags(words, (name, length, type)));
    }

    [Fact]
    public void A_class_noun_before_a_name_types_it_throughout_the_document()
    {
        var tags = Apply(
            [Words("It lies near the nature park Kopački Rit in Baranja ."), Words("Kopački Rit offers hunting ."), Words("Troops left the town of Tal Afar .")],
            ["O", "O", "O", "O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"],
            ["B-PER", "I-PER", "O", "O", "O"],
            ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"]);

        Assert.Equal(["B-LOC", "I-LOC"], tags[0][6..8]);
        Assert.Equal(["B-LOC", "I-LOC"], tags[1][..2]);
        Assert.Equal(["B-LOC", "I-LOC"], tags[2][5..7]);
    }

    [Theory]
    [InlineData("He met Rosario Murillo , co-President of Nicaragua , on Monday .")]
    [InlineData("They talked to Rosario Murillo , the Vice President of Nicaragua .")]
    [InlineData("They talked to Rosario Murillo , spokesman for the assembly , today .")]
    public void An_apposition_that_gives_an_office_defines_a_person(string sentence)
    {
        var words = Words(sentence);
        var name = Array.IndexOf(words, "Rosario");

        var tagged = Apply([words, Words("Rosario Murillo left .")], Tags(words, (name, 2, "LOC")), ["B-LOC", "I-LOC", "O", "O"]);

        Assert.Equal(["B-PER", "I-PER"], tagged[0][name..(name + 2)]);
        Assert.Equal(["B-PER", "I-PER"], tagged[1][..2]);
    }

    [Fact]
    public void An_office_in_a_clause_of_its_own_or_of_the_person_after_it_defines_nothing()
    {
        var amman = Words("Speaking in Amman , a spokesman for the king said so .");
        var afp = Words("It spoke with Reuters and AFP , Secretary of State Condi Rice says .");

        AssertDefinesNothing(amman, Tags(amman, (2, 1, "LOC")));
        AssertDefinesNothing(afp, Tags(afp, (5, 1, "ORG"), (11, 2, "PER")));
    }

    [Fact]
    public void What_happens_only_to_a_person_defines_a_person()
    {
        var tags = Apply(
            [Words("Protests followed the death of Mahsa Amini in custody ."), Words("Amini was 22 ."), Words("Mahsa Amini was buried .")],
            ["O", "O", "O", "O", "O", "B-LOC", "I-LOC", "O", "O", "O"],
            ["B-LOC", "O", "O", "O"],
            ["B-LOC", "I-LOC", "O", "O", "O"]);

        Assert.Equal(["B-PER", "I-PER"], tags[0][5..7]);
        Assert.Equal(["B-PER", "I-PER"], tags[2][..2]);
    }

    [Theory]
    [InlineData("A court sentences 27-year old Hadi Matar to prison .", 5)]
    [InlineData("The 27-year-old Hadi Matar was charged .", 2)]
    public void A_name_right_after_an_age_is_a_person(string sentence, int name)
    {
        var words = Words(sentence);

        var tagged = Apply([words], Tags(words, (name, 2, "LOC")));

        Assert.Equal(["B-PER", "I-PER"], tagged[0][name..(name + 2)]);
    }

    [Theory]
    [InlineData("Politicians say 79-year-old Federal Reserve Chairman Alan Greenspan is right .", 3, 2, "ORG")]
    [InlineData("It condemned the killing of Hamas leaders .", 4, 1, "ORG")]
    [InlineData("It mourned the death of Iran 's president .", 4, 1, "LOC")]
    [InlineData("It welcomed the resignation of Bhumjaithai Party ministers .", 4, 2, "ORG")]
    [InlineData("It studied the history of Hadi Matar .", 4, 2, "LOC")]
    public void A_name_that_only_modifies_the_object_or_follows_another_noun_is_left_alone(string sentence, int name, int length, string type)
    {
        var words = Words(sentence);

        AssertDefinesNothing(words, Tags(words, (name, length, type)));
    }

    [Fact]
    public void A_ship_named_after_its_class_noun_is_a_name_of_no_person_or_place()
    {
        var tags = Apply(
            [Words("The tanker Al Rekayyat was hit near the strait ."), Words("Al Rekayyat was towed ."), Words("A drone hit the storage tanker Energos Winter , officials said ."), Words("It hit the Qatari LNG tanker Ever Lovely , which sank .")],
            ["O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "O"],
            ["B-LOC", "I-LOC", "O", "O", "O"],
            ["O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
            ["O", "O", "O", "B-MISC", "B-ORG", "O", "B-PER", "I-PER", "O", "O", "O", "O"]);

        Assert.Equal(["B-MISC", "I-MISC"], tags[0][2..4]);
        Assert.Equal(["B-MISC", "I-MISC"], tags[1][..2]);
        Assert.Equal(["B-MISC", "I-MISC"], tags[2][6..8]);
        Assert.Equal(["B-MISC", "I-MISC"], tags[3][6..8]);
    }

    [Theory]
    [InlineData("The police chief for the Sindh province Jehangir Mirza says so .", 7, 2)]
    [InlineData("They ran a distribution company Ramirez built .", 5, 1)]
    [InlineData("He joined the party of Lenin .", 5, 1)]
    public void A_class_noun_that_ends_a_phrase_of_its_own_or_a_party_of_someone_types_nothing(string sentence, int name, int length)
    {
        var words = Words(sentence);

        AssertDefinesNothing(words, Tags(words, (name, length, "PER")));
    }

    [Fact]
    public void A_common_word_opening_a_sentence_is_not_defined_as_a_place()
    {
        var tags = Apply([Words("Nearby is the city of Jos .")], ["O", "O", "O", "O", "O", "B-LOC", "O"]);

        Assert.Equal("O", tags[0][0]);
    }

    [Fact]
    public void A_name_defined_as_two_different_things_keeps_its_tags()
    {
        var tags = Apply(
            [Words("Orion , a company , sued ."), Words("Orion , a town , grew ."), Words("Orion voted .")],
            ["B-PER", "O", "O", "O", "O", "O", "O"],
            ["B-PER", "O", "O", "O", "O", "O", "O"],
            ["B-PER", "O", "O"]);

        Assert.Equal(["B-PER", "B-PER", "B-PER"], tags.Select(t => t[0]));
    }

    [Fact]
    public void A_work_the_text_calls_a_film_or_a_book_is_a_misc_name_not_a_person()
    {
        var tags = Apply(
            [Words("He starred in the superhero film Watchmen ( 2009 ) ."), Words("Watchmen was a hit .")],
            ["O", "O", "O", "O", "O", "O", "B-PER", "O", "O", "O", "O"],
            ["B-PER", "O", "O", "O", "O"]);

        Assert.Equal("B-MISC", tags[0][6]);
        Assert.Equal("B-MISC", tags[1][0]);
    }

    [Fact]
    public void A_hyphenated_word_after_the_class_noun_does_not_end_the_definition()
    {
        var words = Words("M.H. Ambareesh , a film actor-turned Congress politician , was sworn in .");

        AssertDefinesNothing(words, Tags(words, (0, 2, "PER"), (6, 1, "ORG")));
    }
}
