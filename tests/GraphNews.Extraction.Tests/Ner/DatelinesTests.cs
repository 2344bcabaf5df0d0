using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class DatelinesTests
{
    private static string[] Apply(string[] tokens, string[] tags)
    {
        var copy = (string[])tags.Clone();
        Datelines.Apply(tokens, copy);
        return copy;
    }

    [Fact]
    public void Every_name_of_a_dateline_is_a_place()
    {
        Assert.Equal(["B-LOC", "O", "B-LOC", "O"], Apply(["ROSTOCK", ",", "Germany", "1996-08-22"], ["B-PER", "O", "B-LOC", "O"]));
        Assert.Equal(["B-LOC", "I-LOC", "O", "B-LOC", "O", "O"], Apply(["GRAND", "RAPIDS", ",", "Mich", ".", "1996-08-30"], ["B-ORG", "I-ORG", "O", "B-ORG", "O", "O"]));
        Assert.Equal(["B-LOC", "O"], Apply(["KINSHASA", "12/06/1996"], ["B-ORG", "O"]));
    }

    [Fact]
    public void Sentences_that_are_not_datelines_are_left_alone()
    {
        Assert.Equal(["B-PER", "O", "O"], Apply(["Smith", "scored", "1996-08-22"], ["B-PER", "O", "O"]));
        Assert.Equal(["B-ORG", "I-ORG"], Apply(["Acme", "Corp"], ["B-ORG", "I-ORG"]));
        Assert.Equal(["O"], Apply(["1996-08-22"], ["O"]));
    }
}
