using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class DocumentConsistencyTests
{
    [Fact]
    public void Names_of_the_body_are_found_in_an_all_capitals_headline()
    {
        IReadOnlyList<string>[] sentences =
        [
            ["TENNIS", "-", "SAMPRAS", "BEATS", "IVANOV", "IN", "NEW", "YORK", "."],
            ["Pete", "Sampras", "beat", "Ivanov", "in", "New", "York", "."],
        ];
        var labels = new[]
        {
            EntityLabels.FromBio(["O", "O", "O", "O", "O", "O", "O", "O", "O"]),
            EntityLabels.FromBio(["B-PER", "I-PER", "O", "O", "O", "B-LOC", "I-LOC", "O"]),
        };

        DocumentConsistency.Apply(sentences, labels);

        Assert.Equal(["O", "O", "B-PER", "O", "O", "O", "B-LOC", "I-LOC", "O"], labels[0].Select(EntityLabels.BioTag));
    }

    [Fact]
    public void A_name_that_stops_short_of_the_words_it_runs_on_into_elsewhere_takes_them_in()
    {
        IReadOnlyList<string>[] sentences =
        [
            ["Doris", "Day", "was", "an", "actress", "."],
            ["She", "hosted", "The", "Doris", "Day", "Show", "."],
            ["Doris", "sang", "on", "Day", "One", "."],
        ];
        var labels = new[]
        {
            EntityLabels.FromBio(["B-PER", "I-PER", "O", "O", "O", "O"]),
            EntityLabels.FromBio(["O", "O", "O", "B-PER", "O", "O", "O"]),
            EntityLabels.FromBio(["B-PER", "O", "O", "O", "O", "O"]),
        };

        DocumentConsistency.Apply(sentences, labels);

        Assert.Equal(["O", "O", "O", "B-PER", "I-PER", "O", "O"], labels[1].Select(EntityLabels.BioTag));
        Assert.Equal(["B-PER", "O", "O", "O", "O", "O"], labels[2].Select(EntityLabels.BioTag));
    }

    [Fact]
    public void A_first_name_left_untagged_before_a_surname_the_document_tags_as_a_person_is_the_person_in_full()
    {
        IReadOnlyList<string>[] sentences =
        [
            ["As", "coauthor", "Colette", "Heald", "told", "the", "paper", "."],
            ["Heald", "said", "so", "."],
            ["\"", "If", "Heald", "is", "right", "."],
        ];
        var labels = new[]
        {
            EntityLabels.FromBio(["O", "O", "O", "O", "O", "O", "O", "O"]),
            EntityLabels.FromBio(["B-PER", "O", "O", "O"]),
            EntityLabels.FromBio(["O", "O", "O", "O", "O", "O"]),
        };

        DocumentConsistency.Apply(sentences, labels);

        Assert.Equal(["O", "O", "B-PER", "I-PER", "O", "O", "O", "O"], labels[0].Select(EntityLabels.BioTag));
        Assert.Equal(["O", "O", "O", "O", "O", "O"], labels[2].Select(EntityLabels.BioTag));
    }

    [Fact]
    public void A_one_word_name_of_an_all_capitals_headline_that_is_the_surname_of_a_person_of_the_text_is_that_person()
    {
        IReadOnlyList<string>[] sentences =
        [
            ["NETANYAHU", "MEETS", "ARAFAT", "IN", "GAZA", "."],
            ["Netanyahu", "met", "Yasser", "Arafat", "in", "Gaza", "."],
        ];
        IReadOnlyList<string>[] restored = [["Netanyahu", "meets", "Arafat", "in", "Gaza", "."], sentences[1]];
        var labels = new[]
        {
            EntityLabels.FromBio(["B-PER", "O", "B-ORG", "O", "B-LOC", "O"]),
            EntityLabels.FromBio(["B-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
        };

        DocumentConsistency.ApplyToAllCapitalSentences(sentences, restored, labels);

        Assert.Equal(["B-PER", "O", "B-PER", "O", "B-LOC", "O"], labels[0].Select(EntityLabels.BioTag));
    }

    [Fact]
    public void A_name_of_an_all_capitals_headline_takes_the_one_type_the_text_gives_it_but_a_nationality_stays()
    {
        IReadOnlyList<string>[] sentences =
        [
            ["WOODBRIDGE", "UPSET", "IN", "GRAND", "SLAM", "CUP", "BY", "ILOCANO", "."],
            ["Woodbridge", "lost", "in", "the", "Grand", "Slam", "Cup", "to", "Ilocano", "."],
        ];
        IReadOnlyList<string>[] restored = [["Woodbridge", "upset", "in", "Grand", "Slam", "Cup", "by", "Ilocano", "."], sentences[1]];
        var labels = new[]
        {
            EntityLabels.FromBio(["B-PER", "O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "B-MISC", "O"]),
            EntityLabels.FromBio(["B-PER", "O", "O", "O", "B-EVENT", "I-EVENT", "I-EVENT", "O", "B-PER", "O"]),
        };

        DocumentConsistency.ApplyToAllCapitalSentences(sentences, restored, labels);

        Assert.Equal(["B-PER", "O", "O", "B-EVENT", "I-EVENT", "I-EVENT", "O", "B-MISC", "O"], labels[0].Select(EntityLabels.BioTag));
    }

    [Fact]
    public void A_name_written_both_ways_in_the_document_counts_once_for_an_all_capitals_headline()
    {
        IReadOnlyList<string>[] sentences =
        [
            ["BONN", "1996-08-28"],
            ["GERMANY", "SAYS", "BONN", "TALKS", "WILL", "GO", "ON", "."],
            ["Officials", "in", "Bonn", "said", "the", "talks", "would", "go", "on", "."],
        ];
        var labels = new[]
        {
            EntityLabels.FromBio(["B-LOC", "O"]),
            EntityLabels.FromBio(["B-LOC", "O", "O", "O", "O", "O", "O", "O"]),
            EntityLabels.FromBio(["O", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "O"]),
        };

        DocumentConsistency.Apply(sentences, labels);

        Assert.Equal("B-LOC", EntityLabels.BioTag(labels[1][2]));
    }
}
