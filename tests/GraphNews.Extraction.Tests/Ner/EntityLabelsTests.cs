using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class EntityLabelsTests
{
    [Fact]
    public void BioToBilouAndBackKeepsTheSpans()
    {
        string[] bio = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "O", "B-ORG"];
        var bilou = EntityLabels.FromBio(bio);

        Assert.Equal(EntityLabels.Of(0, BilouPart.Begin), bilou[0]);
        Assert.Equal(EntityLabels.Of(0, BilouPart.Inside), bilou[1]);
        Assert.Equal(EntityLabels.Of(0, BilouPart.Last), bilou[2]);
        Assert.Equal(EntityLabels.Of(1, BilouPart.Unit), bilou[4]);
        Assert.Equal(EntityLabels.Of(2, BilouPart.Unit), bilou[8]);
        Assert.Equal(bio, EntityLabels.ToBio(bilou));
    }

    [Fact]
    public void StrayInsideTagStartsASpanAndUnknownTypesAreOutside()
    {
        var bilou = EntityLabels.FromBio(["O", "I-ORG", "I-ORG", "B-FOO", "B-PER", "I-LOC"]);

        Assert.Equal(["O", "B-ORG", "I-ORG", "O", "B-PER", "B-LOC"], EntityLabels.ToBio(bilou));
    }

    [Fact]
    public void TransitionsFollowTheEncoding()
    {
        var beginPer = EntityLabels.Of(0, BilouPart.Begin);
        var lastPer = EntityLabels.Of(0, BilouPart.Last);
        var lastLoc = EntityLabels.Of(1, BilouPart.Last);

        Assert.True(EntityLabels.CanFollow(beginPer, lastPer));
        Assert.False(EntityLabels.CanFollow(beginPer, lastLoc));
        Assert.False(EntityLabels.CanFollow(EntityLabels.Outside, lastPer));
        Assert.False(EntityLabels.CanFollow(-1, EntityLabels.Of(0, BilouPart.Inside)));
        Assert.False(EntityLabels.CanEnd(beginPer));
        Assert.True(EntityLabels.CanEnd(lastPer));
    }

    [Fact]
    public void SpanReaderFindsExactSpans()
    {
        var spans = SpanReader.Read(["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "I-LOC"]);

        Assert.Equal([new EntitySpan(0, 2, 0), new EntitySpan(3, 6, 1)], spans);
    }
}
