using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class DocumentNamesTests
{
    private static List<string[]> Apply(IReadOnlyList<string>[] sentences, params string[][] tags)
    {
        var labels = tags.Select(t => EntityLabels.FromBio(t)).ToList();
        DocumentNames.Apply(sentences, labels, NewsExtractor.Knowledge.Words);
        return labels.Select(l => EntityLabels.ToBio(l)).ToList();
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
    public void A_companys_name_without_its_legal_form_is_that_company_but_one_word_is_not()
    {
        var tags = Apply(
            [["Tony", "Lama", "Co.", "makes", "boots", "."], ["Tony", "Lama", "sold", "well", "."], ["China", "Eastern", "Corp.", "flew", "."], ["China", "grew", "."]],
            ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
            ["B-PER", "I-PER", "O", "O", "O"],
            ["B-ORG", "I-ORG", "I-ORG", "O", "O"],
            ["B-LOC", "O", "O"]);

        Assert.Equal(["B-ORG", "I-ORG", "O", "O", "O"], tags[1]);
        Assert.Equal(["B-LOC", "O", "O"], tags[3]);
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
}
