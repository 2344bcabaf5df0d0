using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class KnowledgeLexiconTests
{
    private static readonly KnowledgeLexicon Lexicon = KnowledgeLexicon.From(
        NewsExtractor.Knowledge,
        ["Springfield", "Paris", "Santa Rosa", "Harrow"],
        [new(KnowledgeCategory.ListedNaturalFeature, "Drava"), new(KnowledgeCategory.ListedOrganization, "Harrow"), new(KnowledgeCategory.ListedOrganization, "France")]);

    private static ulong HashOf(params string[] words)
    {
        var hash = PhraseLexicon.Start;
        foreach (var word in words)
        {
            hash = PhraseLexicon.Extend(hash, FeatureHash.Lower(word));
        }

        return hash;
    }

    private static KnowledgeCategory? CategoryOf(params string[] words) =>
        Lexicon.Find(HashOf(words), out var type) == PhraseLookup.Match ? (KnowledgeCategory)type : null;

    [Fact]
    public void KnowledgeBaseNamesKeepTheirKind()
    {
        Assert.Equal(KnowledgeCategory.Country, CategoryOf("France"));
        Assert.Equal(KnowledgeCategory.Demonym, CategoryOf("French"));
        Assert.Equal(KnowledgeCategory.Organization, CategoryOf("United", "Nations"));
        Assert.Equal(KnowledgeCategory.Place, CategoryOf("Kharkiv"));
        Assert.Null(CategoryOf("Nations"));
    }

    [Fact]
    public void ListedPlacesAreWeakerThanTheKnowledgeBase()
    {
        Assert.Equal(KnowledgeCategory.ListedPlace, CategoryOf("Springfield"));
        Assert.Equal(KnowledgeCategory.ListedPlace, CategoryOf("santa", "rosa"));
        Assert.Equal(KnowledgeCategory.Place, CategoryOf("Paris"));
    }

    [Fact]
    public void ANameOnSeveralListsCarriesEveryListedKind()
    {
        Assert.Equal(KnowledgeCategory.ListedNaturalFeature, CategoryOf("Drava"));
        Assert.Equal(KnowledgeCategory.ListedPlace | KnowledgeCategory.ListedOrganization, CategoryOf("Harrow"));
        Assert.Equal(KnowledgeCategory.Country, CategoryOf("France"));
    }

    [Fact]
    public void TypedListsAreReadByCategory()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# comment", "", "natural-feature\tDanube", "organization\tEton College ", "structure\tGolden Gate Bridge"]);
            TypedName[] expected =
            [
                new(KnowledgeCategory.ListedNaturalFeature, "Danube"),
                new(KnowledgeCategory.ListedOrganization, "Eton College"),
                new(KnowledgeCategory.ListedStructure, "Golden Gate Bridge"),
            ];

            Assert.Equal(expected, KnowledgeLexicon.ReadTypedList(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("river\tDanube")]
    [InlineData("Danube")]
    [InlineData("place\t ")]
    public void AMalformedTypedListLineIsAClearError(string line)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["place\tParis", line]);
            var error = Assert.Throws<InvalidDataException>(() => KnowledgeLexicon.ReadTypedList(path));
            Assert.Contains(":2:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FirstWordsOfLongerPhrasesAreMarkedSoMatchingCanStopEarly()
    {
        Assert.Equal(PhraseLookup.Prefix, Lexicon.Find(HashOf("Santa"), out _));
        Assert.Equal(PhraseLookup.Absent, Lexicon.Find(HashOf("walked"), out _));
        Assert.Equal(PhraseLookup.Absent, Lexicon.Find(HashOf("Santa", "walked"), out _));
    }

    [Fact]
    public void CueWordsComeFromTheNameLists()
    {
        Assert.True(Lexicon.CueOf(FeatureHash.Lower("Ministry")).HasFlag(CueWord.Organization));
        Assert.True(Lexicon.CueOf(FeatureHash.Lower("province")).HasFlag(CueWord.Location));
        Assert.True(Lexicon.CueOf(FeatureHash.Lower("Hurricane")).HasFlag(CueWord.EventPrefix));
        Assert.True(Lexicon.CueOf(FeatureHash.Lower("Keith")).HasFlag(CueWord.GivenName));
        Assert.Equal(CueWord.None, Lexicon.CueOf(FeatureHash.Lower("walked")));
    }

    [Fact]
    public void List_rows_marked_not_a_model_feature_are_read_by_the_rules_but_not_the_model()
    {
        Assert.True(NewsExtractor.Knowledge.Words.Contains("location-word", "Base"));
        Assert.Equal(CueWord.None, Lexicon.CueOf(FeatureHash.Lower("Base")));
    }

    [Fact]
    public void Knowledge_base_entries_marked_not_a_model_feature_are_linked_but_not_read_by_the_model()
    {
        var group = NewsExtractor.Knowledge.Entities.FindByName("Boko Haram");

        Assert.NotNull(group);
        Assert.False(group.IsModelFeature);
        Assert.Null(CategoryOf("Boko", "Haram"));
        Assert.True(NewsExtractor.Knowledge.Entities.FindByName("Hamas")!.IsModelFeature);
        Assert.Equal(KnowledgeCategory.Organization, CategoryOf("Hamas"));
    }

    [Fact]
    public void The_committed_model_reads_the_knowledge_the_data_files_give_it_today()
    {
        // Rows added after training (not-a-model-feature, spellings.tsv, the rules' lists) must leave the model's features
        // as they were: a namesake of a listed person, for one, would drop that person's surname from them.
        var lexicons = Path.Combine(Path.GetDirectoryName(NerTestSupport.DataFile("x"))!, "..", "..", "..", "..", "src", "GraphNews.Extraction", "Ner", "Lexicons");
        var rebuilt = KnowledgeLexicon.From(
            NewsExtractor.Knowledge,
            KnowledgeLexicon.ReadList(Path.Combine(lexicons, "places.txt")),
            KnowledgeLexicon.ReadTypedList(Path.Combine(lexicons, "wordnet-names.tsv")));
        var committed = PerceptronNerTagger.LoadDefault().Model.Extractor.Knowledge;

        Assert.Equal(committed.Phrases.OrderBy(p => p.Key), rebuilt.Phrases.OrderBy(p => p.Key));
        Assert.Equal(committed.CueWords.OrderBy(p => p.Key), rebuilt.CueWords.OrderBy(p => p.Key));
    }

    [Fact]
    public void Later_spellings_of_a_known_entity_are_linked_but_not_read_by_the_model()
    {
        var corps = NewsExtractor.Knowledge.Entities.FindByName("Islamic Revolutionary Guard Corps")!;

        Assert.Contains("Islamic Revolutionary Guards Corps", corps.Aliases);
        Assert.True(corps.IsModelFeature);
        Assert.Equal(KnowledgeCategory.Organization, CategoryOf("Islamic", "Revolutionary", "Guard", "Corps"));
        Assert.Null(CategoryOf("Islamic", "Revolutionary", "Guards", "Corps"));
        Assert.Null(CategoryOf("Prevost"));
    }

    [Fact]
    public void KnownNamesAddFeatures()
    {
        var with = new FeatureExtractor(PhraseLexicon.Empty, CasingLexicon.Empty, WordClusters.Empty, Lexicon);
        var without = new FeatureExtractor(PhraseLexicon.Empty, CasingLexicon.Empty, WordClusters.Empty);
        string[] sentence = ["she", "flew", "to", "Springfield", "today"];
        var a = new FeatureBuffer();
        var b = new FeatureBuffer();

        with.Extract(sentence, DocumentContext.Build([sentence]), a);
        without.Extract(sentence, DocumentContext.Build([sentence]), b);

        Assert.True(a.Count[3] > b.Count[3]);
        Assert.Equal(b.Count[1], a.Count[1]);
    }

    [Fact]
    public void OfBetweenTwoCapitalisedRunsIsMarked()
    {
        var extractor = new FeatureExtractor(PhraseLexicon.Empty, CasingLexicon.Empty, WordClusters.Empty, Lexicon);
        string[] joined = ["at", "the", "University", "of", "Lagos", "now"];
        string[] plain = ["at", "the", "University", "of", "lagos", "now"];
        var a = new FeatureBuffer();
        var b = new FeatureBuffer();

        extractor.Extract(joined, DocumentContext.Build([joined]), a);
        extractor.Extract(plain, DocumentContext.Build([plain]), b);

        Assert.Equal(b.Count[3] + 1, a.Count[3]);
        Assert.Equal(b.Count[2] + 1, a.Count[2]);
    }
}
