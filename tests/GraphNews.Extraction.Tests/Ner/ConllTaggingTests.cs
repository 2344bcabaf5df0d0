using GraphNews.Extraction.Ner;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class ConllTaggingTests
{
    [Fact]
    public void CopiesSeparatorLinesAndKeepsEveryToken()
    {
        const string input = "-DOCSTART- -X- O O\n\nAngela NNP B-PER\nMerkel NNP I-PER\nspoke VBD O\n.\n\n# doc: two\nJohn\nSmith\n";
        var output = new StringWriter { NewLine = "\n" };

        var counts = new ConllTagging(new FixedTagger()).Run(new StringReader(input), output);

        var lines = output.ToString().Split('\n');
        Assert.Equal("-DOCSTART- -X- O O", lines[0]);
        Assert.Equal(string.Empty, lines[1]);
        Assert.Equal("Angela\tB-PER", lines[2]);
        Assert.Equal("Merkel\tI-PER", lines[3]);
        Assert.Equal("spoke\tO", lines[4]);
        Assert.Equal(".\tO", lines[5]);
        Assert.Equal(string.Empty, lines[6]);
        Assert.Equal("# doc: two", lines[7]);
        Assert.Equal("John\tB-PER", lines[8]);
        Assert.Equal("Smith\tI-PER", lines[9]);
        Assert.Equal(6, counts.Tokens);
        Assert.Equal(2, counts.Sentences);
    }

    [Fact]
    public void EachDocumentIsTaggedAsAWhole()
    {
        var tagger = new FixedTagger();
        const string input = "# doc: a\nA\n\nB\n\n# doc: b\nC\n";

        new ConllTagging(tagger).Run(new StringReader(input), TextWriter.Null);

        Assert.Equal([2, 1], tagger.DocumentSizes);
    }

    /// <summary>Tags capitalised tokens as a PER span; records how many sentences each call got.</summary>
    private sealed class FixedTagger : INamedEntityTagger
    {
        public List<int> DocumentSizes { get; } = [];

        public IReadOnlyList<string[]> Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
        {
            DocumentSizes.Add(sentences.Count);
            return sentences.Select(s => s.Select((t, i) => char.IsUpper(t[0]) ? (i > 0 && char.IsUpper(s[i - 1][0]) ? "I-PER" : "B-PER") : "O").ToArray()).ToList();
        }
    }
}
