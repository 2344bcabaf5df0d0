using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class FeatureTests
{
    [Fact]
    public void LowerHashIgnoresCaseButExactHashDoesNot()
    {
        Assert.Equal(FeatureHash.Lower("Obama"), FeatureHash.Lower("OBAMA"));
        Assert.NotEqual(FeatureHash.Exact("Obama"), FeatureHash.Exact("OBAMA"));
        Assert.NotEqual(FeatureHash.Lower("ab"), FeatureHash.Lower("ba"));
    }

    [Fact]
    public void ShapesCollapseRunsOfTheSameClass()
    {
        Assert.Equal(FeatureHash.Shape("U.S."), FeatureHash.Shape("E.U."));
        Assert.Equal(FeatureHash.Shape("Obama"), FeatureHash.Shape("Li"));
        Assert.NotEqual(FeatureHash.Shape("Obama"), FeatureHash.Shape("obama"));
        Assert.Equal(FeatureHash.Shape("1990"), FeatureHash.Shape("7"));
    }

    [Fact]
    public void CaseClassesAndRecasing()
    {
        Assert.Equal(CaseClass.Title, CasingLexicon.Classify("Paris"));
        Assert.Equal(CaseClass.Upper, CasingLexicon.Classify("NATO"));
        Assert.Equal(CaseClass.Mixed, CasingLexicon.Classify("McDonald"));
        Assert.Equal(CaseClass.NoLetters, CasingLexicon.Classify("1990"));
        Assert.Equal("Obama", CasingLexicon.Apply("OBAMA", CaseClass.Title));
        Assert.True(SentenceCasing.IsShouting(["OBAMA", "VISITS", "PARIS", "."]));
        Assert.True(SentenceCasing.IsWhispering(["obama", "visits", "paris", "today"]));
        Assert.False(SentenceCasing.IsShouting(["Obama", "visits", "NATO"]));
    }

    [Fact]
    public void ExtractorFillsEveryTokenWithinTheStride()
    {
        var extractor = new FeatureExtractor(PhraseLexicon.Empty, CasingLexicon.Empty, WordClusters.Empty);
        var buffer = new FeatureBuffer();
        string[] sentence = ["Barack", "Obama", "met", "the", "Secretary-General", "."];

        extractor.Extract(sentence, DocumentContext.Build([sentence]), buffer);

        for (var i = 0; i < sentence.Length; i++)
        {
            Assert.InRange(buffer.Count[i], 10, FeatureExtractor.Stride);
        }

        var first = buffer.KeysOf(0)[..buffer.Count[0]].ToArray();
        var again = new FeatureBuffer();
        extractor.Extract(sentence, DocumentContext.Build([sentence]), again);
        Assert.Equal(first, again.KeysOf(0)[..again.Count[0]].ToArray());
    }

    [Fact]
    public void WordFeaturesKeptApartAreTheSameKeysAndAreLeftOutForAWordMetBefore()
    {
        var extractor = new FeatureExtractor(PhraseLexicon.Empty, CasingLexicon.Empty, WordClusters.Empty);
        string[] sentence = ["Barack", "Obama", "met", "the", "Secretary-General", "in", "the", "city", "."];
        var context = DocumentContext.Build([sentence]);
        var inOrder = new FeatureBuffer();
        extractor.Extract(sentence, context, inOrder);
        var scores = new SeenWords();
        var apart = new FeatureBuffer();

        extractor.Extract(sentence, context, apart, scores);

        for (var i = 0; i < sentence.Length; i++)
        {
            Assert.Equal(-1, apart.Cached[i]);
            Assert.InRange(apart.WordCount[i], 4, FeatureExtractor.WordStride);
            var both = apart.KeysOf(i)[..apart.Count[i]].ToArray().Concat(apart.WordKeysOf(i)[..apart.WordCount[i]].ToArray()).Order();
            Assert.Equal(inOrder.KeysOf(i)[..inOrder.Count[i]].ToArray().Order(), both);
        }

        scores.Add("the", apart.Facts[3], new int[SeenWords.Width]);
        var again = new FeatureBuffer();
        extractor.Extract(sentence, context, again, scores);
        Assert.Equal(scores.Find("the"), again.Cached[3]);
        Assert.Equal(again.Cached[3], again.Cached[6]);
        Assert.Equal(0, again.WordCount[3]);
        Assert.Equal(apart.KeysOf(3)[..apart.Count[3]].ToArray(), again.KeysOf(3)[..again.Count[3]].ToArray());
        Assert.Equal(apart.Facts[3], again.Facts[3]);
        Assert.Equal(apart.Lower[6], again.Lower[6]);
        Assert.Equal(-1, again.Cached[7]);
    }

    [Fact]
    public void SeenWordsKeepTheFirstEntryOfAWordAndEmptyWhenASentenceMightNotFit()
    {
        var scores = new SeenWords();
        var ones = Enumerable.Repeat(1, SeenWords.Width).ToArray();
        scores.Add("said", default, ones);
        scores.Add("said", default, new int[SeenWords.Width]);
        Assert.Equal(ones, scores.Sums(scores.Find("said")).ToArray());

        for (var i = 0; i < SeenWords.Capacity; i++)
        {
            scores.Add("w" + i, default, ones);
        }

        Assert.Equal(-1, scores.Find("w" + (SeenWords.Capacity - 1)));
        scores.MakeRoom(1);
        Assert.Equal(-1, scores.Find("said"));
        scores.Add("said", default, ones);
        Assert.Equal(0, scores.Find("said"));
    }

    [Fact]
    public void NameLexiconMatchesAreFeatures()
    {
        var names = LexiconBuilder.Names([(NerTestSupport.TinyCorpus()[1], 2)]);
        var withNames = new FeatureExtractor(names, CasingLexicon.Empty, WordClusters.Empty);
        var without = new FeatureExtractor(PhraseLexicon.Empty, CasingLexicon.Empty, WordClusters.Empty);
        string[] sentence = ["in", "New", "York"];
        var a = new FeatureBuffer();
        var b = new FeatureBuffer();

        withNames.Extract(sentence, DocumentContext.Build([sentence]), a);
        without.Extract(sentence, DocumentContext.Build([sentence]), b);

        Assert.Equal(b.Count[1] + 1, a.Count[1]);
        Assert.Equal(b.Count[0], a.Count[0]);
    }

    [Fact]
    public void DocumentContextRemembersNeighboursAndRunPositions()
    {
        string[] first = ["The", "Food", "and", "Drug", "Administration", "said", "President", "Barack", "Obama", "agreed", "."];
        string[] second = ["The", "FDA", "thanked", "Obama", "."];

        var context = DocumentContext.Build([first, second]);

        Assert.NotEqual(0, context.Flags(FeatureHash.Lower("Obama")) & DocumentContext.SeenRunLast);
        Assert.Contains(FeatureHash.Lower("barack"), context.PreviousWords(FeatureHash.Lower("Obama")).ToArray());
        Assert.Contains(FeatureHash.Lower("thanked"), context.PreviousWords(FeatureHash.Lower("Obama")).ToArray());
        Assert.Contains(FeatureHash.Lower("said"), context.NextWords(FeatureHash.Lower("Administration")).ToArray());
        Assert.NotEqual(0, context.Flags(FeatureHash.Lower("thanked")) & DocumentContext.SeenLower);
        Assert.False(context.HasCasingEvidence);
    }

    [Fact]
    public void ClusterPrefixesCutTheBitPath()
    {
        const uint path = 0b1_1011_0110;
        Assert.Equal(0b1_1011u, WordClusters.Prefix(path, 4));
        Assert.Equal(path, WordClusters.Prefix(path, 20));
    }
}
