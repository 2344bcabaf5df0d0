using GraphNews.Domain;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Tests;

public sealed class EntityLinkingStageTests
{
    private static IEnumerable<string> PersonNames(ArticleGraph graph) =>
        graph.Entities.Where(e => e.Label == EntityLabel.Person).Select(e => e.Name).Order(StringComparer.Ordinal);

    [Fact]
    public void A_surname_links_to_the_full_name_introduced_earlier()
    {
        var graph = TestSupport.Extract("Keith Fennimore arrived. Later Fennimore spoke.");

        var person = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Person);
        Assert.Equal("Keith Fennimore", person.Name);
        Assert.Contains("Fennimore", person.Aliases);
    }

    [Theory]
    [InlineData("French politician Dominique Strauss-Kahn was arrested on Saturday. Strauss-Kahn denied the charges.", "Dominique Strauss-Kahn", "Strauss-Kahn")]
    [InlineData("Thai prime minister Prayut Chan-o-cha spoke on Monday. Chan-o-cha said the vote would go ahead.", "Prayut Chan-o-cha", "Chan-o-cha")]
    public void A_hyphenated_surname_links_to_the_full_name_introduced_earlier(string text, string name, string surname) =>
        AssertOne(EntityLabel.Person, text, name, surname);

    [Fact]
    public void Three_initials_of_a_person_named_in_full_are_that_person() =>
        AssertOne(
            EntityLabel.Person,
            "French politician Dominique Strauss-Kahn was arrested in New York on Saturday. Lawyers for DSK said he would plead not guilty.",
            "Dominique Strauss-Kahn",
            "DSK");

    [Fact]
    public void A_known_place_named_first_by_a_dateline_in_capitals_is_the_known_place_under_its_own_name()
    {
        var later = TestSupport.ProductionExtractor.Extract(TestSupport.Article("PORT-AU-PRINCE, Jan 12 (AWS) - A strong earthquake struck Haiti on Tuesday. Buildings fell in Port-au-Prince."));
        var capital = Assert.Single(later.Entities, e => e.Id == "location:port-au-prince");
        Assert.Equal("Port-au-Prince", capital.Name);

        var alone = TestSupport.ProductionExtractor.Extract(TestSupport.Article("JAKARTA, Jan 12 (AWS) - A strong earthquake struck Indonesia on Tuesday."));
        Assert.Equal("Jakarta", Assert.Single(alone.Entities, e => e.Label == EntityLabel.Location).Name);

        var agency = TestSupport.ProductionExtractor.Extract(TestSupport.Article("KYIV (AWS) - Drones struck Ukraine overnight, officials said on Tuesday."));
        Assert.Equal("Kyiv", Assert.Single(agency.Entities, e => e.Label == EntityLabel.Location).Name);
    }

    [Theory]
    [InlineData("MAIDUGURI, Nigeria (AP) — Gunmen attacked a village outside the city on Tuesday, officials said.", "Maiduguri")]
    [InlineData("CIUDAD DE MÉXICO — Customers of several digital banks could not pay on Tuesday, officials said.", "Ciudad de México")]
    public void A_town_no_list_knows_named_only_by_a_dateline_in_capitals_is_written_as_a_name(string text, string name)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        var town = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Location);
        Assert.Equal(name, town.Name);
        Assert.Equal(EntityIds.For(EntityLabel.Location, name), town.Id);
    }

    [Fact]
    public void Spelling_variants_are_one_person_with_the_knowledge_base_id()
    {
        var graph = TestSupport.Extract("Volodymyr Zelensky spoke. Zelenskiy left. Zelenskyy returned.");

        var person = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Person);
        Assert.Equal("person:volodymyr-zelenskyy", person.Id);
    }

    [Fact]
    public void A_family_named_by_the_plural_of_a_named_persons_surname_is_no_organisation()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Barack Obama and Michelle Obama left the capital on Friday. The Obamas flew to Hawaii."));

        Assert.DoesNotContain(graph.Entities, e => e.Name == "Obamas");
        Assert.Equal(2, graph.Entities.Count(e => e.Label == EntityLabel.Person && e.Name.EndsWith("Obama", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_last_word_of_one_country_the_article_named_is_that_country()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("Sweden faced South Korea in Nizhny Novgorod. Korea's Kim Shin-Wook was shown a yellow card. The injury cost Korea dearly."));

        var korea = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Country && e.Name.Contains("Korea"));
        Assert.Equal("South Korea", korea.Name);
        Assert.Contains("Korea", korea.Aliases);
        Assert.DoesNotContain(graph.Entities, e => e.Name == "Korea");

        var both = TestSupport.ProductionExtractor.Extract(TestSupport.Article("North Korea fired a missile towards South Korea. Korea's division dates from 1945."));
        Assert.DoesNotContain(both.Entities, e => e.Label == EntityLabel.Country && e.Aliases.Contains("Korea"));
        Assert.Contains(both.Entities, e => e.Name == "Korea");
    }

    [Fact]
    public void The_article_before_a_family_name_written_or_left_out_is_one_person()
    {
        var known = TestSupport.Extract("Muammar el-Qaddafi was killed near Sirte. Libya's new leaders said Qaddafi would be buried in secret.");
        var gaddafi = Assert.Single(known.Entities, e => e.Label == EntityLabel.Person);
        Assert.Equal("person:muammar-gaddafi", gaddafi.Id);

        var unknown = TestSupport.Extract("Militia leader Abdel Hakim el-Mahdouri said his fighters would hold Derna. Later, Abdel Hakim Mahdouri said they had left.");
        var mahdouri = Assert.Single(unknown.Entities, e => e.Label == EntityLabel.Person);

        var inAnotherArticle = TestSupport.Extract("Abdel Hakim Mahdouri said his fighters had left Derna.");
        Assert.Equal(mahdouri.Id, Assert.Single(inAnotherArticle.Entities, e => e.Label == EntityLabel.Person).Id);

        var named = TestSupport.Extract("Police detained Ibrahim El Bakraoui near the border. At the time, El Bakraoui was on conditional release.");
        Assert.Equal("Ibrahim El Bakraoui", Assert.Single(named.Entities, e => e.Label == EntityLabel.Person).Name);
    }

    [Fact]
    public void A_surname_alone_is_the_person_named_far_more_often_rather_than_the_one_introduced_last()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Hal Wexford won the vote. Wexford thanked voters. Wexford spoke on Monday. His daughter Ann Wexford spoke on Tuesday. Critics accused Wexford of lying."));

        var accused = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Person && e.Aliases.Contains("Wexford"));
        Assert.Equal("Hal Wexford", accused.Name);

        var fewer = TestSupport.ProductionExtractor.Extract(TestSupport.Article("Hal Wexford won the vote. His daughter Ann Wexford spoke on Tuesday. Wexford thanked voters."));
        Assert.Equal("Ann Wexford", Assert.Single(fewer.Entities, e => e.Aliases.Contains("Wexford")).Name);
    }

    [Fact]
    public void A_well_known_persons_surname_alone_is_that_person()
    {
        var graph = TestSupport.Extract("Officials close to Yeltsin denied the report on Monday.");

        Assert.Contains(graph.Entities, e => e.Id == "person:boris-yeltsin");
    }

    [Theory]
    [InlineData("Romanian President Klaus Iohannis announces his resignation.", "Klaus Iohannis", "person:vaclav-klaus")]
    [InlineData("Former Somali president Sharif Sheikh Ahmed denounces the vote.", "Sharif Sheikh Ahmed", "person:nawaz-sharif")]
    [InlineData("U.S. Central Command confirms that the USS George H. W. Bush has arrived in the Middle East.", null, "person:george-h-w-bush")]
    public void A_well_known_name_inside_another_name_is_not_that_person(string text, string? person, string notId)
    {
        var graph = TestSupport.Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Id == notId);
        if (person is not null)
        {
            Assert.Contains(graph.Entities, e => e.Label == EntityLabel.Person && e.Name == person);
        }
    }

    [Theory]
    [InlineData("Voters in México went to the polls on Sunday.", "country:mexico")]
    [InlineData("Côte d’Ivoire beat Ghana on Sunday.", "country:cote-divoire")]
    [InlineData("Officials in Cote d'Ivoire said on Sunday that talks continue.", "country:cote-divoire")]
    public void A_known_name_written_with_other_accents_or_apostrophes_is_that_entity(string text, string id)
    {
        var graph = TestSupport.Extract(text);

        Assert.Contains(graph.Entities, e => e.Id == id && e.Label == EntityLabel.Country);
        Assert.DoesNotContain(graph.Entities, e => e.Id != id && e.Id.EndsWith(id.Split(':')[1], StringComparison.Ordinal));
    }

    [Fact]
    public void A_demonym_is_not_matched_with_other_accents()
    {
        var graph = TestSupport.Extract("The UN human rights chief Volker Türk said on Sunday that the strikes must stop.");

        Assert.Contains(graph.Entities, e => e.Label == EntityLabel.Person && e.Name == "Volker Türk");
        Assert.DoesNotContain(graph.Entities, e => e.Id == "country:turkey");
    }

    [Fact]
    public void Unknown_initials_written_apart_or_together_get_the_same_id()
    {
        var a = TestSupport.Extract("Nepal's prime minister K. P. Sharma Oli resigned on Tuesday.");
        var b = TestSupport.Extract("Nepal's prime minister K.P. Sharma Oli resigned on Tuesday.");

        Assert.Equal(a.Entities.Single(e => e.Label == EntityLabel.Person).Id, b.Entities.Single(e => e.Label == EntityLabel.Person).Id);
    }

    [Fact]
    public void Unknown_spelling_variants_get_the_same_id_in_every_article()
    {
        var a = TestSupport.Extract("Dmitri Ivanovsky spoke.");
        var b = TestSupport.Extract("Dmitry Ivanovskiy spoke.");

        Assert.Equal(a.Entities.Single(e => e.Label == EntityLabel.Person).Id, b.Entities.Single(e => e.Label == EntityLabel.Person).Id);
    }

    [Fact]
    public void Demonyms_and_acting_capitals_link_to_the_country_places_stay_places()
    {
        var graph = TestSupport.Extract("Russian troops advanced. Moscow's invasion continued. Talks were held in Moscow.");

        var russia = Assert.Single(graph.Entities, e => e.Id == "country:russia");
        Assert.Contains("Russian", russia.Aliases);
        Assert.Contains("Moscow", russia.Aliases);
        Assert.Contains(graph.Entities, e => e.Id == "location:moscow" && e.Label == EntityLabel.Location);
    }

    [Fact]
    public void Short_forms_of_a_city_are_that_city_and_no_one_named_after_it()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Police in Los Angeles were called at noon. A representative for the LA Sheriff's office told LA Weekly that L.A. was calm."));

        var city = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Location);
        Assert.Equal("Los Angeles", city.Name);
        Assert.Contains("L.A.", city.Aliases);
        Assert.Contains("LA", city.Aliases);
        Assert.Contains(graph.Entities, e => e.Name == "LA Weekly" && e.Label == EntityLabel.Organization);
        Assert.DoesNotContain(graph.Entities, e => e.Label == EntityLabel.Person);
    }

    [Theory]
    [InlineData("The co-pilot of the Germanwings jet that crashed in the French Alps locked the captain out.", "Germanwings", EntityLabel.Organization)]
    [InlineData("A major fire tore through the roof of Notre-Dame cathedral on Monday evening.", "Notre-Dame de Paris", EntityLabel.Location)]
    [InlineData("Investigators examining the fire that destroyed the roof of Notre-Dame are busy.", "Notre-Dame de Paris", EntityLabel.Location)]
    [InlineData("Relief camps were set up across coastal Tamil Nadu on Monday.", "Tamil Nadu", EntityLabel.Location)]
    [InlineData("Satirical weekly Charlie Hebdo reprinted the cartoons.", "Charlie Hebdo", EntityLabel.Organization)]
    [InlineData("Mourners gathered at the Place de la Bourse in central Brussels.", "Place de la Bourse", EntityLabel.Location)]
    [InlineData("The jet crashed in the French Alps on Tuesday.", "Alps", EntityLabel.Location)]
    [InlineData("His successor attended funeral prayers at the Sultan Qaboos Grand Mosque in Muscat.", "Sultan Qaboos Grand Mosque", EntityLabel.Location)]
    public void Airlines_landmarks_regions_squares_and_papers_the_model_misreads_are_found_by_knowledge(string text, string name, EntityLabel label)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        Assert.Contains(graph.Entities, e => e.Name == name && e.Label == label);
    }

    [Theory]
    [InlineData("A monument will be built in the nation's capital, Wellington.", "Wellington", "country:new-zealand")]
    [InlineData("Crowds filled the square near downtown Taipei.", "Taipei", "country:taiwan")]
    [InlineData("Thousands attended the Taipei lantern festival on Saturday.", "Taipei", "country:taiwan")]
    [InlineData("Drones struck the city of Kyiv overnight.", "Kyiv", "country:ukraine")]
    [InlineData("Rescuers clawed through the rubble of Port-au-Prince.", "Port-au-Prince", "country:haiti")]
    [InlineData("Protesters marched through the streets of Tehran after prayers.", "Tehran", "country:iran")]
    [InlineData("The Archbishop of Port-au-Prince was among the dead.", "Port-au-Prince", "country:haiti")]
    [InlineData("The earthquake destroyed much of Port-au-Prince on Tuesday.", "Port-au-Prince", "country:haiti")]
    [InlineData("Ukraine mourned the victims of the bombardment of Kyiv.", "Kyiv", "country:ukraine")]
    public void A_capital_the_words_around_make_a_place_stays_a_place(string text, string capital, string countryId)
    {
        var graph = TestSupport.Extract(text);

        Assert.Contains(graph.Entities, e => e.Label == EntityLabel.Location && e.Name == capital);
        Assert.DoesNotContain(graph.Entities, e => e.Id == countryId && e.Aliases.Contains(capital));
    }

    [Theory]
    [InlineData("Pressure mounts for talks between Moscow and Kyiv.", "country:ukraine", "Kyiv")]
    [InlineData("Kyiv rejected the proposal on Monday.", "country:ukraine", "Kyiv")]
    [InlineData("The Moscow government denied it.", "country:russia", "Moscow")]
    public void A_capital_that_acts_stands_for_its_country(string text, string countryId, string capital)
    {
        var graph = TestSupport.Extract(text);

        Assert.Contains(capital, Assert.Single(graph.Entities, e => e.Id == countryId).Aliases);
    }

    [Fact]
    public void A_person_named_earlier_owns_a_surname_that_is_also_a_capital()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("Valeska Paris, a former member, spoke to reporters. Paris claims she was held for years. She later moved to Paris."));

        Assert.Contains("Paris", Assert.Single(graph.Entities, e => e.Label == EntityLabel.Person).Aliases);
        Assert.DoesNotContain(graph.Entities, e => e.Id == "country:france");
        Assert.Contains(graph.Entities, e => e.Id == "location:paris");
    }

    [Fact]
    public void A_first_name_written_with_another_vowel_later_in_the_article_is_the_same_person()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Kristen Wilkins, curator of the exhibit, spoke. Kristin Wilkins said it opens in May. Maria Rossi and Mario Rossi attended."));

        var people = PersonNames(graph);
        Assert.Equal(["Kristen Wilkins", "Maria Rossi", "Mario Rossi"], people);
    }

    [Theory]
    [InlineData("Lydia Buchtmann of the food regulator spoke on Monday. \"Salt is the answer,\" Ms Bauchtman said.", "Lydia Buchtmann", "Bauchtman")]
    [InlineData("The donations are run by curator K.C. Maurer. Recipients must show the photographs, said Mauer.", "K.C. Maurer", "Mauer")]
    public void A_lone_surname_misspelt_by_a_letter_or_two_is_the_person_named_in_full(string text, string name, string slip) =>
        AssertOne(EntityLabel.Person, text, name, slip);

    [Theory]
    [InlineData("Jan Kowalski spoke first. Later Kowalska said the vote was fair.", "Jan Kowalski", "Kowalska")]
    [InlineData("Anna Maurer and Peter Mauser spoke. Later Mauer said the vote was fair.", "Anna Maurer", "Mauer")]
    [InlineData("Dan Marks spoke first. Later Parks said the vote was fair.", "Dan Marks", "Parks")]
    [InlineData("Dan Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaz spoke first. Later Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaz said so.", "Dan Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaz", "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaz")]
    public void A_lone_surname_that_may_be_another_persons_stays_apart(string text, string named, string other)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        Assert.DoesNotContain(graph.Entities, e => e.Name == named && e.Aliases.Contains(other));
    }

    [Fact]
    public void A_first_name_alone_is_the_one_person_of_the_article_named_with_it_in_full()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Thomas Sam and his wife Manju Sam were charged. Prosecutors say Thomas ignored doctors. Kim Jong Un met Moon Jae-in. Kim smiled."));

        var people = PersonNames(graph);
        Assert.Equal(["Kim Jong Un", "Manju Sam", "Moon Jae-in", "Thomas Sam"], people);

        // Many people share a first name: other articles must not match Thomas Sam by it.
        Assert.DoesNotContain("Thomas", graph.Entities.Single(e => e.Name == "Thomas Sam").Aliases);
    }

    [Fact]
    public void A_surname_that_is_also_the_first_word_of_the_name_stays_an_alias()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Mohamed El-Hassan Mohamed, the head of the agency, spoke on Monday. Mohamed said the talks would go on."));

        Assert.Contains("Mohamed", graph.Entities.Single(e => e.Name == "Mohamed El-Hassan Mohamed").Aliases);
    }

    [Fact]
    public void A_first_name_two_people_of_the_article_share_links_to_neither()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Daniel Montalvo and Daniel Ortega spoke to reporters. Later, Daniel left the building."));

        var people = PersonNames(graph);
        Assert.Equal(["Daniel", "Daniel Montalvo", "Daniel Ortega"], people);
    }

    [Fact]
    public void No_duplicate_entities_for_aliases()
    {
        var graph = TestSupport.Extract("The US and the U.S. and the United States agreed. Donald Trump and Trump spoke.");

        Assert.Single(graph.Entities, e => e.Id == "country:united-states");
        Assert.Single(graph.Entities, e => e.Label == EntityLabel.Person);
        Assert.Equal(graph.Entities.Count, graph.Entities.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void A_pronoun_links_to_the_person_subject_before_it()
    {
        var document = TestSupport.Run("Donald Trump arrived in Paris. He met Emmanuel Macron.");

        var he = Assert.Single(document.Mentions, m => m.Form == MentionForm.Pronoun);
        Assert.Equal("Donald Trump", document.Entities[he.EntityIndex!.Value].Name);
    }

    [Fact]
    public void An_unclear_pronoun_is_left_unlinked()
    {
        var document = TestSupport.Run("Donald Trump and Emmanuel Macron arrived, and Keir Starmer followed. Later he spoke.");

        var he = Assert.Single(document.Mentions, m => m.Form == MentionForm.Pronoun);
        Assert.Null(he.EntityIndex);
    }

    [Fact]
    public void A_pronoun_of_the_other_gender_is_not_linked()
    {
        var document = TestSupport.Run("Donald Trump arrived. She spoke.");

        Assert.Null(Assert.Single(document.Mentions, m => m.Form == MentionForm.Pronoun).EntityIndex);
    }

    [Fact]
    public void A_middle_initial_written_once_and_left_out_later_is_one_person()
    {
        var graph = TestSupport.Extract("Keith T. Fennimore arrived. Keith Fennimore spoke. Keith R. Fennimore, his father, stayed home.");

        var people = graph.Entities.Where(e => e.Label == EntityLabel.Person).ToList();
        Assert.Equal(2, people.Count);
        Assert.Contains(people, p => p.Name == "Keith T. Fennimore" && p.Aliases.Contains("Keith Fennimore"));
        Assert.Contains(people, p => p.Name == "Keith R. Fennimore");
    }

    [Fact]
    public void A_title_with_of_the_inside_is_cut_from_the_name_and_kept_as_the_role()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("Israeli Chief of the General Staff Eyal Zamir spoke."));

        var person = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Person);
        Assert.Equal("Eyal Zamir", person.Name);
        Assert.Equal("Chief of the General Staff", Assert.Single(graph.Relations, r => r.Type == "WORKS_FOR").Role);
    }

    [Fact]
    public void The_last_words_of_a_longer_name_named_earlier_are_that_person()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("Prime Minister Bart De Wever met Senior General Min Aung Hlaing. De Wever said Aung Hlaing agreed."));

        var people = graph.Entities.Where(e => e.Label == EntityLabel.Person).ToList();
        Assert.Equal(["Bart De Wever", "Min Aung Hlaing"], people.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains(people, p => p.Aliases.Contains("De Wever"));
        Assert.Contains(people, p => p.Aliases.Contains("Aung Hlaing"));
    }

    [Fact]
    public void The_last_words_of_a_longer_name_met_first_take_the_full_name_nickname_included() =>
        AssertOne(
            EntityLabel.Person,
            "Spike Zorblatt received the vice presidential nomination. The next day, the party nominated podcast host Jeremy \"Spike\" Zorblatt.",
            "Jeremy \"Spike\" Zorblatt",
            "Spike Zorblatt");

    [Fact]
    public void A_longer_name_in_the_same_sentence_as_its_last_words_is_another_person()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Exiled crown prince Reza Zorblavi, son of the late shah Mohammad Reza Zorblavi, says he is ready to lead."));

        var people = graph.Entities.Where(e => e.Label == EntityLabel.Person).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["Mohammad Reza Zorblavi", "Reza Zorblavi"], people);
    }

    [Fact]
    public void The_last_word_of_a_storm_named_earlier_is_that_storm()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("Hurricane Dorian hit the Bahamas on Sunday. Dorian then moved north."));

        var storm = Assert.Single(graph.Entities, e => e.Name.Contains("Dorian", StringComparison.Ordinal));
        Assert.Equal(("Hurricane Dorian", EntityLabel.Event), (storm.Name, storm.Label));
    }

    [Fact]
    public void A_paternal_surname_inside_a_longer_name_is_that_person()
    {
        var graph = TestSupport.Extract("Keith Fennimore Vargas arrived. Later Fennimore spoke.");

        var person = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Person);
        Assert.Equal("Keith Fennimore Vargas", person.Name);
        Assert.Contains("Fennimore", person.Aliases);
    }

    [Fact]
    public void A_country_institution_is_named_with_its_country_and_later_bare_mentions_join_it()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "The Israeli Air Force struck targets in Lebanon. Pakistan's Senate passed the bill. The Air Force said the strike was precise."));

        var organisations = graph.Entities.Where(e => e.Label == EntityLabel.Organization).Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["Israel Air Force", "Pakistan Senate"], organisations);
        Assert.DoesNotContain("Air Force", Assert.Single(graph.Entities, e => e.Name == "Israel Air Force").Aliases);
    }

    [Theory]
    [InlineData("The United Kingdom Home Office will issue questionnaires. Critics said the Home Office had waited too long.", "United Kingdom Home Office", "Home Office")]
    [InlineData("Volunteers of the Comic Corps of Canada collect comics. Fans met at the Comic Corps booth.", "Comic Corps of Canada", "Comic Corps")]
    public void An_organisation_named_with_its_country_is_the_one_named_later_without_it(string text, string name, string shortForm)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        var organisation = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Organization);
        Assert.Equal(name, organisation.Name);
        Assert.Contains(shortForm, organisation.Aliases);
    }

    [Theory]
    [InlineData("The Church of Scientology denied the claims. Critics said Scientology had kept her for years.")]
    [InlineData("Critics said Scientology had kept her for years. The Church of Scientology denied the claims.")]
    public void An_organisation_named_by_what_it_is_the_institution_of_is_one_with_it_in_either_order(string text)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        var organisation = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Organization);
        Assert.Equal("Church of Scientology", organisation.Name);
        Assert.Contains("Scientology", organisation.Aliases);
    }

    [Theory]
    [InlineData("The RSF shelled towns in Blue Nile State on Monday.", "Blue Nile")]
    [InlineData("Israeli troops withdrew from the Netzarim Corridor in Gaza.", "Netzarim Corridor")]
    [InlineData("Al-Shabaab fighters raided villages in Lower Shabelle.", "Lower Shabelle")]
    [InlineData("Drones struck Stavropol Krai overnight, officials of Stavropol Krai said.", "Stavropol Krai")]
    public void Regions_and_corridors_the_model_reads_as_organisations_are_places(string text, string name)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        Assert.Contains(graph.Entities, e => e.Label == EntityLabel.Location && e.Name == name);
    }

    [Theory]
    [InlineData("Colombians vote to elect 103 members of the Senate.\nIranian missiles hit Haifa. Iran said Tehran would respond to Israel.", "Colombia Senate")]
    [InlineData("Bulgarians vote for 240 seats of the National Assembly in Sofia.", "Bulgaria National Assembly")]
    [InlineData("Kenyan and Ugandan delegates met. The Parliament adjourned.", "Parliament")]
    public void An_institution_named_without_its_country_is_the_country_its_paragraph_is_about(string text, string name)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        Assert.Contains(graph.Entities, e => e.Label == EntityLabel.Organization && e.Name == name);
    }

    [Fact]
    public void An_institution_after_a_persons_titles_is_the_country_those_titles_name()
    {
        // Wikipedia, Portal:Current events, 7 April 2026 (CC BY-SA 4.0): the paragraph names the United States twice and Cuba once.
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Cuban president and First Secretary of the Communist Party Miguel Díaz-Canel warns the United States that his forces will wage a guerrilla warfare campaign if the U.S. military invades and occupies the country.\n\n"
            + "At the invitation of paramount leader Xi Jinping, Kuomintang chairperson Cheng Li-wun begins the first visit to China by a Taiwanese opposition leader since 2016.\n\n"
            + "Protestors storm the Kuwaiti consulate in Basra, Iraq, after a rocket attack launched from Kuwait killed three people in Basra."));

        Assert.Contains(graph.Entities, e => e.Label == EntityLabel.Organization && e.Name == "Cuba Communist Party");
        Assert.DoesNotContain(graph.Entities, e => e.Name == "United States Communist Party");
    }

    [Fact]
    public void A_surname_the_model_reads_as_a_place_is_the_person_named_in_full()
    {
        // Wikinews, "On the campaign trail in the USA, September 2020" (CC BY 2.5), shortened.
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "During the appearance, Biden delivered a speech on racial inequality. He also visited the family of Jacob Blake and spoke to Blake on the phone."));

        var blake = Assert.Single(graph.Entities, e => e.Name.Contains("Blake", StringComparison.Ordinal));
        Assert.Equal(EntityLabel.Person, blake.Label);
        Assert.Equal("Jacob Blake", blake.Name);
    }

    [Fact]
    public void The_body_a_speakers_title_leads_and_the_speaker_are_two()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Time also considered the United States Speaker of the House Nancy Pelosi, United States President Donald Trump and protesters in Hong Kong."));

        Assert.Contains(graph.Entities, e => e.Label == EntityLabel.Person && e.Name == "Nancy Pelosi");
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("House Nancy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jama'at Nusrat al-Islam wal-Muslimin claimed the attack. JNIM fighters later withdrew.", "Jama'at Nusrat al-Islam wal-Muslimin")]
    [InlineData("The Pakistani Taliban denied it. A TTP commander was killed.", "Tehreek-e-Taliban Pakistan")]
    [InlineData("The Rapid Support Forces (RSF) took the town. The RSF said it controls the airport.", "Rapid Support Forces")]
    [InlineData("The Kurdistan Workers' Party announced its dissolution. The PKK had fought for decades.", "Kurdistan Workers' Party")]
    public void An_armed_group_and_its_short_names_are_one_organisation_of_the_knowledge_base(string text, string name)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        var group = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Organization);
        Assert.Equal(name, group.Name);
    }

    [Theory]
    [InlineData("The National Hurricane Center (NHC) upgraded the storm. The NHC expects landfall on Monday.", "National Hurricane Center", "NHC")]
    [InlineData("The Zorvian Coastal Authority said the port was closed. Later the ZCA reopened it.", "Zorvian Coastal Authority", "ZCA")]
    [InlineData("Officials of the Transitional Military Directorate (TMD) met on Friday.", "Transitional Military Directorate", "TMD")]
    [InlineData("Shells hit ZCA posts on Thursday. An order went to the Zorvian Coastal Authority [ZCA] later.", "Zorvian Coastal Authority", "ZCA")]
    public void An_acronym_of_a_name_the_article_spells_out_is_that_organisation(string text, string name, string acronym) =>
        AssertOneOrganisation(text, name, acronym);

    private static void AssertOneOrganisation(string text, string name, string alias) => AssertOne(EntityLabel.Organization, text, name, alias);

    /// <summary>The text names one entity of the label, by <paramref name="name"/>, and <paramref name="alias"/> is among its aliases.</summary>
    private static void AssertOne(EntityLabel label, string text, string name, string alias)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        var entity = Assert.Single(graph.Entities, e => e.Label == label);
        Assert.Equal(name, entity.Name);
        Assert.Contains(alias, entity.Aliases);
    }

    [Fact]
    public void A_place_a_dateline_names_in_capitals_first_takes_the_texts_casing()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("ZORVANGRAD, Sept 19 - Two guards were killed on Friday near Zorvangrad, police said."));

        var place = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Location);
        Assert.Equal("Zorvangrad", place.Name);
    }

    [Theory]
    [InlineData("Quarnby Electric agreed to buy the cooling maker on Monday. Quarnby will pay $4 billion in cash.", "Quarnby Electric", "Quarnby")]
    [InlineData("Workers at Vantor Haldane AG walked out on Monday. Vantor Haldane said talks would resume.", "Vantor Haldane", "Vantor Haldane AG")]
    [InlineData("Hackers stole card data from Brightway Stores Inc., the retailer said on Friday. Brightway said its shares fell.", "Brightway Stores", "Brightway")]
    public void The_leading_words_of_a_company_named_by_its_trade_or_legal_form_are_that_company(string text, string name, string alias) =>
        AssertOneOrganisation(text, name, alias);

    [Fact]
    public void A_company_is_named_without_its_legal_form_so_outlets_that_leave_it_out_name_the_same_entity()
    {
        var withForm = TestSupport.ProductionExtractor.Extract(TestSupport.Article("Brightway Stores Inc. said on Friday that hackers stole card data."));
        var withoutForm = TestSupport.ProductionExtractor.Extract(TestSupport.Article("Brightway Stores said on Friday that hackers stole card data."));
        var website = TestSupport.ProductionExtractor.Extract(TestSupport.Article("The match was first reported by Wrestling Inc on Monday."));

        var company = Assert.Single(withForm.Entities, e => e.Label == EntityLabel.Organization);
        Assert.Equal(Assert.Single(withoutForm.Entities, e => e.Label == EntityLabel.Organization).Id, company.Id);
        Assert.Contains("Brightway Stores Inc.", company.Aliases);
        Assert.Contains(website.Entities, e => e.Name == "Wrestling Inc");
    }

    [Fact]
    public void The_leading_word_of_two_companies_named_alike_is_neither()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Quarnby Electric and Quarnby Bank both reported results on Monday. Quarnby shares fell 3 per cent."));

        Assert.DoesNotContain(graph.Entities, e => e.Aliases.Contains("Quarnby") && e.Name != "Quarnby");
    }

    [Fact]
    public void An_acronym_that_spells_nobody_out_or_two_names_alike_stays_its_own_organisation()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "The Zorvian Coastal Authority and the Zorvian Cargo Association met. The ZCA later issued a statement. Paul Marchetti spoke for the PM group."));

        Assert.Contains(graph.Entities, e => e.Name == "ZCA");
        Assert.DoesNotContain(graph.Entities, e => e.Aliases.Contains("ZCA") && e.Name != "ZCA");
        Assert.DoesNotContain("PM", Assert.Single(graph.Entities, e => e.Name == "Paul Marchetti").Aliases);
    }

    [Fact]
    public void A_known_organisation_after_its_countrys_name_or_demonym_is_that_organisation()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "The Sudanese Rapid Support Forces took the town. Sudan's Rapid Support Forces denied shelling it. The Iranian Islamic Revolutionary Guard Corps fired."));

        var organisations = graph.Entities.Where(e => e.Label == EntityLabel.Organization).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(["Islamic Revolutionary Guard Corps", "Rapid Support Forces"], organisations.Select(e => e.Name));
        Assert.Contains("Sudanese Rapid Support Forces", organisations[1].Aliases);
        Assert.Contains(graph.Entities, e => e.Id == "country:sudan");
        Assert.Contains(graph.Entities, e => e.Id == "country:iran");
    }

    [Fact]
    public void Another_countrys_organisation_of_a_known_organisations_name_is_named_with_its_country()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Jamaica's Labour Party won the vote. The Jamaican Labour Party celebrated. Britain's Labour Party lost. The Labour Party met in London."));

        var organisations = graph.Entities.Where(e => e.Label == EntityLabel.Organization).Select(e => e.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["organization:jamaica-labour-party", "organization:labour-party"], organisations);
    }

    [Theory]
    [InlineData("The Maldivian Democratic Party won a majority.", "organization:maldives-democratic-party")]
    [InlineData("The US Democratic Party chose its nominee.", "organization:democratic-party")]
    public void The_american_democratic_party_is_not_every_countrys(string text, string id)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        Assert.Equal(id, Assert.Single(graph.Entities, e => e.Label == EntityLabel.Organization).Id);
    }

    [Theory]
    [InlineData("Canadians vote in a general election. The Liberal Party won 169 seats in Ottawa.", "Canada Liberal Party")]
    [InlineData("Germany's Social Democratic Party lost votes.", "Germany Social Democratic Party")]
    [InlineData("The Liberal Party of Canada won 169 seats.", "Canada Liberal Party")]
    [InlineData("The Ministry of Defence of Ukraine said drones were shot down.", "Ukraine Ministry of Defence")]
    [InlineData("Russia's Defense Ministry said drones were shot down.", "Russia Ministry of Defence")]
    public void A_party_name_every_country_has_is_named_with_its_country(string text, string name)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        Assert.Contains(graph.Entities, e => e.Label == EntityLabel.Organization && e.Name == name);
    }

    [Fact]
    public void A_named_places_general_assembly_is_not_the_united_nations_one()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "The Georgia General Assembly passed the bill.\n\nThe General Assembly voted to condemn the invasion, UN diplomats said."));

        var organisations = graph.Entities.Where(e => e.Label == EntityLabel.Organization).Select(e => e.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["organization:georgia-general-assembly", "organization:un-general-assembly", "organization:united-nations"], organisations);
    }

    [Fact]
    public void A_countrys_red_cross_or_red_crescent_is_its_own_society_and_the_red_cross_alone_is_the_international_committee()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "The British Red Cross sent aid.\n\nThe Red Cross facilitated the release of hostages in Gaza.\n\nThe Palestinian Red Crescent said two medics were killed."));

        var organisations = graph.Entities.Where(e => e.Label == EntityLabel.Organization).Select(e => e.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["organization:international-committee-of-the-red-cross", "organization:palestine-red-crescent", "organization:united-kingdom-red-cross"], organisations);
    }

    [Fact]
    public void A_known_organisation_of_another_country_is_named_with_that_country()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("The Kenyan Rapid Support Forces were formed last year."));

        Assert.DoesNotContain(graph.Entities, e => e.Name == "Rapid Support Forces");
        Assert.Contains(graph.Entities, e => e.Name == "Kenya Rapid Support Forces");
    }

    [Fact]
    public void A_chamber_of_deputies_is_an_organisation_named_with_its_country()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "The Brazilian Chamber of Deputies approved the bill on Tuesday."));

        Assert.Contains(graph.Entities, e => e.Label == EntityLabel.Organization && e.Name == "Brazil Chamber of Deputies");
    }

    [Fact]
    public void Two_countries_electoral_councils_are_two_organisations_each_with_its_country()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "The Honduran National Electoral Council declared a winner. Venezuela's National Electoral Council said Maduro won."));

        var organisations = graph.Entities.Where(e => e.Label == EntityLabel.Organization).Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["Honduras National Electoral Council", "Venezuela National Electoral Council"], organisations);
        Assert.Contains(graph.Entities, e => e.Id == "country:honduras");
        Assert.Contains(graph.Entities, e => e.Id == "country:venezuela");
    }

    [Fact]
    public void An_organisation_named_after_an_abbreviated_country_gets_the_country_name_or_its_known_entry()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "The U.S. Central Command said the strike hit. The U.S. Central Intelligence Agency agreed. US Airways cancelled flights."));

        var organisations = graph.Entities.Where(e => e.Label == EntityLabel.Organization).Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["Central Intelligence Agency", "US Airways", "United States Central Command"], organisations);
    }

    [Fact]
    public void An_organisation_the_knowledge_base_knows_under_another_name_of_its_country_is_that_entry()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "The U.S. Department of State said the talks would resume, and the United States Department of State confirmed it."));

        var organisation = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Organization);
        Assert.Equal("US Department of State", organisation.Name);
    }

    [Fact]
    public void A_name_given_as_another_names_other_name_is_that_entity_wherever_the_article_uses_it()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("Typhoon Kalmaegi, known locally as Tino, hit Cebu on Tuesday. Tino killed 40 people."));

        var storm = Assert.Single(graph.Entities, e => e.Label == EntityLabel.Event);
        Assert.Equal("Typhoon Kalmaegi", storm.Name);
        Assert.Contains("Tino", storm.Aliases);
    }

    [Fact]
    public void A_storm_named_again_by_its_new_strength_is_the_same_storm()
    {
        var graph = TestSupport.Extract("Tropical Storm Humberto formed on Friday. Humberto, now Hurricane Humberto, moved north. Hurricane Dorian had passed.");

        var events = graph.Entities.Where(e => e.Label == EntityLabel.Event).ToList();
        Assert.Equal(2, events.Count);
        var humberto = Assert.Single(events, e => e.Name == "Tropical Storm Humberto");
        Assert.Contains("Hurricane Humberto", humberto.Aliases);
    }
}
