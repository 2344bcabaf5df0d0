using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class ScorecardsTests
{
    private static readonly Scorecards Scorecards = new(NewsExtractor.Knowledge.Words);

    private static string[] Apply(string line, string[] tags)
    {
        var copy = tags.ToArray();
        Scorecards.Apply(line.Split(' '), copy);
        return copy;
    }

    [Fact]
    public void The_names_of_a_batting_line_are_people_split_at_the_dismissal()
    {
        Assert.Equal(
            ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O"],
            Apply("M. Atherton c Moin Khan b Wasim Akram 12", ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]));
        Assert.Equal(
            ["B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O"],
            Apply("N. Hussain lbw b Mushtaq Ahmed 8", ["B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O", "O", "O"], Apply("Saeed Anwar not out 67*", ["B-PER", "I-PER", "O", "O", "O"]));
        Assert.Equal(
            ["B-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER", "O"],
            Apply("Aravinda de Silva b Waqar Younis 44", ["B-PER", "O", "B-PER", "O", "B-PER", "I-PER", "O"]));
    }

    [Theory]
    [InlineData("Extras ( b-4 lb-6 nb-2 ) 12")]
    [InlineData("Smith said he scored 12")]
    [InlineData("Group C 3")]
    [InlineData("England first innings")]
    public void Other_lines_are_left_alone(string line)
    {
        var tags = line.Split(' ').Select((_, i) => i == 0 ? "B-ORG" : "O").ToArray();

        Assert.Equal(tags, Apply(line, tags));
    }
}
