using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class PressDigestsTests
{
    private static IReadOnlyList<string[]> Apply(IReadOnlyList<string[]> sentences)
    {
        var tags = sentences.Select(s => s.Select(t => t is "ROMANIA" ? "B-PER" : t is "LIBERA" ? "I-PER" : "O").ToArray()).ToList();
        new PressDigests(NewsExtractor.Knowledge.Words).Apply(sentences, tags);
        return tags;
    }

    [Fact]
    public void A_line_of_capitals_alone_in_a_press_digest_is_a_newspaper()
    {
        var tags = Apply([
            ["TOP", "STORIES", "IN", "THE", "ROMANIAN", "PRESS"],
            ["BUCHAREST", "1996-11-19"],
            ["ROMANIA", "LIBERA"],
            ["Iliescu", "conceded", "defeat", "."],
            ["ZIUA"],
        ]);

        Assert.Equal(["B-ORG", "I-ORG"], tags[2]);
        Assert.Equal(["B-ORG"], tags[4]);
        Assert.Equal(["O", "O"], tags[1]);
    }

    [Fact]
    public void Outside_a_press_digest_a_line_of_capitals_keeps_its_tags()
    {
        var tags = Apply([
            ["ROMANIA", "VOTES"],
            ["BUCHAREST", "1996-11-19"],
            ["ROMANIA", "LIBERA"],
        ]);

        Assert.Equal(["B-PER", "I-PER"], tags[2]);
    }
}
