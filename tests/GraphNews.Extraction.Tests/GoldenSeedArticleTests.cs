using GraphNews.Domain;

namespace GraphNews.Extraction.Tests;

/// <summary>
/// The seed article (samples/trump-putin-ukraine.txt, published 2025-02-09) checked item by item against
/// the expected graph (golden file trump-putin-ukraine.md): every must entity and relationship, none of the must-nots,
/// with the extractor users run (gazetteer, rules and the statistical NER model).
/// </summary>
public sealed class GoldenSeedArticleTests
{
    private static readonly Lazy<ArticleGraph> Graph = new(() =>
    {
        var lines = File.ReadAllText(Path.Combine(TestSupport.RepoRoot(), "samples", "trump-putin-ukraine.txt")).Split('\n', 2);
        return TestSupport.ProductionExtractor.Extract(new Article { Id = "seed", Title = lines[0].Trim(), Text = lines[1], Published = new DateOnly(2025, 2, 9) });
    });

    private static ArticleGraph G => Graph.Value;

    [Theory]
    [InlineData(EntityLabel.Person, "Donald Trump", "Trump")]
    [InlineData(EntityLabel.Person, "Vladimir Putin", "Putin")]
    [InlineData(EntityLabel.Person, "Volodymyr Zelenskyy", "Zelenskyy")]
    [InlineData(EntityLabel.Person, "Dmitry Peskov", null)]
    [InlineData(EntityLabel.Person, "Keith Kellogg", "Kellogg")]
    [InlineData(EntityLabel.Person, "Ali Khamenei", null)]
    [InlineData(EntityLabel.Country, "United States", "U.S.")]
    [InlineData(EntityLabel.Country, "Russia", "Moscow")]
    [InlineData(EntityLabel.Country, "Ukraine", "Kyiv")]
    [InlineData(EntityLabel.Country, "Iran", "Iranian")]
    [InlineData(EntityLabel.Organization, "New York Post", null)]
    [InlineData(EntityLabel.Event, "Munich Security Conference", null)]
    public void Must_entity(EntityLabel label, string name, string? alias)
    {
        var entity = Assert.Single(G.Entities, e => e.Name == name);
        Assert.Equal(label, entity.Label);
        if (alias is not null)
        {
            Assert.Contains(alias, entity.Aliases);
        }
    }

    [Theory]
    [InlineData(EntityLabel.Organization, "Kremlin")]
    [InlineData(EntityLabel.Organization, "White House")]
    [InlineData(EntityLabel.Location, "Washington")]
    [InlineData(EntityLabel.Location, "Munich")]
    public void Should_entity(EntityLabel label, string name)
    {
        Assert.Contains(G.Entities, e => e.Name == name && e.Label == label);
    }

    [Fact]
    public void Must_1_Trump_spoke_with_Putin_asserted_about_Ukraine()
    {
        var relation = Assert.Single(G.Relations("SPOKE_WITH", "Donald Trump", "Vladimir Putin"), r => r.Modality == Modality.Asserted);
        Assert.Contains("country:ukraine", relation.Topics);
        Assert.Contains(relation.Evidence, e => e.Sentence.Contains("he has spoken with Russian President Vladimir Putin", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Russia")]
    [InlineData("Ukraine")]
    public void Must_2_3_Kellogg_is_envoy_to(string country)
    {
        G.Single("ENVOY_TO", "Keith Kellogg", country);
    }

    [Fact]
    public void Must_4_Khamenei_rebuffed_the_United_States()
    {
        Assert.Equal(Modality.Asserted, G.Single("REBUFFED", "Ali Khamenei", "United States").Modality);
    }

    [Fact]
    public void Must_5_Kellogg_meets_Zelenskyy_at_Munich_planned_on_February_14()
    {
        var meeting = G.Single("MET_WITH", "Keith Kellogg", "Volodymyr Zelenskyy");
        Assert.Equal(Modality.Planned, meeting.Modality);
        Assert.Equal(new DateOnly(2025, 2, 14), meeting.Date);
    }

    [Fact]
    public void Must_6_Trump_meets_Zelenskyy_is_potential()
    {
        var meeting = G.Single("MET_WITH", "Donald Trump", "Volodymyr Zelenskyy");
        Assert.Equal(Modality.Potential, meeting.Modality);
        Assert.NotNull(meeting.Date);
    }

    [Fact]
    public void Must_7_Peskov_speaks_for_the_Kremlin()
    {
        G.Single("SPOKESPERSON_FOR", "Dmitry Peskov", "Kremlin");
    }

    [Theory]
    [InlineData("Donald Trump", "United States", "President")]
    [InlineData("Vladimir Putin", "Russia", "President")]
    [InlineData("Volodymyr Zelenskyy", "Ukraine", "President")]
    [InlineData("Ali Khamenei", "Iran", "Supreme Leader")]
    public void Must_8_leaders_with_their_role(string person, string country, string role)
    {
        Assert.Equal(role, G.Single("LEADS", person, country).Role);
    }

    [Fact]
    public void Should_Kellogg_works_for_the_White_House()
    {
        G.Single("WORKS_FOR", "Keith Kellogg", "White House");
    }

    [Theory]
    [InlineData("Donald Trump", "Volodymyr Zelenskyy")]
    [InlineData("Vladimir Putin", "Volodymyr Zelenskyy")]
    [InlineData("Russia", "Ukraine")]
    public void Must_not_asserted_contact_between(string a, string b)
    {
        Assert.DoesNotContain(G.Relations, r => r.Type is "SPOKE_WITH" or "MET_WITH" or "NEGOTIATED_WITH" && r.Modality == Modality.Asserted
            && new[] { G.NameOf(r.Source), G.NameOf(r.Target) }.OrderBy(x => x).SequenceEqual(new[] { a, b }.OrderBy(x => x)));
    }

    [Fact]
    public void Must_not_asserted_interaction_between_Khamenei_and_the_United_States_other_than_the_rebuff()
    {
        Assert.DoesNotContain(G.Relations, r => r.Type != "REBUFFED" && r.Modality == Modality.Asserted
            && new[] { G.NameOf(r.Source), G.NameOf(r.Target) }.OrderBy(x => x).SequenceEqual(["Ali Khamenei", "United States"]));
    }

    [Fact]
    public void Must_not_person_for_a_country_demonym_or_city()
    {
        Assert.DoesNotContain(G.Entities, e => e.Label == EntityLabel.Person && e.Name is "Russian" or "Moscow" or "Kremlin" or "Ukrainian" or "Kyiv" or "Iranian" or "Washington");
    }

    [Fact]
    public void Must_not_duplicate_entities_for_aliases()
    {
        Assert.Single(G.Entities, e => e.Name.Contains("Trump", StringComparison.Ordinal));
        Assert.Single(G.Entities, e => e.Name.Contains("Zelensk", StringComparison.Ordinal));
        Assert.Single(G.Entities, e => e.Label == EntityLabel.Country && e.Name == "United States");
        Assert.Equal(G.Entities.Count, G.Entities.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Evidence_offsets_point_at_the_sentence_in_the_article_text()
    {
        Assert.All(G.Relations.SelectMany(r => r.Evidence), e => Assert.Equal(e.Sentence, G.Article.Text[e.Start..e.End]));
    }
}
