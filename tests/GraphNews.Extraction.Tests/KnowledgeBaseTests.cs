using GraphNews.Domain;

namespace GraphNews.Extraction.Tests;

public sealed class KnowledgeBaseTests
{
    private static readonly Extraction.KnowledgeBase.Knowledge Knowledge = NewsExtractor.Knowledge;

    [Fact]
    public void Holds_all_sovereign_countries()
    {
        Assert.InRange(Knowledge.Entities.All.Count(e => e.Label == EntityLabel.Country), 190, 200);
    }

    [Theory]
    [InlineData("US", "country:united-states")]
    [InlineData("U.S.", "country:united-states")]
    [InlineData("America", "country:united-states")]
    [InlineData("Britain", "country:united-kingdom")]
    [InlineData("Ukrainian", "country:ukraine")]
    [InlineData("Kiev", "location:kyiv")]
    [InlineData("NATO", "organization:north-atlantic-treaty-organization")]
    [InlineData("IAEA", "organization:international-atomic-energy-agency")]
    [InlineData("Kremlin", "organization:kremlin")]
    [InlineData("Organisation for Security and Cooperation in Europe", "organization:organization-for-security-and-co-operation-in-europe")]
    [InlineData("Organization for Security and Cooperation in Europe", "organization:organization-for-security-and-co-operation-in-europe")]
    [InlineData("North Atlantic Treaty Organisation", "organization:north-atlantic-treaty-organization")]
    public void Knows_common_names_abbreviations_and_demonyms(string surface, string id)
    {
        var tokens = Knowledge.Tokenizer.Tokenize(surface).Select(s => surface[s.Start..s.End]).ToList();

        var match = Knowledge.Entities.Gazetteer.Match(tokens, 0, tokens.Count);

        Assert.NotNull(match);
        Assert.Equal(id, match.Values[0].Entity.Id);
    }

    [Fact]
    public void Former_names_of_countries_are_those_countries_and_former_states_are_places_that_field_teams()
    {
        Assert.Equal("country:democratic-republic-of-the-congo", Knowledge.Entities.Gazetteer.Match(["Zaire"], 0, 1)!.Values[0].Entity.Id);
        Assert.Equal("country:samoa", Knowledge.Entities.Gazetteer.Match(["Western", "Samoa"], 0, 2)!.Values[0].Entity.Id);
        var soviet = Knowledge.Entities.Gazetteer.Match(["Soviet", "Union"], 0, 2)!.Values[0];
        Assert.Equal((EntityLabel.Location, true, false), (soviet.Entity.Label, soviet.Entity.IsNation, soviet.Entity.IsModelFeature));
    }

    [Fact]
    public void Parties_and_armed_groups_of_older_news_are_known_by_their_short_names()
    {
        Assert.Equal("Sinn Féin", Knowledge.Entities.Gazetteer.Match(["Sinn", "Fein"], 0, 2)!.Values[0].Entity.Name);
        Assert.Equal("Liberation Tigers of Tamil Eelam", Knowledge.Entities.Gazetteer.Match(["Tamil", "Tigers"], 0, 2)!.Values[0].Entity.Name);
        Assert.Null(Knowledge.Entities.Gazetteer.Match(["ETA"], 0, 1));
    }

    [Fact]
    public void Demonyms_the_model_was_trained_without_are_known_but_no_model_feature()
    {
        var dutchman = Knowledge.Entities.Gazetteer.Match(["Dutchman"], 0, 1);
        var dutch = Knowledge.Entities.Gazetteer.Match(["Dutch"], 0, 1);

        Assert.Equal(("country:netherlands", false), (dutchman!.Values[0].Entity.Id, dutchman.Values[0].IsModelFeature));
        Assert.True(dutch!.Values[0].IsModelFeature);
    }

    [Fact]
    public void Given_names_of_the_rules_only_list_are_given_names_but_not_first_names_the_model_knows()
    {
        Assert.Equal('m', Knowledge.GivenNames["Cedric"]);
        Assert.False(Knowledge.FirstNames.ContainsKey("Cedric"));
        Assert.True(Knowledge.GivenNames.ContainsKey("Donald"));
        Assert.False(Knowledge.GivenNames.ContainsKey("Georgia"));
        Assert.False(Knowledge.GivenNames.ContainsKey("Rose"));
    }

    [Fact]
    public void Ambiguous_demonyms_are_dropped_rather_than_guessed()
    {
        Assert.Null(Knowledge.Entities.Gazetteer.Match(["Congolese"], 0, 1));
    }

    [Theory]
    [InlineData("Zelenskyy", "Zelenskiy")]
    [InlineData("Zelensky", "Zelenskyi")]
    [InlineData("Dmitry", "Dmitri")]
    [InlineData("Sergei", "Sergey")]
    [InlineData("Aleksandr", "Alexander")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Esmaeil", "Esmail")]
    public void Transliteration_variants_share_a_key(string a, string b)
    {
        Assert.Equal(Knowledge.NameKeys.WordKey(a), Knowledge.NameKeys.WordKey(b));
    }

    [Theory]
    [InlineData("Muammar el-Qaddafi", "muammar qaddafy")]
    [InlineData("Bashar al Assad", "bashar assad")]
    [InlineData("Ibrahim El Bakraoui", "ibrahim bakraui")]
    [InlineData("Al Gore", "gore")]
    [InlineData("Hassan El", "hassan el")]
    [InlineData("Donald Trump", "donald trump")]
    public void Articles_before_family_names_are_left_out_of_the_key_that_matches_spellings(string name, string key)
    {
        Assert.Equal(key, Knowledge.NameKeys.WithoutParticles(Knowledge.NameKeys.NameKey(name)));
    }

    [Theory]
    [InlineData("Muammar el-Qaddafi", "muammar qaddafy")]
    [InlineData("al-Eryani", "eryany")]
    [InlineData("Bashar al Assad", "bashar assad")]
    [InlineData("Ibrahim El Bakraoui", "ibrahim el bakraui")]
    [InlineData("Al Gore", "al gore")]
    public void A_persons_id_key_leaves_out_an_article_written_as_one_but_not_a_capitalised_name_word(string name, string key)
    {
        Assert.Equal(key, Knowledge.NameKeys.IdKey(name));
    }

    [Theory]
    [InlineData("Jeremy \"Spike\" Cohen", "jeremy spike cohen")]
    [InlineData("Jeremy “Spike” Cohen", "jeremy spike cohen")]
    public void A_nickname_in_quotes_is_keyed_without_them(string name, string key)
    {
        Assert.Equal(key, Knowledge.NameKeys.NameKey(name));
    }

    [Fact]
    public void Every_later_spelling_belongs_to_an_entity_of_the_knowledge_base()
    {
        var rows = Extraction.KnowledgeBase.DataFiles.ReadTsv("spellings.tsv");

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.True(Knowledge.Entities.FindByName(row[0]) is { } known && known.Name == row[0], row[0]));
    }

    [Theory]
    [InlineData("Leo XIV was elected in May. Leo XIV spoke in Rome.", "person:pope-leo-xiv")]
    [InlineData("The Islamic Revolutionary Guards Corps fired missiles.", "organization:islamic-revolutionary-guard-corps")]
    public void A_later_spelling_links_to_its_known_entity(string text, string id)
    {
        Assert.Contains(TestSupport.ProductionExtractor.Extract(TestSupport.Article(text)).Entities, e => e.Id == id);
    }

    [Fact]
    public void Every_relation_named_by_a_role_exists_in_the_ontology()
    {
        var rows = Extraction.KnowledgeBase.DataFiles.ReadTsv("roles.tsv");

        Assert.All(rows.SelectMany(r => new[] { r.Length > 1 ? r[1] : "", r.Length > 2 ? r[2] : "" }).Where(x => x.Length > 0),
            type => Assert.True(RelationOntology.Default.Contains(type), type));
    }
}
