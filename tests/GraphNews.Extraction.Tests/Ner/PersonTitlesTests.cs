using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class PersonTitlesTests
{
    private static readonly PersonTitles Titles = new(new HashSet<string> { "president", "major", "general", "lt.", "gen." });

    private static string[] Trim(string sentence, string[] tags)
    {
        var tokens = sentence.Split(' ');
        var labels = EntityLabels.FromBio(tags);
        Titles.Trim(tokens, labels);
        return EntityLabels.ToBio(labels);
    }

    [Theory]
    [InlineData("co-President", true)]
    [InlineData("ex-President", true)]
    [InlineData("Major-General", true)]
    [InlineData("Lt.-Gen.", true)]
    [InlineData("co-founder", false)]
    [InlineData("co", false)]
    public void Titles_include_hyphenated_compounds_and_prefixes_of_rank(string token, bool isTitle) =>
        Assert.Equal(isTitle, Titles.IsTitle(token));

    [Fact]
    public void Titles_are_cut_from_the_start_and_a_hyphenated_title_from_the_end_of_a_person()
    {
        Assert.Equal(["O", "B-PER", "I-PER", "O"], Trim("President Daniel Ortega spoke", ["B-PER", "I-PER", "I-PER", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O", "O"], Trim("Rosario Murillo co-President .", ["B-PER", "I-PER", "I-PER", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O"], Trim("John Major said", ["B-PER", "I-PER", "O"]));
    }
}
