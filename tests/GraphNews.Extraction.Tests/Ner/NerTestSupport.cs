using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

internal static class NerTestSupport
{
    public static string DataFile(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GraphNews.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("Cannot find the repository root (GraphNews.sln) above the test binaries.");
        }

        return Path.Combine(directory.FullName, "tests", "GraphNews.Extraction.Tests", "Ner", "Data", name);
    }

    /// <summary>A few tiny documents, enough to train a model that has seen every label.</summary>
    public static List<ConllDocument> TinyCorpus()
    {
        const string text = """
            # doc: a
            Angela	B-PER
            Merkel	I-PER
            visited	O
            Paris	B-LOC
            with	O
            Siemens	B-ORG
            .	O

            The	O
            World	B-EVENT
            Cup	I-EVENT
            drew	O
            German	B-MISC
            fans	O
            .	O

            # doc: b
            John	B-PER
            Smith	I-PER
            works	O
            for	O
            the	O
            United	B-ORG
            Nations	I-ORG
            in	O
            New	B-LOC
            York	I-LOC
            .	O
            """;
        return ConllReader.Read(new StringReader(text), "tiny");
    }

    /// <param name="domains">Unless shared, the first document is silver and the second gold.</param>
    public static NerModel TrainTiny(int orders = 1, WordClusters? embeddingClusters = null, DomainFeatures domains = DomainFeatures.Shared)
    {
        var corpus = TinyCorpus();
        var sources = domains == DomainFeatures.Shared
            ? new List<TrainingSource> { new("tiny", corpus, 1) }
            : [new("silver", corpus[..1], 1), new("gold", corpus[1..], 1, IsGold: true)];
        var options = new TrainingOptions { Epochs = 5, MinimumFeatureCount = 1, LexiconFolds = 2, PruneBelow = 0, Orders = orders, Domains = domains };
        var casing = LexiconBuilder.Casing(TinyCorpus().SelectMany(d => d.Sentences).Select(s => (IReadOnlyList<string>)s.Tokens));
        var knowledge = KnowledgeLexicon.From(NewsExtractor.Knowledge, ["Springfield"]);
        var resources = new NerResources(WordClusters.Empty, casing, new PersonTitles(new HashSet<string> { "president" }), knowledge, embeddingClusters);
        return new PerceptronTrainer(options, TextWriter.Null).Train(sources, resources);
    }
}
