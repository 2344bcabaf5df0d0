using GraphNews.Domain;

namespace GraphNews.Extraction.Tests;

public sealed class RelationExtractionStageTests
{
    [Theory]
    [InlineData("Emmanuel Macron met Olaf Scholz.", Modality.Asserted)]
    [InlineData("Emmanuel Macron is scheduled to meet Olaf Scholz.", Modality.Planned)]
    [InlineData("Emmanuel Macron will meet Olaf Scholz.", Modality.Planned)]
    [InlineData("Emmanuel Macron could meet Olaf Scholz.", Modality.Potential)]
    [InlineData("Emmanuel Macron hopes to meet Olaf Scholz.", Modality.Potential)]
    [InlineData("Emmanuel Macron did not meet Olaf Scholz.", Modality.Negated)]
    [InlineData("Emmanuel Macron refused to meet Olaf Scholz.", Modality.Negated)]
    [InlineData("Emmanuel Macron indicated his potential meeting with Olaf Scholz.", Modality.Potential)]
    [InlineData("Reuters reported that Emmanuel Macron met Olaf Scholz.", Modality.Reported)]
    [InlineData("Emmanuel Macron met Olaf Scholz, officials said.", Modality.Reported)]
    [InlineData("Emmanuel Macron is expected to receive a medal and meet Olaf Scholz.", Modality.Planned)]
    [InlineData("Emmanuel Macron urged the embassy to reconsider and met Olaf Scholz.", Modality.Asserted)]
    [InlineData("Emmanuel Macron travels to Berlin on his first trip and meets Olaf Scholz.", Modality.Asserted)]
    [InlineData("Emmanuel Macron visited the family of Angela Merkel and met Olaf Scholz.", Modality.Asserted)]
    public void Modality_follows_the_cue_words(string text, Modality expected)
    {
        var relation = TestSupport.Extract(text).Single("MET_WITH", "Emmanuel Macron", "Olaf Scholz");

        Assert.Equal(expected, relation.Modality);
    }

    [Theory]
    [InlineData("The European Union imposed sanctions on Russia.")]
    [InlineData("The European Union imposed new sanctions on Russia over the war.")]
    [InlineData("The European Union slapped fresh sanctions on Russia.")]
    public void A_light_verb_lends_its_subject_to_a_noun_trigger(string text) =>
        Assert.Equal(Modality.Asserted, TestSupport.Extract(text).Single("SANCTIONED", "European Union", "Russia").Modality);

    [Fact]
    public void Lifting_sanctions_is_no_sanction()
    {
        var graph = TestSupport.Extract("The European Union lifted sanctions on Russia.");

        Assert.DoesNotContain(graph.Relations, r => r.Type == "SANCTIONED" && r.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_party_reporting_its_own_interaction_is_asserted()
    {
        var relation = TestSupport.Extract("Emmanuel Macron said he met Olaf Scholz.").Single("MET_WITH", "Emmanuel Macron", "Olaf Scholz");

        Assert.Equal(Modality.Asserted, relation.Modality);
    }

    [Fact]
    public void Pressure_for_talks_is_not_an_asserted_conversation()
    {
        var graph = TestSupport.Extract("Pressure mounts for direct conversations between Moscow and Kyiv.");

        Assert.Equal(Modality.Potential, graph.Single("SPOKE_WITH", "Russia", "Ukraine").Modality);
    }

    [Fact]
    public void Passive_voice_puts_the_agent_first()
    {
        var graph = TestSupport.Extract("Olaf Scholz was criticized by Emmanuel Macron.");

        graph.Single("CRITICIZED", "Emmanuel Macron", "Olaf Scholz");
        Assert.Empty(graph.Relations("CRITICIZED", "Olaf Scholz", "Emmanuel Macron"));
    }

    [Theory]
    [InlineData("Mayor of Kyiv Vitali Klitschko reports power outages.", "Vitali Klitschko", "Kyiv")]
    [InlineData("Incumbent mayor of Warsaw Rafał Trzaskowski leads the first round.", "Rafał Trzaskowski", "Warsaw")]
    [InlineData("Moscow's mayor Sergei Sobyanin extended the lockdown.", "Sergei Sobyanin", "Moscow")]
    [InlineData("Mayor of London Sadiq Khan praised the bystanders.", "Sadiq Khan", "London")]
    [InlineData("Kyiv mayor Vitali Klitschko says the attack killed nine people.", "Vitali Klitschko", "Kyiv")]
    public void A_mayor_leads_the_capital_city_not_its_country(string text, string mayor, string city)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        var leads = graph.Single("LEADS", mayor, city);
        Assert.Equal(EntityLabel.Location, Assert.Single(graph.Entities, e => e.Id == leads.Target).Label);
    }

    [Theory]
    [InlineData("Israel agrees to hold talks with Lebanon.", "SPOKE_WITH", "Israel", "Lebanon", Modality.Planned)]
    [InlineData("Volodymyr Zelenskyy is ready for direct talks with Vladimir Putin.", "SPOKE_WITH", "Volodymyr Zelenskyy", "Vladimir Putin", Modality.Potential)]
    [InlineData("Iranian foreign minister Abbas Araghchi says that Iran is not seeking a ceasefire or negotiations with the United States.", "NEGOTIATED_WITH", "Iran", "United States", Modality.Negated)]
    public void A_contact_the_subject_may_or_will_not_make_is_theirs(string text, string type, string source, string target, Modality modality) =>
        Assert.Equal(modality, TestSupport.ProductionExtractor.Extract(TestSupport.Article(text)).Single(type, source, target).Modality);

    [Fact]
    public void Talks_a_subject_praises_are_not_said_to_be_its_own() =>
        Assert.DoesNotContain(TestSupport.ProductionExtractor.Extract(TestSupport.Article("Russian President Vladimir Putin praises the high-level talks with the U.S. in Riyadh.")).Relations,
            r => r.Type == "SPOKE_WITH");

    [Theory]
    [InlineData("Lithuanian culture minister Ignotas Adomavičius resigns.", "Ignotas Adomavičius", "Lithuania")]
    [InlineData("Pakistani information minister Attaullah Tarar says the strikes hit camps.", "Attaullah Tarar", "Pakistan")]
    public void A_portfolio_minister_works_for_the_country(string text, string minister, string country) =>
        TestSupport.ProductionExtractor.Extract(TestSupport.Article(text)).Single("WORKS_FOR", minister, country);

    [Fact]
    public void An_office_of_what_an_owner_has_is_of_that_not_of_the_owner()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "United States forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike. Nus Kei, chairperson of the Golkar Party's Southeast Maluku Regency branch, was killed."));

        graph.Single("LEADS", "Qasem Soleimani", "Quds Force");
        Assert.Empty(graph.Relations("LEADS", "Qasem Soleimani", "Iran"));
        Assert.Empty(graph.Relations("LEADS", "Nus Kei", "Southeast Maluku Regency"));
        Assert.Empty(graph.Relations("LEADS", "Nus Kei", "Golkar Party"));
        graph.Single("MEMBER_OF", "Nus Kei", "Golkar Party");
    }

    [Fact]
    public void The_head_of_an_unnamed_part_of_a_body_works_for_the_body()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "An airstrike killed Sami Odeh, the head of Hamas's \"general security mechanism\". Mark Rutte, the head of NATO, spoke."));

        graph.Single("WORKS_FOR", "Sami Odeh", "Hamas");
        Assert.Empty(graph.Relations("LEADS", "Sami Odeh", "Hamas"));
        graph.Single("LEADS", "Mark Rutte", "North Atlantic Treaty Organization");
    }

    [Fact]
    public void Coordination_gives_one_relationship_per_party()
    {
        var graph = TestSupport.Extract("Keith Kellogg, the lead White House envoy for Russia and Ukraine, spoke.");

        graph.Single("ENVOY_TO", "Keith Kellogg", "Russia");
        graph.Single("ENVOY_TO", "Keith Kellogg", "Ukraine");
        graph.Single("WORKS_FOR", "Keith Kellogg", "White House");
    }

    [Fact]
    public void Coordinated_subjects_of_a_symmetric_verb_are_the_two_parties()
    {
        TestSupport.Extract("Emmanuel Macron and Olaf Scholz met in Berlin.").Single("MET_WITH", "Emmanuel Macron", "Olaf Scholz");
    }

    [Theory]
    [InlineData("Emmanuel Macron praised his conversation with Olaf Scholz.", "SPOKE_WITH")]
    [InlineData("France's invasion of Belgium was condemned.", "INVADED")]
    [InlineData("Emmanuel Macron held talks with Olaf Scholz.", "SPOKE_WITH")]
    public void Nominal_triggers_take_their_actor_from_a_possessor_or_light_verb(string text, string type)
    {
        var graph = TestSupport.Extract(text);

        Assert.Single(graph.Relations, r => r.Type == type);
    }

    [Fact]
    public void Talks_between_two_parties_join_them()
    {
        TestSupport.Extract("The talks between France and Germany ended.").Single("SPOKE_WITH", "France", "Germany");
    }

    [Fact]
    public void A_noun_trigger_without_a_stated_actor_gives_nothing()
    {
        var graph = TestSupport.Extract("Emmanuel Macron rebuffed the prospect of discussions with Germany.");

        Assert.DoesNotContain(graph.Relations, r => r.Type == "SPOKE_WITH");
        graph.Single("REBUFFED", "Emmanuel Macron", "Germany");
    }

    [Fact]
    public void The_topic_is_taken_from_the_about_phrase()
    {
        var graph = TestSupport.Extract("Emmanuel Macron spoke with Olaf Scholz about the conflict in Ukraine, which began in 2022.");

        var relation = graph.Single("SPOKE_WITH", "Emmanuel Macron", "Olaf Scholz");
        Assert.Equal(["country:ukraine"], relation.Topics);
    }

    [Fact]
    public void An_entity_elsewhere_in_the_sentence_is_not_a_topic()
    {
        var graph = TestSupport.Extract("In Ukraine, Emmanuel Macron spoke with Olaf Scholz.");

        Assert.Empty(graph.Single("SPOKE_WITH", "Emmanuel Macron", "Olaf Scholz").Topics);
    }

    [Fact]
    public void Dates_are_stored_on_the_relationship_and_undated_facts_have_none()
    {
        var graph = TestSupport.Extract("Emmanuel Macron met Olaf Scholz on February 3. Emmanuel Macron called Keir Starmer.");

        Assert.Equal(new DateOnly(2025, 2, 3), graph.Single("MET_WITH", "Emmanuel Macron", "Olaf Scholz").Date);
        Assert.Null(graph.Single("SPOKE_WITH", "Emmanuel Macron", "Keir Starmer").Date);
    }

    [Fact]
    public void A_meeting_at_a_named_event_takes_the_event_date_and_participation()
    {
        var graph = TestSupport.Extract("Emmanuel Macron will meet Olaf Scholz at the Paris Peace Forum, opening on February 20.");

        var meeting = graph.Single("MET_WITH", "Emmanuel Macron", "Olaf Scholz");
        Assert.Equal(new DateOnly(2025, 2, 20), meeting.Date);
        Assert.Equal(Modality.Planned, graph.Single("PARTICIPATES_IN", "Olaf Scholz", "Paris Peace Forum").Modality);
        graph.Single("HELD_IN", "Paris Peace Forum", "Paris");
    }

    [Theory]
    [InlineData("US President Donald Trump spoke.", "LEADS", "Donald Trump", "United States", "President")]
    [InlineData("Kremlin spokesman Dmitry Peskov spoke.", "SPOKESPERSON_FOR", "Dmitry Peskov", "Kremlin", "Spokesman")]
    [InlineData("Sergey Lavrov, Russia's foreign minister, spoke.", "WORKS_FOR", "Sergey Lavrov", "Russia", "Foreign Minister")]
    [InlineData("King Abdullah II of Jordan spoke.", "LEADS", "Abdullah II", "Jordan", "King")]
    [InlineData("US Senate Majority Leader John Zorbune spoke.", "LEADS", "John Zorbune", "US Senate", "Majority Leader")]
    public void Titles_give_structural_relations_with_their_role(string text, string type, string source, string target, string role)
    {
        Assert.Equal(role, TestSupport.Extract(text).Single(type, source, target).Role);
    }

    [Fact]
    public void A_party_after_a_titled_name_is_the_party_the_person_belongs_to()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "The Social Democratic Party withdraws support for prime minister Ilie Zorblan of the National Liberal Party."));

        graph.Single("MEMBER_OF", "Ilie Zorblan", "National Liberal Party");
        Assert.Empty(graph.Relations("LEADS", "Ilie Zorblan", "National Liberal Party"));
    }

    [Fact]
    public void A_place_after_the_name_of_a_committees_chairman_is_no_place_the_title_leads()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Democratic committee chairman Jerrold Zorbler of New York said the inquiry goes on."));

        Assert.DoesNotContain(graph.Relations, r => r.Type == "LEADS");
    }

    [Fact]
    public void A_former_title_gives_no_structural_relation()
    {
        Assert.Empty(TestSupport.Extract("Former US President Barack Obama spoke.").Relations);
    }

    [Fact]
    public void Evidence_carries_the_sentence_and_its_offsets()
    {
        const string text = "Nothing happened. Emmanuel Macron met Olaf Scholz.";
        var evidence = Assert.Single(TestSupport.Extract(text).Single("MET_WITH", "Emmanuel Macron", "Olaf Scholz").Evidence);

        Assert.Equal("Emmanuel Macron met Olaf Scholz.", evidence.Sentence);
        Assert.Equal(evidence.Sentence, text[evidence.Start..evidence.End]);
    }

    [Fact]
    public void Telling_a_person_is_speaking_with_them_but_telling_a_newspaper_is_no_contact()
    {
        TestSupport.Extract("Xi Jinping tells Olaf Scholz that China will not tolerate it.").Single("SPOKE_WITH", "Xi Jinping", "Olaf Scholz");
        Assert.DoesNotContain(TestSupport.Extract("Donald Trump told Reuters that the talks went well.").Relations, r => r.Type == "SPOKE_WITH");
    }

    [Fact]
    public void Naming_someone_is_not_calling_them()
    {
        Assert.DoesNotContain(TestSupport.Extract("Donald Trump calls Volodymyr Zelenskyy a \"dictator\".").Relations, r => r.Type == "SPOKE_WITH");
    }
}

public sealed class RelationExtractionClauseTests
{
    [Fact]
    public void Verbs_joined_by_and_share_the_sentence_subject()
    {
        var graph = TestSupport.Extract("Emmanuel Macron visits the Gaza Strip and meets with Olaf Scholz.");

        graph.Single("MET_WITH", "Emmanuel Macron", "Olaf Scholz");
        graph.Single("VISITED", "Emmanuel Macron", "Gaza Strip");
    }

    [Fact]
    public void Talks_after_which_the_subject_acted_involve_the_subject()
    {
        var graph = TestSupport.Extract("Russia releases the prisoners after talks with Olaf Scholz.");

        Assert.Equal(Modality.Asserted, graph.Single("SPOKE_WITH", "Russia", "Olaf Scholz").Modality);
    }

    [Fact]
    public void An_effort_to_broker_a_deal_is_only_potential()
    {
        var graph = TestSupport.Extract("Olaf Scholz visits Paris in an effort to broker a ceasefire deal between Armenia and Azerbaijan.");

        Assert.Equal(Modality.Potential, graph.Single("AGREED_WITH", "Armenia", "Azerbaijan").Modality);
    }

    [Fact]
    public void A_date_or_place_may_stand_between_the_verb_and_its_preposition()
    {
        var graph = TestSupport.Extract("Emmanuel Macron met on Monday with Olaf Scholz. Keir Starmer meets in Berlin with Olaf Scholz.");

        Assert.Equal(new DateOnly(2025, 2, 3), graph.Single("MET_WITH", "Emmanuel Macron", "Olaf Scholz").Date);
        graph.Single("MET_WITH", "Keir Starmer", "Olaf Scholz");
    }

    [Fact]
    public void Planned_talks_that_were_cancelled_are_negated()
    {
        var graph = TestSupport.Extract("The planned talks between Iran and the United States have been cancelled.");

        Assert.Equal(Modality.Negated, graph.Single("SPOKE_WITH", "Iran", "United States").Modality);
    }

    [Fact]
    public void A_name_inside_a_place_phrase_is_not_the_subject()
    {
        Assert.Empty(TestSupport.Extract("Engineers in Khartoum are attacked by the Rapid Support Forces.").Relations);
    }

    [Fact]
    public void A_participle_clause_takes_no_subject_from_a_list_before_it()
    {
        var graph = TestSupport.Extract("Xiomara Castro will denounce it to the European Union, the Organization of American States, and the United Nations, accusing Donald Trump of interference.");

        Assert.DoesNotContain(graph.Relations, r => r.Type == "CRITICIZED" && graph.NameOf(r.Source) != "Xiomara Castro");
    }
}
