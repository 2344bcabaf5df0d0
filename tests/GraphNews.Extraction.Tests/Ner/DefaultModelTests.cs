using System.Text;
using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

/// <summary>The committed model: quality floors on held-out dev data, sensible news tagging, robustness.</summary>
public sealed class DefaultModelTests
{
    private static readonly PerceptronNerTagger Tagger = PerceptronNerTagger.LoadDefault();

    [Theory]
    [InlineData("gum-dev.conll", 0.65)]
    [InlineData("wikigold-dev.conll", 0.60)]
    public void ReachesTheQualityFloorOnDevData(string file, double floor)
    {
        var documents = ConllReader.ReadFile(NerTestSupport.DataFile(file));

        var score = NerScore.Evaluate(Tagger, documents);

        Assert.True(score.Micro.F1 >= floor, $"micro-F1 PER/LOC/ORG on {file} is {score.Micro.F1:F3}, below the floor {floor}");
    }

    [Fact]
    public void FindsUnknownPeopleAndKnownPlacesInNewsText()
    {
        var tags = Tag("Prime Minister Zoltan Kerekovics met Ursula von der Leyen in Brussels on Tuesday , the European Commission said .");

        Assert.Equal("B-PER", tags["Zoltan"]);
        Assert.Equal("I-PER", tags["Kerekovics"]);
        Assert.Equal("O", tags["Prime"]);
        Assert.Equal("B-LOC", tags["Brussels"]);
        Assert.Equal("O", tags["Tuesday"]);
        Assert.Equal("I-ORG", tags["Commission"]);
    }

    [Fact]
    public void TagsCountriesAsPlacesAndDemonymsAsMisc()
    {
        var tags = Tag("Russian troops crossed into Ukraine , and President Vladimir Putin spoke in Moscow .");

        Assert.Equal("B-MISC", tags["Russian"]);
        Assert.Equal("B-LOC", tags["Ukraine"]);
        Assert.Equal("B-LOC", tags["Moscow"]);
        Assert.Equal("O", tags["President"]);
        Assert.Equal("B-PER", tags["Vladimir"]);
        Assert.Equal("I-PER", tags["Putin"]);
    }

    [Fact]
    public void CopesWithAllCapsHeadlines()
    {
        var tags = Tag("PUTIN MEETS TRUMP IN ALASKA");

        Assert.Equal("B-PER", tags["PUTIN"]);
        Assert.Equal("B-LOC", tags["ALASKA"]);
        Assert.Equal("O", tags["MEETS"]);
    }

    [Fact]
    public void EmptyInputGivesEmptyOutput()
    {
        Assert.Empty(Tagger.Tag([]));
        Assert.Equal([[]], Tagger.Tag([[]]));
        var output = new StringWriter();
        new ConllTagging(Tagger).Run(new StringReader(string.Empty), output);
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void GarbageAndMixedScriptsGetOneTagPerToken()
    {
        var random = new Random(7);
        var garbage = new List<IReadOnlyList<string>>();
        for (var s = 0; s < 200; s++)
        {
            garbage.Add(Enumerable.Range(0, random.Next(1, 40)).Select(_ => RandomToken(random)).ToArray());
        }

        garbage.Add(["Владимир", "Путин", "met", "習近平", "in", "北京", "and", "محمد", "😀", "\0", "\uFFFF", string.Empty]);

        var tags = Tagger.Tag(garbage);

        Assert.Equal(garbage.Count, tags.Count);
        for (var s = 0; s < garbage.Count; s++)
        {
            Assert.Equal(garbage[s].Count, tags[s].Length);
            Assert.All(tags[s], t => Assert.Matches("^(O|[BI]-(PER|LOC|ORG|EVENT|MISC))$", t));
        }
    }

    [Fact]
    public void TenMegabytesOfTextStreamThroughTheNerFormat()
    {
        var input = new StringBuilder();
        var random = new Random(11);
        string[] words = ["The", "president", "of", "France", "said", "on", "Monday", "that", "Siemens", "will", "invest", ".", "Obama", "в", "Москве"];
        while (input.Length < 10_000_000)
        {
            input.Append(words[random.Next(words.Length)]).Append('\n');
            if (random.Next(30) == 0)
            {
                input.Append('\n');
            }
        }

        var tokenLines = input.ToString().Split('\n').Count(l => l.Length > 0);
        var output = new CountingWriter();

        var counts = new ConllTagging(Tagger).Run(new StringReader(input.ToString()), output);

        Assert.Equal(tokenLines, counts.Tokens);
        Assert.Equal(tokenLines, output.TaggedLines);
    }

    [Fact]
    public void OneHugeSentenceWithoutBreaksIsStillTagged()
    {
        var sentence = Enumerable.Range(0, 50_000).Select(i => i % 7 == 0 ? "Obama" : "said").ToArray();

        var tags = Tagger.Tag([sentence]);

        Assert.Equal(sentence.Length, tags[0].Length);
        Assert.Equal("B-PER", tags[0][0]);
    }

    [Fact]
    public void SafeToCallFromSeveralThreadsAtOnce()
    {
        IReadOnlyList<string>[] document = [["Angela", "Merkel", "visited", "Paris", "."], ["Siemens", "opened", "a", "plant", "in", "Texas", "."]];
        var expected = Tagger.Tag(document);

        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(4).Select(_ => Tagger.Tag(document)).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static Dictionary<string, string> Tag(string sentence)
    {
        var tokens = sentence.Split(' ');
        var tags = Tagger.Tag([tokens])[0];
        var byToken = new Dictionary<string, string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            byToken[tokens[i]] = tags[i];
        }

        return byToken;
    }

    private static string RandomToken(Random random)
    {
        var chars = new char[random.Next(1, 12)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0xFFFF);
        }

        return new string(chars);
    }

    private sealed class CountingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public int TaggedLines { get; private set; }

        public override void Write(char value) => TaggedLines += value == '\t' ? 1 : 0;

        public override void Write(string? value)
        {
        }
    }
}
