using GraphNews.Domain;

namespace GraphNews.Stories.Tests;

public sealed class RelatednessScorerTests
{
    [Fact]
    public void The_allocation_free_quick_score_equals_the_explained_score()
    {
        var options = StoryOptions.Default;
        var (_, articles, scorer) = Indexed(options,
            Graphs.Article("talks-1", "2025-01-12", "Ana Ruiz meets Bo Chen in Lima", "Ana Ruiz met Bo Chen in Lima to discuss the border.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima", "Country:United States"], ("MET_WITH", "Ana Ruiz", "Bo Chen", [])),
            Graphs.Article("talks-2", "2025-01-13", "Ruiz and Chen talk border in Lima", "In Lima, Bo Chen and Ana Ruiz met; Washington watched.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima", "Location:Washington"], ("MET_WITH", "Bo Chen", "Ana Ruiz", [])));

        foreach (var a in articles)
        {
            var quick = scorer.QuickScorer(a);
            foreach (var b in articles.Where(b => b != a))
            {
                Assert.Equal(scorer.Score(a, b).Score, Math.Round(quick(b), 4), 6);
            }
        }

        var talks = scorer.Score(articles[^1], articles[^2]);
        Assert.True(talks.Reasons.SameEvent);
        Assert.True(talks.Score > scorer.Score(articles[^1], articles[0]).Score);
    }

    [Theory]
    [InlineData("Ana Ruiz endorses Bo Chen for mayor", "Dan Wu endorses Bo Chen for mayor", false)]
    [InlineData("Ana Ruiz endorses Bo Chen for mayor", "Bo Chen wins endorsement of Ana Ruiz", true)]
    public void Headlines_whose_subjects_are_different_people_report_different_events(string firstTitle, string secondTitle, bool sameEvent)
    {
        var options = StoryOptions.Default;
        const string text = "The endorsement of Bo Chen for mayor of Lima was announced at a rally in Lima on Sunday.";
        var (index, articles, scorer) = Indexed(options,
            Graphs.Article("first", "2025-01-12", firstTitle, text, ["Person:Ana Ruiz", "Person:Bo Chen", "Person:Dan Wu", "Location:Lima"]),
            Graphs.Article("second", "2025-01-12", secondTitle, text, ["Person:Ana Ruiz", "Person:Bo Chen", "Person:Dan Wu", "Location:Lima"]));

        var withoutRule = new RelatednessScorer(index, RelationOntology.Default, options with { HeadlineSubjectsMustAgree = false });

        Assert.True(withoutRule.Score(articles[^1], articles[^2]).Reasons.SameEvent);
        Assert.Equal(sameEvent, scorer.Score(articles[^1], articles[^2]).Reasons.SameEvent);
    }

    [Theory]
    [InlineData("Tropical Storm Barry nears Bermuda as warnings go up", "Hurricane Barry", false)]
    [InlineData("Tropical Storm Humberto nears Bermuda as warnings go up", "Hurricane Barry", true)]
    [InlineData("Typhoon Bagwis nears Bermuda as warnings go up", "Bagwis", true)]
    public void Headlines_that_name_two_different_storms_report_different_events(string secondTitle, string otherNamedInFirst, bool sameEvent)
    {
        var options = StoryOptions.Default;
        const string text = "The storm strengthened over the Atlantic near Bermuda on Sunday, the National Hurricane Center said, and warnings went up across Bermuda.";
        var firstText = text + $" It follows {otherNamedInFirst}, which moved north last week.";
        string[] entities = ["Location:Bermuda", "Organization:National Hurricane Center", "Location:Atlantic"];
        var firstEntities = otherNamedInFirst.Contains(' ') ? [.. entities, "Event:Hurricane Humberto", $"Event:{otherNamedInFirst}"] : entities.Append("Event:Hurricane Humberto").ToArray();
        var secondEvent = secondTitle[..secondTitle.IndexOf(" nears", StringComparison.Ordinal)];
        var (index, articles, _) = Indexed(options,
            Graphs.Article("first", "2025-09-14", "Hurricane Humberto nears Bermuda as warnings go up", firstText, firstEntities),
            Graphs.Article("second", "2025-09-14", secondTitle, text, [.. entities, $"Event:{secondEvent}"]));
        var cues = EventCues.LoadDefault();

        var withoutRule = new RelatednessScorer(index, RelationOntology.Default, options with { HeadlineEventsMustAgree = false }, cues);
        var scorer = new RelatednessScorer(index, RelationOntology.Default, options, cues);

        Assert.True(withoutRule.Score(articles[^1], articles[^2]).Reasons.SameEvent);
        Assert.Equal(sameEvent, scorer.Score(articles[^1], articles[^2]).Reasons.SameEvent);
    }

    [Fact]
    public void A_digest_of_many_events_is_related_to_a_report_of_one_of_them_but_not_the_same_event()
    {
        const string digest = "Puntland forces strike Islamic State targets near Bosaso, Somalia.\n\n"
            + "Israeli airstrikes on Rafah kill at least 22 people in Gaza.\n\n"
            + "Russian artillery strikes kill two people in Siversk, Ukraine.\n\n"
            + "Floods in Porto Alegre, Brazil, displace thousands.";
        string[] digestEntities = ["Location:Puntland", "Organization:Islamic State", "Location:Bosaso", "Country:Somalia", "Location:Rafah", "Location:Gaza", "Location:Siversk", "Country:Ukraine", "Location:Porto Alegre", "Country:Brazil", "Country:Israel", "Country:Russia"];
        var options = StoryOptions.Default;
        var (_, articles, scorer) = Indexed(options,
            Graphs.Article("digest", "2025-01-12", "Current events: armed conflicts and attacks", digest, digestEntities),
            Graphs.Article("report", "2025-01-12", "Israeli airstrikes on Rafah kill 22", "Israeli airstrikes on Rafah kill at least 22 people in Gaza, health officials said. Rafah was hit overnight.", ["Location:Rafah", "Location:Gaza", "Country:Israel"]));
        var (_, offArticles, withoutRule) = Indexed(options with { ManyEventsMinGroups = int.MaxValue },
            Graphs.Article("digest", "2025-01-12", "Current events: armed conflicts and attacks", digest, digestEntities),
            Graphs.Article("report", "2025-01-12", "Israeli airstrikes on Rafah kill 22", "Israeli airstrikes on Rafah kill at least 22 people in Gaza, health officials said. Rafah was hit overnight.", ["Location:Rafah", "Location:Gaza", "Country:Israel"]));

        var link = scorer.Score(articles[^1], articles[^2]);

        Assert.True(articles[^2].Signature.ReportsManyEvents);
        Assert.False(articles[^1].Signature.ReportsManyEvents);
        Assert.False(link.Reasons.SameEvent);
        Assert.True(link.Telling);
        Assert.True(withoutRule.Score(offArticles[^1], offArticles[^2]).Reasons.SameEvent);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void One_rare_shared_place_and_alike_words_make_one_event_when_neither_headline_names_a_kind_of_event(bool acceptsUnnamedKinds, bool sameEvent)
    {
        var options = StoryOptions.Default with { AnchorAcceptsUnnamedKinds = acceptsUnnamedKinds };
        var (_, articles, scorer) = Indexed(options,
            Graphs.Article("plant-1", "2011-03-16", "Seawater now the last line of defence at the plant",
                "Engineers at the Fukushima Daiichi plant pumped seawater into the overheating reactor cores, the operator said, as radiation levels rose.",
                ["Location:Fukushima Daiichi", "Country:Japan"]),
            Graphs.Article("plant-2", "2011-03-17", "Helicopters dump seawater on overheating reactor",
                "Military helicopters dumped seawater on the overheating reactor at Fukushima Daiichi as engineers raced to cool the cores and radiation levels rose.",
                ["Location:Fukushima Daiichi", "Country:Japan"]));

        var reasons = scorer.Score(articles[^1], articles[^2]).Reasons;

        Assert.Equal(sameEvent, reasons.SameEvent);
        Assert.Equal(sameEvent, reasons.Decision == SameEventDecision.RareAnchorSameKind);
    }

    [Fact]
    public void Paragraphs_naming_other_people_and_places_but_sharing_a_rare_word_report_one_event()
    {
        const string text = "The cockpit door of the Airbus was locked from inside, prosecutor Brice Robin told reporters in Marseille, France.\n\n"
            + "Lufthansa said its pilots in Frankfurt, Germany, are trained to open a cockpit door in an emergency.\n\n"
            + "Aviation regulators in Washington, United States, reviewed the rules for cockpit crews.";
        string[] entities = ["Person:Brice Robin", "Location:Marseille", "Country:France", "Organization:Lufthansa", "Location:Frankfurt", "Country:Germany", "Location:Washington", "Country:United States"];
        var graph = Graphs.Article("door", "2015-03-27", "The door that locks both ways", text, entities);

        var (_, articles, _) = Indexed(StoryOptions.Default, graph);
        var (_, withoutWords, _) = Indexed(StoryOptions.Default with { ManyEventsRareWordMaxReports = -1 }, graph);

        Assert.False(articles[^1].Signature.ReportsManyEvents);
        Assert.True(withoutWords[^1].Signature.ReportsManyEvents);
    }

    [Theory]
    [InlineData("Fire in Rafah kills 22")]
    [InlineData("Twenty-two die in overnight fire")]
    public void A_report_whose_headline_names_its_place_or_whose_paragraphs_hang_together_reports_one_event(string title)
    {
        const string text = "A fire in Rafah killed 22 people overnight.\n\nRafah firefighters fought the blaze for hours.\n\n"
            + "Residents of Rafah said the fire began in a bakery.\n\nIsrael, Egypt and Jordan sent condolences.";
        var (_, articles, _) = Indexed(StoryOptions.Default,
            Graphs.Article("fire", "2025-01-12", title, text, ["Location:Rafah", "Country:Israel", "Country:Egypt", "Country:Jordan"]));

        Assert.False(articles[^1].Signature.ReportsManyEvents);
    }

    [Theory]
    [InlineData(0.9, true)]
    [InlineData(2.0, false)]
    public void Two_reports_of_a_rare_organisations_news_are_one_event_though_they_name_other_people_and_places(double organisationActorMinRarity, bool sameEvent)
    {
        var options = StoryOptions.Default with { OrganizationActorMinRarity = organisationActorMinRarity };
        var (_, articles, scorer) = Indexed(options,
            Graphs.Article("fine-1", "2025-09-09", "Regulator fines Quarnby Bank over money laundering controls", "The Conduct Office fined Quarnby Bank 27 million pounds in London for failures of its money laundering controls, Mia Hart said.", ["Organization:Quarnby Bank", "Location:London", "Person:Mia Hart"]),
            Graphs.Article("fine-2", "2025-09-10", "Quarnby Bank fine shows focus on money laundering controls", "The fine on Quarnby Bank for failures of its money laundering controls is the largest this year, Leeds analyst Tom Vale said.", ["Organization:Quarnby Bank", "Location:Leeds", "Person:Tom Vale"]));

        var decision = scorer.Score(articles[^1], articles[^2]).Reasons.Decision;

        Assert.Equal(sameEvent, decision != SameEventDecision.NoSharedActorOrPlace);
    }

    [Theory]
    [InlineData("2025-09-03", 2, true, true)]
    [InlineData("2025-09-03", 2, false, false)]
    [InlineData("2025-09-07", 2, true, false)]
    [InlineData("2025-09-03", 1, true, false)]
    public void Two_reports_whose_headlines_name_one_kind_of_event_and_whose_texts_name_the_same_places_within_days_are_one_event(string secondDate, int sharedPlaces, bool route, bool sameEvent)
    {
        var options = StoryOptions.Default with { KindAndPlacesRoute = route };
        string[] places = ["Location:Puquio", "Location:Aucara", "Location:Lucanas"];
        var townNews = Enumerable.Range(0, 12).Select(i => Graphs.Article(
            $"towns-{i}", $"2025-08-{1 + i:00}", $"Market day number {i} in the highlands", $"Traders from Puquio and Aucara sold potatoes on market day number {i}.",
            ["Location:Puquio", "Location:Aucara"])).ToArray();
        var (_, articles, scorer) = Indexed(options, [
            .. townNews,
            Graphs.Article("quake-1", "2025-09-02", "Strong earthquake kills nine in the southern Andes", "A strong earthquake shook Puquio and Aucara before dawn, killing nine people and flattening adobe homes in the villages.", [.. places.Take(2), "Person:Rosa Quispe"]),
            Graphs.Article("quake-2", secondDate, "Aid reaches villages after deadly quake", "Rescue teams reached the villages around Puquio with tents and water, where the earthquake flattened adobe homes.", [.. places.Take(sharedPlaces), places[2], "Person:Edwin Ancco"]),
        ]);

        var reasons = scorer.Score(articles[^1], articles[^2]).Reasons;

        Assert.Equal(sameEvent, reasons.SameEvent);
        Assert.Equal(sameEvent, reasons.Decision == SameEventDecision.SameKindAndPlaces);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Undated_reports_of_one_kind_of_event_need_one_shared_place_more(int sharedPlaces, bool sameEvent)
    {
        var options = StoryOptions.Default;
        string[] places = ["Location:Puquio", "Location:Aucara", "Location:Lucanas", "Location:Sondondo"];
        static ArticleGraph Undated(ArticleGraph graph) => graph with { Article = graph.Article with { Published = null } };
        var townNews = Enumerable.Range(0, 12).Select(i => Graphs.Article(
            $"towns-{i}", $"2025-08-{1 + i:00}", $"Market day number {i} in the highlands", $"Traders from Puquio, Aucara and Lucanas sold potatoes on market day number {i}.",
            ["Location:Puquio", "Location:Aucara", "Location:Lucanas"])).ToArray();
        var (_, articles, scorer) = Indexed(options, [
            .. townNews,
            Undated(Graphs.Article("quake-1", "2025-09-02", "Strong earthquake kills nine in the southern Andes", "A strong earthquake shook Puquio, Aucara and Lucanas before dawn, killing nine people and flattening adobe homes in the villages.", [.. places.Take(3), "Person:Rosa Quispe"])),
            Undated(Graphs.Article("quake-2", "2025-09-03", "Aid reaches villages after deadly quake", "Rescue teams reached the villages around Puquio, Aucara and Lucanas with tents and water, where the earthquake flattened adobe homes.", [.. places.Take(sharedPlaces), places[3], "Person:Edwin Ancco"])),
        ]);

        var reasons = scorer.Score(articles[^1], articles[^2]).Reasons;

        Assert.Null(reasons.DaysApart);
        Assert.Equal(sameEvent, reasons.SameEvent);
        Assert.Equal(sameEvent, reasons.Decision != SameEventDecision.UndatedWithoutStrongEvidence);
    }

    [Fact]
    public void An_organisation_that_takes_part_in_many_events_is_no_shared_who()
    {
        var options = StoryOptions.Default;
        var patrols = Enumerable.Range(0, 30).Select(i => Graphs.Article(
            $"patrol-{i}", $"2025-08-{1 + (i % 28):00}", $"City Police report incident number {i}", $"The City Police reported incident number {i} on street {i}.",
            ["Organization:City Police", $"Location:Street {i}"])).ToArray();
        var (_, articles, scorer) = Indexed(options, [
            .. patrols,
            Graphs.Article("robbery", "2025-09-09", "City Police hunt jewellery robbers in Harbour Row", "The City Police are hunting robbers who raided a jeweller in Harbour Row, Ada Finch said.", ["Organization:City Police", "Location:Harbour Row", "Person:Ada Finch"]),
            Graphs.Article("drugs", "2025-09-10", "City Police find drug lab in Millgate", "The City Police found a drug lab in Millgate and arrested two men, Noor Sethi said.", ["Organization:City Police", "Location:Millgate", "Person:Noor Sethi"]),
        ]);

        Assert.Equal(SameEventDecision.NoSharedActorOrPlace, scorer.Score(articles[^1], articles[^2]).Reasons.Decision);
    }

    [Fact]
    public void Articles_years_apart_about_the_same_organisation_are_related_but_not_the_same_event()
    {
        var options = StoryOptions.Default;
        var (index, articles, scorer) = Indexed(options,
            Graphs.Article("church-2010", "2010-10-09", "Zorblat Church defector arrested in Clearwater", "A former member of the Zorblat Church was arrested in Clearwater.", ["Organization:Zorblat Church", "Location:Clearwater"]),
            Graphs.Article("church-2015", "2015-05-07", "Woman says Zorblat Church held her in Clearwater", "A woman says the Zorblat Church held her for years in Clearwater.", ["Organization:Zorblat Church", "Location:Clearwater"]));

        Assert.Contains(articles[^2], index.Candidates(articles[^1]));
        var link = scorer.Score(articles[^1], articles[^2]);
        Assert.True(link.Score >= options.MinRelatedScore);
        Assert.False(link.Reasons.SameEvent);
    }
    [Fact]
    public void Articles_that_share_only_what_most_articles_name_are_not_related()
    {
        var options = StoryOptions.Default;
        var common = Enumerable.Range(0, 30).Select(i => Graphs.Article(
            $"leader-{i}", $"2025-02-{1 + (i % 28):00}", $"Zed Moss signs order number {i}", $"Zed Moss signed order number {i} on topic {i}.",
            ["Person:Zed Moss", "Country:United States"], ("LEADS", "Zed Moss", "United States", []))).ToArray();
        var (index, articles, scorer) = Indexed(options, [
            .. common,
            Graphs.Article("robots", "2025-03-01", "Girls win robotics prize in Kabul", "A team of girls from Kabul won a robotics prize; Zed Moss congratulated them.", ["Location:Kabul", "Person:Zed Moss", "Country:United States"], ("LEADS", "Zed Moss", "United States", [])),
            Graphs.Article("tariffs", "2025-03-02", "Steel tariffs hit carmakers", "Carmakers warned that steel tariffs signed by Zed Moss raise prices.", ["Person:Zed Moss", "Country:United States"], ("LEADS", "Zed Moss", "United States", [])),
        ]);

        var link = scorer.Score(articles[^1], articles[^2]);
        var countedFully = new RelatednessScorer(index, RelationOntology.Default, options with { SharedKeysCountByRarity = false }).Score(articles[^1], articles[^2]);

        Assert.False(link.Telling);
        Assert.True(link.Score < countedFully.Score);
    }

    /// <summary>The background articles and these, indexed; the scorer over them.</summary>
    private static (StoryIndex Index, List<IndexedArticle> Articles, RelatednessScorer Scorer) Indexed(StoryOptions options, params ArticleGraph[] graphs)
    {
        var index = new StoryIndex(options);
        var builder = new SignatureBuilder(RelationOntology.Default, TextTerms.LoadDefault(), options);
        var articles = Graphs.Background().Concat(graphs).Select(g => index.Add(builder.Build(g, "v1"))).ToList();
        return (index, articles, new RelatednessScorer(index, RelationOntology.Default, options));
    }
}
