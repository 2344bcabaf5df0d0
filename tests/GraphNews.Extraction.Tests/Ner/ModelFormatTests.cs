using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class ModelFormatTests
{
    [Fact]
    public void TrainedModelTagsItsTrainingData()
    {
        var model = NerTestSupport.TrainTiny();
        var tagger = new PerceptronNerTagger(model, documentConsistency: false);

        var tags = tagger.Tag([["John", "Smith", "works", "for", "the", "United", "Nations", "in", "New", "York", "."]]);

        Assert.Equal(["B-PER", "I-PER", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O"], tags[0]);
    }

    [Theory]
    [InlineData(DomainFeatures.GoldTarget)]
    [InlineData(DomainFeatures.SilverApart)]
    public void DomainCopiesTrainButAreNoFeaturesOfTheModel(DomainFeatures domains)
    {
        var shared = NerTestSupport.TrainTiny();
        var adapted = NerTestSupport.TrainTiny(domains: domains);

        Assert.Equal(shared.FeatureKeys.Order(), adapted.FeatureKeys.Order());
        Assert.NotEqual(shared.Weights, adapted.Weights);
        var tags = new PerceptronNerTagger(adapted, documentConsistency: false).Tag([["John", "Smith", "works", "for", "the", "United", "Nations", "in", "New", "York", "."]]);
        Assert.Equal(["B-PER", "I-PER", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O"], tags[0]);
    }

    [Fact]
    public void SavedModelLoadsWithTheSameWeightsAndPredictions()
    {
        var model = NerTestSupport.TrainTiny();
        using var stream = new MemoryStream();
        NerModelFormat.Save(model, stream);
        stream.Position = 0;

        var loaded = NerModelFormat.Load(stream);

        Assert.Equal(model.FeatureKeys.Count, loaded.FeatureKeys.Count);
        var scale = model.Weights.Max(Math.Abs) / short.MaxValue;
        for (var i = 0; i < model.Weights.Length; i++)
        {
            Assert.InRange(loaded.Weights[i] - model.Weights[i], -scale, scale);
        }

        Assert.Equal(model.Transitions, loaded.Transitions);
        Assert.Equal(model.Extractor.Names.Count, loaded.Extractor.Names.Count);
        Assert.Equal(model.Extractor.Casing.Count, loaded.Extractor.Casing.Count);
        Assert.Equal(model.Extractor.Knowledge.Phrases, loaded.Extractor.Knowledge.Phrases);
        Assert.Equal(model.Extractor.Knowledge.CueWords, loaded.Extractor.Knowledge.CueWords);
        var sentences = NerTestSupport.TinyCorpus().SelectMany(d => d.Sentences).Select(s => (IReadOnlyList<string>)s.Tokens).ToList();
        Assert.Equal(new PerceptronNerTagger(model).Tag(sentences), new PerceptronNerTagger(loaded).Tag(sentences));
    }

    [Fact]
    public void TrainingIsDeterministicForASeed()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        NerModelFormat.Save(NerTestSupport.TrainTiny(), first);
        NerModelFormat.Save(NerTestSupport.TrainTiny(), second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void AveragingSeveralOrdersIsDeterministicChangesTheWeightsAndStillLearnsTheData()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        using var single = new MemoryStream();
        var averaged = NerTestSupport.TrainTiny(orders: 3);
        NerModelFormat.Save(averaged, first);
        NerModelFormat.Save(NerTestSupport.TrainTiny(orders: 3), second);
        NerModelFormat.Save(NerTestSupport.TrainTiny(orders: 1), single);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.NotEqual(first.ToArray(), single.ToArray());
        var corpus = NerTestSupport.TinyCorpus().SelectMany(d => d.Sentences).ToList();
        var tags = new PerceptronNerTagger(averaged).Tag(corpus.Select(s => (IReadOnlyList<string>)s.Tokens).ToList());
        Assert.Equal(corpus.Select(s => s.Tags.ToArray()), tags);
    }

    [Fact]
    public void AModelWithEmbeddingClustersRoundTripsAndOneWithoutKeepsTheOlderVersion()
    {
        var embedded = WordClusters.Read(new StringReader("siemens\t0110\nparis\t101\nnations\t0111\n"), "test");
        var model = NerTestSupport.TrainTiny(embeddingClusters: embedded);
        using var stream = new MemoryStream();
        NerModelFormat.Save(model, stream);
        using var plain = new MemoryStream();
        NerModelFormat.Save(NerTestSupport.TrainTiny(), plain);
        stream.Position = 0;

        var loaded = NerModelFormat.Load(stream);

        Assert.Equal(NerModelFormat.Version, BitConverter.ToInt32(stream.ToArray(), 4));
        Assert.Equal(NerModelFormat.VersionWithoutEmbeddingClusters, BitConverter.ToInt32(plain.ToArray(), 4));
        Assert.Equal(embedded.Entries.OrderBy(e => e.Key), loaded.Extractor.EmbeddingClusters.Entries.OrderBy(e => e.Key));
        Assert.NotEqual(model.FeatureKeys, NerTestSupport.TrainTiny().FeatureKeys);
        var sentences = NerTestSupport.TinyCorpus().SelectMany(d => d.Sentences).Select(s => (IReadOnlyList<string>)s.Tokens).ToList();
        Assert.Equal(new PerceptronNerTagger(model).Tag(sentences), new PerceptronNerTagger(loaded).Tag(sentences));
        plain.Position = 0;
        Assert.Equal(0, NerModelFormat.Load(plain).Extractor.EmbeddingClusters.Count);
    }

    [Fact]
    public void ForeignOrDamagedFilesAreRejectedWithAClearError()
    {
        var model = NerTestSupport.TrainTiny();
        using var stream = new MemoryStream();
        NerModelFormat.Save(model, stream);
        var bytes = stream.ToArray();

        var foreign = Assert.Throws<InvalidDataException>(() => NerModelFormat.Load(new MemoryStream("not a model at all"u8.ToArray())));
        Assert.Contains("magic", foreign.Message, StringComparison.Ordinal);

        var newer = (byte[])bytes.Clone();
        newer[4] = 99;
        Assert.Contains("version", Assert.Throws<InvalidDataException>(() => NerModelFormat.Load(new MemoryStream(newer))).Message, StringComparison.Ordinal);

        Assert.Throws<InvalidDataException>(() => NerModelFormat.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
    }
}
