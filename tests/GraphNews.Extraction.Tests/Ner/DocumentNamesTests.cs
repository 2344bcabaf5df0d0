using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class DocumentNamesTests
{
    private static List<string[]> Apply(IReadOnlyList<string>[] sentences, params string[][] tags)
    {
        var labels = tags.Select(t => EntityLabels.FromBio(t)).ToList();
        DocumentNames.Apply(sentences, labels, NewsExtractor.Knowledge.Words, NewsExtractor.Knowledge.FirstNames.ContainsKey, name => name is "China" or "West Bank", word => word is "China" or "Jordan");
        return labels.Select(l => EntityLabels.ToBio(l)).ToList();
    }

    [Fact]
    public void A_one_word_name_that_is_the_surname_of_a_person_named_in_full_is_that_person()
    {
        var tags = Apply(
            [["Biden", "visited", "Jacob", "Blake", "."], ["He", "spoke", "to", "Blake", "."], ["Pete", "Buttigieg", "won", "."], ["Buttigieg", "gained", "."]],
            ["B-PER", "O", "B-PER", "I-PER", "O"],
            ["O", "O", "O", "B-LOC", "O"],
            ["B-PER", "I-PER", "O", "O"],
            ["B-ORG", "O", "O"]);

        Assert.Equal(["O", "O", "O", "B-PER", "O"], tags[1]);
        Assert.Equal(["B-PER", "O", "O"], tags[3]);
    }

    [Fact]
    public void A_known_place_a_company_a_numeral_or_a_word_after_a_possessive_stays_what_it_is()
    {
        var tags = Apply(
            [["Michael", "Jordan", "flew", "to", "Jordan", "."], ["Norton", "I", "wrote", "Part", "I", "."],
             ["Abbas", "'", "Fatah", "won", "."], ["Fatah", "won", "."], ["A", "Sunni", "Muslim", "group", "."], ["Muslim", "leaders", "met", "."]],
            ["B-PER", "I-PER", "O", "O", "B-LOC", "O"],
            ["B-PER", "I-PER", "O", "O", "B-ORG", "O"],
            ["B-PER", "I-PER", "I-PER", "O", "O"],
            ["B-ORG", "O", "O"],
            ["O", "B-PER", "I-PER", "O", "O"],
            ["B-ORG", "O", "O", "O"]);

        Assert.Equal(["B-PER", "I-PER", "O", "O", "B-LOC", "O"], tags[0]);
        Assert.Equal(["B-PER", "I-PER", "O", "O", "B-ORG", "O"], tags[1]);
        Assert.Equal(["B-ORG", "O", "O"], tags[3]);
        Assert.Equal(["B-ORG", "O", "O", "O"], tags[5]);
    }

    [Fact]
    public void A_name_the_document_mostly_names_as_a_person_is_that_person_where_a_rule_typed_it_otherwise()
    {
        var tags = Apply(
            [["game", "developer", "Perttu", "Ahola", "spoke", "."], ["Perttu", "Ahola", "said", "."], ["Perttu", "Ahola", "laughed", "."],
             ["Bowling", "Green", "won", "."], ["Bowling", "Green", "lost", "."], ["in", "Bowling", "Green", "."]],
            ["O", "O", "B-ORG", "I-ORG", "O", "O"],
            ["B-PER", "I-PER", "O", "O"],
            ["B-PER", "I-PER", "O", "O"],
            ["B-ORG", "I-ORG", "O", "O"],
            ["B-ORG", "I-ORG", "O", "O"],
            ["O", "B-LOC", "I-LOC", "O"]);

        Assert.Equal(["O", "O", "B-PER", "I-PER", "O", "O"], tags[0]);
        Assert.Equal(["O", "B-LOC", "I-LOC", "O"], tags[5]);
    }

    [Fact]
    public void A_named_events_name_alone_is_that_event()
    {
        var tags = Apply(
            [["Cyclone", "Phailin", "hit", "Odisha", "."], ["Phailin", "weakened", "inland", "."]],
            ["B-EVENT", "I-EVENT", "O", "B-LOC", "O"],
            ["B-PER", "O", "O", "O"]);

        Assert.Equal(["B-EVENT", "O", "O", "O"], tags[1]);
    }

    [Fact]
    public void A_companys_name_without_its_legal_form_is_that_company_but_not_a_founder()
    {
        var tags = Apply(
            [["Cesaroni", "Design", "Associates", "makes", "gyms", "."], ["Cesaroni", "Design", "grew", "."], ["China", "Eastern", "Corp.", "flew", "."], ["China", "grew", "."],
             ["Ralph", "Lauren", "Corp.", "fell", "."], ["Ralph", "Lauren", "spoke", "."]],
            ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
            ["B-PER", "I-PER", "O", "O"],
            ["B-ORG", "I-ORG", "I-ORG", "O", "O"],
            ["B-LOC", "O", "O"],
            ["B-ORG", "I-ORG", "I-ORG", "O", "O"],
            ["B-PER", "I-PER", "O", "O"]);

        Assert.Equal(["B-ORG", "I-ORG", "O", "O"], tags[1]);
        Assert.Equal(["B-LOC", "O", "O"], tags[3]);
        Assert.Equal(["B-PER", "I-PER", "O", "O"], tags[5]);
    }

    [Fact]
    public void A_one_word_companys_name_without_its_legal_form_is_that_company_unless_a_known_place()
    {
        var tags = Apply(
            [["Lagardere", "Groupe", "bought", "it", "."], ["Shares", "in", "Lagardere", "rose", "."], ["China", "Group", "fell", "."], ["China", "grew", "."]],
            ["B-ORG", "I-ORG", "O", "O", "O"],
            ["O", "O", "B-LOC", "O", "O"],
            ["B-ORG", "I-ORG", "O", "O"],
            ["B-LOC", "O", "O"]);

        Assert.Equal(["O", "O", "B-ORG", "O", "O"], tags[1]);
        Assert.Equal(["B-LOC", "O", "O"], tags[3]);
    }

    [Fact]
    public void The_first_word_of_a_company_named_by_its_trade_is_that_company_unless_a_known_place_a_surname_or_after_the()
    {
        var tags = Apply(
            [["Schneider", "Electric", "bought", "Coldline", "Thermal", "Systems", "."], ["Schneider", "paid", "$", "4", "billion", "for", "Coldline", "."],
             ["China", "Steel", "fell", "."], ["China", "grew", "."],
             ["Anna", "Ferro", "founded", "Ferro", "Logistics", "."], ["Ferro", "said", "so", "."],
             ["Southwest", "Airlines", "flies", "in", "the", "Southwest", "."]],
            ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
            ["B-PER", "O", "O", "O", "O", "O", "B-LOC", "O"],
            ["B-ORG", "I-ORG", "O", "O"],
            ["B-LOC", "O", "O"],
            ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"],
            ["B-PER", "O", "O", "O"],
            ["B-ORG", "I-ORG", "O", "O", "O", "B-LOC", "O"]);

        Assert.Equal(["B-ORG", "O", "O", "O", "O", "O", "B-ORG", "O"], tags[1]);
        Assert.Equal(["B-LOC", "O", "O"], tags[3]);
        Assert.Equal(["B-PER", "O", "O", "O"], tags[5]);
        Assert.Equal(["B-ORG", "I-ORG", "O", "O", "O", "B-LOC", "O"], tags[6]);
    }

    [Fact]
    public void The_first_word_of_a_company_named_with_its_legal_form_is_that_company_where_read_as_a_person()
    {
        var tags = Apply(
            [["Brightway", "Stores", "Inc.", "was", "hacked", "."], ["Brightway", "said", "so", "."],
             ["Oshkosh", "Truck", "Corp.", ",", "Oshkosh", ",", "Wis.", "."]],
            ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
            ["B-PER", "O", "O", "O"],
            ["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "B-LOC", "O"]);

        Assert.Equal(["B-ORG", "O", "O", "O"], tags[1]);
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "B-LOC", "O"], tags[2]);
    }

    [Fact]
    public void A_name_ending_in_a_companys_trade_is_that_company_unless_a_known_place()
    {
        var tags = Apply(
            [["Strikers", "shut", "Vaal", "Ridge", "Steel", "."], ["Nordhaven", "Biosciences", "won", "approval", "."], ["Settlers", "left", "the", "West", "Bank", "."]],
            ["O", "O", "B-LOC", "I-LOC", "I-LOC", "O"],
            ["B-PER", "I-PER", "O", "O", "O"],
            ["O", "O", "O", "B-LOC", "I-LOC", "O"]);

        Assert.Equal(["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"], tags[0]);
        Assert.Equal(["B-ORG", "I-ORG", "O", "O", "O"], tags[1]);
        Assert.Equal(["O", "O", "O", "B-LOC", "I-LOC", "O"], tags[2]);
    }

    [Fact]
    public void A_sentence_initial_person_the_document_writes_in_lower_case_is_no_person_unless_a_named_persons_surname()
    {
        var tags = Apply(
            [["Iodine", "deficiency", "grows", "."], ["Milk", "adds", "iodine", "."], ["Theresa", "May", "spoke", "."], ["May", "said", "we", "may", "act", "."]],
            ["B-PER", "O", "O", "O"],
            ["O", "O", "O", "O"],
            ["B-PER", "I-PER", "O", "O"],
            ["B-PER", "O", "O", "O", "O", "O"]);

        Assert.Equal(["O", "O", "O", "O"], tags[0]);
        Assert.Equal(["B-PER", "O", "O", "O", "O", "O"], tags[3]);
    }

    [Fact]
    public void A_one_word_person_that_names_a_place_of_the_document_with_a_places_word_is_that_place()
    {
        var tags = Apply(
            [["Drones", "hit", "Saratov", ",", "Saratov", "Oblast", "."], ["Conrad", "Hilton", "built", "hotels", "in", "Hilton", "County", "."], ["Hilton", "said", "so", "."]],
            ["O", "O", "B-PER", "O", "B-LOC", "I-LOC", "O"],
            ["B-PER", "I-PER", "O", "O", "O", "B-LOC", "I-LOC", "O"],
            ["B-PER", "O", "O", "O"]);

        Assert.Equal(["O", "O", "B-LOC", "O", "B-LOC", "I-LOC", "O"], tags[0]);
        Assert.Equal(["B-PER", "O", "O", "O"], tags[2]);
    }

    [Fact]
    public void A_common_word_the_document_writes_in_lower_case_is_no_person_after_a_lower_case_word_but_stays_after_a_title()
    {
        var tags = Apply(
            [["WHO", "say", "Iodine", "deficiency", "grows", "."], ["Milk", "adds", "iodine", "."], ["Mrs", "May", "said", "we", "may", "act", "."]],
            ["B-ORG", "O", "B-PER", "O", "O", "O"],
            ["O", "O", "O", "O"],
            ["O", "B-PER", "O", "O", "O", "O", "O"]);

        Assert.Equal(["B-ORG", "O", "O", "O", "O", "O"], tags[0]);
        Assert.Equal(["O", "B-PER", "O", "O", "O", "O", "O"], tags[2]);
    }
}
