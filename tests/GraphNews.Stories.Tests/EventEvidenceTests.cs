using GraphNews.Domain;

namespace GraphNews.Stories.Tests;

/// <summary>What happened decides the same event: the kind of event, rare shared who and where, each article's own headline.</summary>
public sealed class EventEvidenceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<StoryService> ServiceWithAsync(StoryOptions options, params ArticleGraph[] graphs)
    {
        var service = new StoryService(new InMemoryStoryStore(), options: options);
        foreach (var graph in Graphs.Background().Concat(graphs))
        {
            await service.OnArticleStoredAsync(graph, None);
        }

        return service;
    }

    private static async Task<bool> TogetherAsync(StoryService service, string a, string b) =>
        (await service.GetStoryOfArticleAsync(a, None))!.Id == (await service.GetStoryOfArticleAsync(b, None))!.Id;

    private static async Task<SameEventDecision> DecisionAsync(StoryService service, string a, string b) =>
        Assert.Single(await service.GetRelatedAsync(a, 20, None), r => r.ArticleId == b).Reasons.Decision;

    [Fact]
    public void Event_kinds_are_found_by_whole_cue_words_and_by_prefixes()
    {
        var cues = EventCues.LoadDefault();

        Assert.Equal(["plea", "verdict"], cues.Kinds("Rudakubana pleads guilty"));
        Assert.Equal(["sentence"], cues.Kinds("Rudakubana sentenced to life in prison"));
        Assert.Contains("earthquake", cues.Kinds("A magnitude 6.1 quake hits the coast"));
        Assert.Equal(["attack", "shooting"], cues.Kinds("Gunman kills 19 at Texas school"));
        Assert.Empty(cues.Kinds("Officials said on Tuesday that talk of it was premature"));
        Assert.Empty(cues.Kinds(""));
    }

    [Theory]
    [InlineData("A couple of visitors demonstrated their courtesy on a stormy day")]
    [InlineData("Police stormed the flat")]
    public void Words_that_only_begin_like_a_cue_name_no_kind_of_event(string text) =>
        Assert.DoesNotContain(EventCues.LoadDefault().Kinds(text), kind => kind is "coup" or "talks" or "protest" or "ruling" or "storm");

    [Fact]
    public void A_tsunami_is_reported_as_its_quake() =>
        Assert.Equal(["earthquake"], EventCues.LoadDefault().Kinds("Tsunami waves hit the coast"));

    [Fact]
    public void Cue_lists_are_read_as_data_and_a_line_without_a_kind_is_reported_with_its_number()
    {
        var cues = EventCues.Parse(new StringReader("# storms\nstorm: Hurricane* typhoon\nwind: ga*\n\n"), "test.txt");
        Assert.Equal(["storm"], cues.Kinds("Hurricanes and a typhoon"));
        Assert.Empty(cues.Kinds("typhoons"));
        Assert.Equal(["wind"], cues.Kinds("Gales"));

        var error = Assert.Throws<InvalidDataException>(() => EventCues.Parse(new StringReader("storm: hurricane\nearthquake quake\n"), "test.txt"));
        Assert.Contains("test.txt:2", error.Message);
        Assert.Throws<InvalidDataException>(() => EventCues.Parse(new StringReader("storm > : hurricane\n"), "test.txt"));

        var nested = EventCues.Parse(new StringReader("shooting > attack: gunman\nattack: ambush\n"), "test.txt");
        Assert.Equal(["attack", "shooting"], nested.Kinds("A gunman opened fire"));
        Assert.Equal(["attack"], nested.Kinds("An ambush on the road"));
    }

    private static ArticleGraph Court(string id, string date, string headline, string text) => Graphs.Article(
        id,
        date,
        headline,
        text,
        ["Person:Axel Rudakubana", "Location:Southport", "Location:Liverpool", "Country:United Kingdom"]);

    private static ArticleGraph Plea() => Court(
        "plea",
        "2025-01-20",
        "Axel Rudakubana pleads guilty to Southport murders",
        "Axel Rudakubana pleaded guilty in Liverpool on Monday to the murder of three girls in Southport last July. The judge said sentencing would follow on Thursday.");

    [Fact]
    public async Task A_plea_and_the_sentencing_that_recalls_it_are_one_story_unless_headline_kinds_must_overlap()
    {
        var plea = Plea();
        var sentence = Court(
            "sentence",
            "2025-01-23",
            "Axel Rudakubana sentenced to life for Southport murders",
            "A judge in Liverpool sentenced Axel Rudakubana to life in prison on Thursday for the murder of three girls in Southport last July, after he pleaded guilty on Monday.");

        using var service = await ServiceWithAsync(StoryOptions.Default, plea, sentence);
        using var strict = await ServiceWithAsync(StoryOptions.Default with { HeadlineKindsMustOverlap = true }, plea, sentence);

        Assert.True(await TogetherAsync(service, "plea", "sentence"), "the sentencing report names the plea, so the kinds agree");
        Assert.False(await TogetherAsync(strict, "plea", "sentence"));
        Assert.Equal(SameEventDecision.KindsOfEventDiffer, await DecisionAsync(strict, "sentence", "plea"));
    }

    [Fact]
    public async Task Headlines_of_different_kinds_of_event_that_neither_text_names_are_different_events()
    {
        var plea = Plea();
        var protest = Court(
            "protest",
            "2025-01-21",
            "Axel Rudakubana: protesters rally in Liverpool over Southport murders",
            "Hundreds of protesters rallied in Liverpool on Tuesday over the murder of three girls in Southport last July by Axel Rudakubana.");

        using var service = await ServiceWithAsync(StoryOptions.Default, plea, protest);
        using var withoutKinds = await ServiceWithAsync(StoryOptions.Default with { EventKindConflictSeparates = false }, plea, protest);

        Assert.False(await TogetherAsync(service, "plea", "protest"));
        Assert.Equal(SameEventDecision.KindsOfEventDiffer, await DecisionAsync(service, "protest", "plea"));
        Assert.True(await TogetherAsync(withoutKinds, "plea", "protest"), "without the kinds of event, who and where say these are one event");
    }

    private static ArticleGraph Arrest(string id, string date, string headline, string text) => Graphs.Article(
        id,
        date,
        headline,
        text,
        ["Person:Ranil Wickremesinghe", "Country:Sri Lanka"]);

    [Fact]
    public async Task One_rare_shared_person_and_the_same_kind_of_event_join_differently_worded_reports()
    {
        var first = Arrest(
            "arrest",
            "2025-08-22",
            "Police arrest former president Ranil Wickremesinghe",
            "Sri Lanka police arrest and detain former president Ranil Wickremesinghe for allegedly misusing public funds while in office.");
        var second = Arrest(
            "bail",
            "2025-08-24",
            "Wickremesinghe granted bail two days after his arrest",
            "Former Sri Lankan president Ranil Wickremesinghe is granted bail after being arrested on allegations of misusing public funds.");

        using var service = await ServiceWithAsync(StoryOptions.Default, first, second);
        using var withoutAnchor = await ServiceWithAsync(StoryOptions.Default with { SameEventMinAnchorEvidence = double.MaxValue }, first, second);

        Assert.True(await TogetherAsync(service, "arrest", "bail"));
        Assert.False(await TogetherAsync(withoutAnchor, "arrest", "bail"), "one shared person is too little evidence without the anchor route");
    }

    /// <summary>Two reports of one death whose headlines name the person and no kind of event; only the first names the town.</summary>
    private static (ArticleGraph First, ArticleGraph Second) Obituaries()
    {
        ArticleGraph Report(string id, string date, string headline, string text, params string[] entities) =>
            Graphs.Article(id, date, headline, text, ["Person:Doris Day", "Country:United States", .. entities]);
        return (
            Report(
                "day-1",
                "2019-05-13",
                "Actor Doris Day dies at 97",
                "Doris Day, the singer and actor of Pillow Talk, died on Monday at her home in Carmel Valley, her animal foundation said. She was 97.",
                "Location:Carmel Valley"),
            Report(
                "day-2",
                "2019-05-14",
                "Hollywood remembers Doris Day",
                "Stars paid tribute to Doris Day, the singer and actor of Pillow Talk and many films, who died at 97. Her animal foundation said she had been in good health."));
    }

    [Fact]
    public async Task Reports_whose_headlines_name_the_same_rare_person_are_one_event_without_a_kind_of_event()
    {
        var (first, second) = Obituaries();

        // The text anchor route takes such pairs too (neither headline names a kind of event); it is off here to test this one.
        var headlineOnly = StoryOptions.Default with { AnchorAcceptsUnnamedKinds = false };
        using var service = await ServiceWithAsync(headlineOnly, first, second);
        using var withoutRoute = await ServiceWithAsync(headlineOnly with { HeadlineAnchorRoute = false }, first, second);
        using var defaults = await ServiceWithAsync(StoryOptions.Default, first, second);

        Assert.True(await TogetherAsync(service, "day-1", "day-2"));
        Assert.Equal(SameEventDecision.HeadlineAnchor, await DecisionAsync(service, "day-2", "day-1"));
        Assert.False(await TogetherAsync(withoutRoute, "day-1", "day-2"), "one rare person in the texts, without a kind of event, is too little evidence");
        Assert.Equal(SameEventDecision.TooLittleEvidence, await DecisionAsync(withoutRoute, "day-2", "day-1"));
        Assert.True(await TogetherAsync(defaults, "day-1", "day-2"));
    }

    [Fact]
    public async Task Undated_reports_whose_headlines_name_the_same_very_rare_person_are_one_event()
    {
        var (dated, alsoDated) = Obituaries();
        var (first, second) = (Undated(dated), Undated(alsoDated));

        using var service = await ServiceWithAsync(StoryOptions.Default, first, second);
        using var onlyFarApartEvidence = await ServiceWithAsync(StoryOptions.Default with { UndatedMinHeadlineAnchorRarity = double.MaxValue }, first, second);

        Assert.True(await TogetherAsync(service, "day-1", "day-2"));
        Assert.False(await TogetherAsync(onlyFarApartEvidence, "day-1", "day-2"), "undated, the words are not alike enough for reports that may be weeks apart");
        Assert.Equal(SameEventDecision.UndatedWithoutStrongEvidence, await DecisionAsync(onlyFarApartEvidence, "day-2", "day-1"));
    }

    private static ArticleGraph CrashReport(string id, string date, string headline, string text) => Graphs.Article(
        id,
        date,
        headline,
        text,
        ["Person:Brice Robin", "Person:Andreas Lubitz", "Organization:Germanwings", "Location:Seyne-les-Alpes", "Person:Carsten Spohr", "Organization:Lufthansa", "Country:France"]);

    [Fact]
    public async Task Reports_a_week_apart_in_other_words_are_one_event_when_they_share_many_rare_names()
    {
        var first = CrashReport(
            "crash-1",
            "2015-03-26",
            "Co-pilot crashed jet on purpose, prosecutor says",
            "Prosecutor Brice Robin said co-pilot Andreas Lubitz locked the captain out of the cockpit before the Germanwings jet crashed near Seyne-les-Alpes. "
            + "Lufthansa chief Carsten Spohr said the company was stunned. Grieving relatives gathered at Barcelona airport while counsellors offered support, "
            + "and pilots' unions questioned whether cockpit door rules introduced after 2001 had made such a tragedy possible.");
        var second = CrashReport(
            "crash-2",
            "2015-04-02",
            "Second recorder found at crash site",
            "Searchers found the flight data recorder of the Germanwings airliner near Seyne-les-Alpes, Brice Robin said; it shows Andreas Lubitz sped up the descent. "
            + "Carsten Spohr of Lufthansa visited the site on Wednesday. Mountain guides and gendarmes had combed the steep ravine for nine days, "
            + "and investigators in Paris will now compare its readings with the voice recording to rebuild the final minutes.");

        using var service = await ServiceWithAsync(StoryOptions.Default, first, second);
        using var withoutTheRoute = await ServiceWithAsync(StoryOptions.Default with { SameEventLongStrongEvidence = double.MaxValue }, first, second);

        Assert.True(await TogetherAsync(service, "crash-1", "crash-2"), "seven days apart, six rare names in common");
        Assert.False(await TogetherAsync(withoutTheRoute, "crash-1", "crash-2"), "their words alone are too far apart for a week");
    }

    /// <summary>Two reports of one downed flight whose headlines name it, one for the mourning and one for the crash site.</summary>
    private static (ArticleGraph Mourning, ArticleGraph CrashSite) FlightReports()
    {
        ArticleGraph Report(string id, string date, string headline, string text, params string[] entities) =>
            Graphs.Article(id, date, headline, text, ["Event:MH17", "Country:Ukraine", .. entities]);
        return (
            Report(
                "mourning",
                "2014-07-18",
                "Netherlands in mourning for 154 Dutch killed on MH17",
                "Flags flew at half mast across the Netherlands on Friday for the 154 Dutch passengers of flight MH17, shot down over eastern Ukraine. "
                + "Prime Minister Mark Rutte said the nation was in mourning and demanded a full investigation.",
                "Country:Netherlands",
                "Person:Mark Rutte"),
            Report(
                "site",
                "2014-07-19",
                "MH17: rebels limit access to crash site near Hrabove",
                "Armed rebels let international monitors spend only 75 minutes at the MH17 crash site near Hrabove in eastern Ukraine on Saturday, "
                + "as the bodies of passengers still lay in the fields where the airliner was shot down.",
                "Location:Hrabove"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Headlines_that_name_the_same_rare_event_are_not_set_apart_by_their_kinds_of_event(bool undated)
    {
        var (mourning, site) = FlightReports();
        (mourning, site) = undated ? (Undated(mourning), Undated(site)) : (mourning, site);

        using var service = await ServiceWithAsync(StoryOptions.Default, mourning, site);
        using var byKinds = await ServiceWithAsync(StoryOptions.Default with { NamedEventOutweighsKinds = false }, mourning, site);

        Assert.True(await TogetherAsync(service, "mourning", "site"));
        Assert.False(await TogetherAsync(byKinds, "mourning", "site"), "a funeral and a crash, by their cue words, when the flight's name is not weighed");
        Assert.Equal(SameEventDecision.KindsOfEventDiffer, await DecisionAsync(byKinds, "site", "mourning"));
    }

    private static ArticleGraph Undated(ArticleGraph graph) => graph with { Article = graph.Article with { Published = null } };

    /// <summary>
    /// The strike tests' bar for words of reports that may be weeks apart, set above what their two short, alike reports
    /// share (0.47 once words are weighed against general news), so that it is the rule for undated reports that is tested.
    /// </summary>
    private static readonly StoryOptions StrikeOptions = StoryOptions.Default with { SameEventLongMinText = 0.5 };

    private static ArticleGraph KyivStrike(string id, string date, string headline, string text) => Graphs.Article(
        id,
        date,
        headline,
        text,
        ["Location:Kyiv", "Country:Russia", "Country:Ukraine", "Person:Vitali Klitschko"]);

    [Fact]
    public async Task Undated_reports_of_look_alike_strikes_need_the_evidence_of_reports_weeks_apart()
    {
        var first = KyivStrike(
            "strike-1",
            "2025-04-24",
            "Russian missile strike on Kyiv kills nine",
            "A Russian missile and drone attack on Kyiv killed nine people overnight and damaged apartment buildings, mayor Vitali Klitschko said. Air defence units were active across the capital.");
        var second = KyivStrike(
            "strike-2",
            "2025-05-09",
            "Russian drone strike on Kyiv kills two",
            "Drones launched by Russia hit the Darnytskyi district of Kyiv, killing two residents and setting homes on fire, Vitali Klitschko wrote on Telegram.");

        using var dated = await ServiceWithAsync(StrikeOptions, first, second);
        using var undated = await ServiceWithAsync(StrikeOptions, Undated(first), Undated(second));
        using var undatedAsClose = await ServiceWithAsync(StrikeOptions with { UndatedMayBeFarApart = false }, Undated(first), Undated(second));

        Assert.False(await TogetherAsync(dated, "strike-1", "strike-2"), "fifteen days apart");
        Assert.False(await TogetherAsync(undated, "strike-1", "strike-2"));
        Assert.True(await TogetherAsync(undatedAsClose, "strike-1", "strike-2"), "judged as if reported on the same days, who, where and words say one event");
    }

    [Theory]
    [InlineData("on Tuesday", "on Tuesday", true, false)]
    [InlineData("on Tuesday", "on Tuesday", true, true)]
    [InlineData("on Tuesday", "on Thursday", false, false)]
    [InlineData("on Tuesday", "overnight", false, false)]
    public async Task Undated_reports_whose_leads_name_the_same_weekday_are_judged_as_if_close_in_time(string firstDay, string secondDay, bool together, bool firstDated)
    {
        var first = KyivStrike(
            "strike-1",
            "2025-04-24",
            "Russian missile strike on Kyiv kills nine",
            $"A Russian missile and drone attack on Kyiv killed nine people {firstDay} and damaged apartment buildings, mayor Vitali Klitschko said. Air defence units were active across the capital.");
        var second = KyivStrike(
            "strike-2",
            "2025-05-09",
            "Russian drone strike on Kyiv kills two",
            $"Drones launched by Russia hit the Darnytskyi district of Kyiv {secondDay}, killing two residents and setting homes on fire, Vitali Klitschko wrote on Telegram.");

        // A report its dateline dates, beside one that only says "on Tuesday", is no nearer in time than two undated ones.
        first = firstDated ? first : Undated(first);
        using var service = await ServiceWithAsync(StrikeOptions, first, Undated(second));
        using var weekdaysIgnored = await ServiceWithAsync(StrikeOptions with { UndatedSameWeekdayIsClose = false }, first, Undated(second));

        Assert.Equal(together, await TogetherAsync(service, "strike-1", "strike-2"));
        Assert.False(await TogetherAsync(weekdaysIgnored, "strike-1", "strike-2"), "without the weekday the reports may be weeks apart");
        Assert.Equal(SameEventDecision.UndatedWithoutStrongEvidence, await DecisionAsync(weekdaysIgnored, "strike-2", "strike-1"));
    }

    private static ArticleGraph Quake(string id, string headline, string text) => Undated(Graphs.Article(
        id,
        "2025-01-01",
        headline,
        text,
        ["Location:Sumatra", "Country:Indonesia", "Location:Padang"]));

    [Fact]
    public async Task Undated_reports_are_dated_by_the_days_their_texts_name()
    {
        var first = Quake("quake-1", "Strong earthquake hits Sumatra", "A magnitude 7.6 earthquake struck off Sumatra near Padang on Wednesday, September 30, 2009, killing hundreds of people, officials said.");
        var second = Quake("quake-2", "Death toll rises in Sumatra quake", "Rescuers near Padang dug through rubble after the September 30 earthquake, which killed at least 529 people on Sumatra, officials said.");
        var other = Quake("quake-3", "Earthquake strikes Sumatra", "A magnitude 6.1 earthquake struck Sumatra on Tuesday, July 2, 2013, killing at least 22 people near Padang, officials said.");

        using var service = await ServiceWithAsync(StoryOptions.Default, first, second, other);

        Assert.True(await TogetherAsync(service, "quake-1", "quake-2"), "both name September 30");
        Assert.False(await TogetherAsync(service, "quake-1", "quake-3"), "July 2, 2013 is years after September 30, 2009");
        Assert.Equal(0, Assert.Single(await service.GetRelatedAsync("quake-2", 20, None), r => r.ArticleId == "quake-1").Reasons.DaysApart);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public async Task Headlines_naming_other_places_part_two_reports_unless_their_texts_share_many_places(int placesThatOutweigh, bool together)
    {
        var region = Graphs.Article(
            "quake-region",
            "2010-02-27",
            "Massive quake strikes Chile, tsunami warning across Pacific",
            "A magnitude 8.8 earthquake struck off Maule on Saturday, shaking Concepción and Santiago. A tsunami warning was issued across the Pacific.",
            ["Location:Maule", "Location:Concepción", "Location:Santiago", "Location:Pacific", "Country:Chile"]);
        var town = Graphs.Article(
            "quake-town",
            "2010-02-28",
            "In Talcahue, the sea came back three times",
            "In Talcahue, a fishing town of Maule, survivors said the sea came back three times after the earthquake. Roads to Concepción and Santiago were cut.",
            ["Location:Talcahue", "Location:Maule", "Location:Concepción", "Location:Santiago", "Country:Chile"]);

        using var service = await ServiceWithAsync(StoryOptions.Default with { SharedPlacesOutweighHeadlinePlaces = placesThatOutweigh }, region, town);

        Assert.Equal(together, await TogetherAsync(service, "quake-region", "quake-town"));
        Assert.Equal(together, await DecisionAsync(service, "quake-town", "quake-region") != SameEventDecision.HeadlinesNameOthers);
    }

    private static ArticleGraph Rehab(string id, string person, string headline, string text) => Undated(Graphs.Article(
        id,
        "2025-01-01",
        headline,
        text,
        [$"Person:{person}", "Organization:Promises Treatment Center", "Location:Malibu"]));

    [Fact]
    public async Task Undated_reports_whose_headlines_name_no_kind_of_event_are_one_event_on_a_rare_who_and_alike_words()
    {
        var first = Rehab(
            "reid-1",
            "Tara Reid",
            "Tara Reid checks into Promises Treatment Center",
            "Actress Tara Reid has checked herself into the Promises Treatment Center in Malibu, her representative told reporters. Tara Reid asked for privacy.");
        var second = Rehab(
            "reid-2",
            "Tara Reid",
            "Tara Reid enters rehab in Malibu",
            "Tara Reid has entered the Promises Treatment Center in Malibu, her representative said. The actress asked fans for privacy.");
        var other = Rehab(
            "lohan",
            "Lindsay Lohan",
            "Lindsay Lohan checks into Promises Treatment Center",
            "Actress Lindsay Lohan has checked herself into the Promises Treatment Center in Malibu, her representative told reporters. Lindsay Lohan asked for privacy.");

        using var service = await ServiceWithAsync(StoryOptions.Default, first, second, other);

        Assert.True(await TogetherAsync(service, "reid-1", "reid-2"));
        Assert.False(await TogetherAsync(service, "reid-1", "lohan"), "another star's stay in the same clinic is another event");
        Assert.Equal(SameEventDecision.HeadlinesNameOthers, await DecisionAsync(service, "lohan", "reid-1"));
    }

    [Fact]
    public void The_index_keeps_each_articles_own_headline_flags_for_an_entity_it_shares()
    {
        var index = new StoryIndex(StoryOptions.Default);
        SignatureEntity Dupont(bool inTitle) => new("person:jean-dupont", EntityLabel.Person, "Jean Dupont", inTitle);
        ArticleSignature Signature(string id, bool inTitle) => new() { ArticleId = id, Title = id, Fingerprint = id, Entities = [Dupont(inTitle)] };

        index.Add(Signature("headline", inTitle: true));
        index.Add(Signature("body", inTitle: false));

        Assert.True(index.Find("headline")!.Signature.Entities[0].InTitle);
        Assert.False(index.Find("body")!.Signature.Entities[0].InTitle);
        Assert.Same(index.Find("body")!.Signature.Entities[0], index.Add(Signature("body-2", inTitle: false)).Signature.Entities[0]);
    }

    [Fact]
    public async Task A_second_arrest_whose_text_recalls_the_first_stays_apart_from_it()
    {
        var first = Graphs.Article(
            "dupont",
            "2025-05-06",
            "Police arrest Jean Dupont in Paris over fraud scheme",
            "French police arrested Jean Dupont in Paris on Tuesday over an alleged fraud scheme, prosecutors said. Dupont was taken into custody.",
            ["Person:Jean Dupont", "Location:Paris", "Country:France", "Organization:Paris prosecutor's office"]);
        var second = Graphs.Article(
            "lefevre",
            "2025-05-08",
            "Police arrest Marc Lefevre in Paris over fraud scheme",
            "French police arrested Marc Lefevre in Paris on Thursday over an alleged fraud scheme, two days after Jean Dupont was arrested in the same case, prosecutors said.",
            ["Person:Marc Lefevre", "Person:Jean Dupont", "Location:Paris", "Country:France", "Organization:Paris prosecutor's office"]);

        using var service = await ServiceWithAsync(StoryOptions.Default, first, second);

        Assert.False(await TogetherAsync(service, "dupont", "lefevre"));
    }
}
