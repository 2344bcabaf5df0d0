using GraphNews.Domain;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Tests;

public sealed class MentionRecognitionStageTests
{
    private static List<Mention> Mentions(string text) => TestSupport.Run(text).Mentions.Where(m => m.Form != MentionForm.Pronoun).ToList();

    [Theory]
    [InlineData("Zia Yusuf announces that he is stepping down as the Chairman of Reform UK.", "of Reform UK")]
    [InlineData("John Healey resigns as the United Kingdom's Secretary of State for Defence in protest.", "for Defence")]
    [InlineData("The inauguration is held indoors in the United States Capitol rotunda due to extreme cold temperatures.", "rotunda")]
    [InlineData("Most of the time was spent at the offices of the California Secretary of State and Registrar of Voters in Fresno.", "and Registrar")]
    public void What_a_title_holder_heads_and_lower_case_words_are_no_person(string text, string notAPerson)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains(notAPerson, StringComparison.Ordinal));
        Assert.All(graph.Entities.Where(e => e.Label == EntityLabel.Person), e => Assert.True(char.IsUpper(e.Name[0]), e.Name));
    }

    [Theory]
    [InlineData("Ukraine's General Staff reports that drones have struck the Omsk refinery.", "Staff")]
    [InlineData("The General Confederation of the Portuguese Workers calls a general strike.", "Confederation")]
    [InlineData("Biden pardons former Chief Medical Advisor Anthony Fauci.", "Medical")]
    [InlineData("My Chief Health Director has been talking to her every day.", "Health")]
    public void Common_words_after_a_title_are_no_person(string text, string notAPerson)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        Assert.DoesNotContain(graph.Entities, e => e.Label == EntityLabel.Person && e.Name.Contains(notAPerson, StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_before_an_unknown_surname_still_makes_a_person()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("General Zaluzhnyi met Colonel Brown in Kyiv."));

        Assert.Contains(graph.Entities, e => e.Label == EntityLabel.Person && e.Name == "Zaluzhnyi");
        Assert.Contains(graph.Entities, e => e.Label == EntityLabel.Person && e.Name == "Brown");
    }

    [Fact]
    public void Titles_are_kept_out_of_person_names()
    {
        var document = TestSupport.Run("Iranian Supreme Leader Ayatollah Ali Khamenei spoke.");

        var person = Assert.Single(document.Mentions, m => m.Type == MentionType.Person);
        Assert.Equal("Ali Khamenei", person.Text);
        Assert.Contains(document.Titles, t => t.Cue.Role == "Supreme Leader");
    }

    [Fact]
    public void A_hyphenated_modifier_before_a_name_is_no_part_of_it()
    {
        var mentions = Mentions("Fighters of the Kurdish-led Syrian Democratic Forces entered Raqqa.");

        Assert.Contains(mentions, m => m.Text == "Syrian Democratic Forces" && m.Type == MentionType.Organization);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Kurdish-led", StringComparison.Ordinal));
    }

    [Fact]
    public void Matches_the_gazetteer_case_sensitively()
    {
        var mentions = Mentions("The US told us nothing.");

        var us = Assert.Single(mentions);
        Assert.Equal("US", us.Text);
        Assert.Equal("country:united-states", us.Known!.Id);
    }

    [Fact]
    public void Prefers_the_longest_match()
    {
        var mentions = Mentions("He read The New York Post in New York.");

        Assert.Contains(mentions, m => m.Text == "The New York Post" && m.Type == MentionType.Organization);
        Assert.Contains(mentions, m => m.Text == "New York" && m.Type == MentionType.Location);
    }

    [Theory]
    [InlineData("Officials met at the Munich Security Conference.", "Munich Security Conference", MentionType.Event)]
    [InlineData("Officials met at the Paris Peace Forum.", "Paris Peace Forum", MentionType.Event)]
    [InlineData("The Ministry of Foreign Affairs spoke.", "Ministry of Foreign Affairs", MentionType.Organization)]
    [InlineData("She works for the Ruritanian Development Bank.", "Ruritanian Development Bank", MentionType.Organization)]
    [InlineData("Flooding hit Lower Saxony Region.", "Lower Saxony Region", MentionType.Location)]
    public void Classifies_unknown_names_by_their_last_word(string text, string name, MentionType type)
    {
        Assert.Contains(Mentions(text), m => m.Text == name && m.Type == type);
    }

    [Fact]
    public void An_unknown_name_after_a_title_or_with_a_known_first_name_is_a_person()
    {
        var mentions = Mentions("Minister Zorblat spoke to Keith Fennimore.");

        Assert.Contains(mentions, m => m.Text == "Zorblat" && m.Type == MentionType.Person);
        Assert.Contains(mentions, m => m.Text == "Keith Fennimore" && m.Type == MentionType.Person);
    }

    [Theory]
    [InlineData("Russian")]
    [InlineData("Moscow")]
    [InlineData("Kremlin")]
    public void Countries_demonyms_and_metonyms_are_never_people(string word)
    {
        var mentions = Mentions($"{word} officials said the {word} position is firm.");

        Assert.DoesNotContain(mentions, m => m.Type == MentionType.Person);
    }

    [Fact]
    public void A_one_word_place_continuing_an_unknown_name_is_part_of_the_name()
    {
        var mentions = Mentions("Foreign Minister Thérèse Kayikwamba Wagner spoke.");

        Assert.Contains(mentions, m => m.Text == "Thérèse Kayikwamba Wagner" && m.Type == MentionType.Person);
    }

    [Fact]
    public void Tagger_spans_replace_the_shape_heuristic_but_not_the_gazetteer()
    {
        var tagger = new FixedTagger(tokens => tokens.Select(t => t switch
        {
            "Zorblat" => "B-ORG",
            "Russian" => "B-PER",
            _ => "O",
        }).ToArray());
        var document = NewsExtractor.CreateDefault(tagger).Run(TestSupport.Article("Russian Zorblat said so."));

        Assert.Contains(document.Mentions, m => m.Text == "Zorblat" && m.Type == MentionType.Organization && m.Origin == "model");
        Assert.Contains(document.Mentions, m => m.Text == "Russian" && m.Form == MentionForm.Demonym);
    }

    [Fact]
    public void Tagger_organisations_ending_in_an_event_word_are_events_and_lone_generic_adjectives_are_dropped()
    {
        var tagger = new FixedTagger(tokens => tokens.Select((t, i) => t switch
        {
            "Zorblat" => "B-ORG",
            "Peace" or "Forum" when i > 0 && tokens[i - 1] is "Zorblat" or "Peace" => "I-ORG",
            "Western" => "B-ORG",
            _ => "O",
        }).ToArray());
        var document = NewsExtractor.CreateDefault(tagger).Run(TestSupport.Article("Delegates met at the Zorblat Peace Forum, according to Western estimates."));

        Assert.Contains(document.Mentions, m => m.Text == "Zorblat Peace Forum" && m.Type == MentionType.Event);
        Assert.DoesNotContain(document.Mentions, m => m.Text == "Western" && m.Type != MentionType.Misc);
    }

    [Fact]
    public void A_title_word_before_a_possessive_begins_a_name_of_a_place_not_a_persons_title()
    {
        var tagger = new FixedTagger(tokens => tokens.Select((t, i) => t switch
        {
            "King" => "B-PER",
            "'s" or "Zorbton" when i > 0 && tokens[i - 1] is "King" or "'s" => "I-PER",
            _ => "O",
        }).ToArray());
        var document = NewsExtractor.CreateDefault(tagger).Run(TestSupport.Article("The fire at King's Zorbton killed 31 people."));

        var mention = Assert.Single(document.Mentions, m => m.Text.Contains("Zorbton"));
        Assert.Equal(("King's Zorbton", MentionType.Location), (mention.Text, mention.Type));
    }

    [Theory]
    [InlineData("Investigators plied the Sheriff's detective with a conspiracy theory.", "Sheriff")]
    [InlineData("Romelu Lukaku won the Budweiser Man of the Match award.", "Man")]
    public void An_office_or_an_award_the_tagger_reads_as_a_person_alone_names_no_one(string text, string word)
    {
        var tagger = new FixedTagger(tokens => tokens.Select(t => t == word ? "B-PER" : "O").ToArray());
        var document = NewsExtractor.CreateDefault(tagger).Run(TestSupport.Article(text));

        Assert.DoesNotContain(document.Mentions, m => m.Text == word && m.Type != MentionType.Misc);
    }

    [Theory]
    [InlineData("Shelling hit Zorblat Oblast overnight.", "Zorblat Oblast", "B-ORG", MentionType.Location)]
    [InlineData("The Zorblat Party won.", "Zorblat Party", "B-PER", MentionType.Organization)]
    [InlineData("The Zorblat Episcopal Conference objected.", "Zorblat Episcopal Conference", "B-ORG", MentionType.Organization)]
    [InlineData("The Zorblat Peace Conference opened.", "Zorblat Peace Conference", "B-ORG", MentionType.Event)]
    [InlineData("Senator Frank Church spoke.", "Frank Church", "B-PER", MentionType.Person)]
    public void The_last_word_of_a_tagged_name_decides_its_type_unless_a_first_name_starts_a_person(string text, string name, string tag, MentionType type)
    {
        var words = name.Split(' ');
        var tagger = new FixedTagger(tokens => tokens.Select(t => t == words[0] ? tag : words.Contains(t) ? "I-" + tag[2..] : "O").ToArray());

        var document = NewsExtractor.CreateDefault(tagger).Run(TestSupport.Article(text));

        Assert.Contains(document.Mentions, m => m.Text == name && m.Type == type);
    }

    [Fact]
    public void A_who_clause_makes_an_unknown_name_a_person_but_not_an_organisation_by_its_shape()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("The paper spoke to the Navy, who told it this was unconfirmed. Boccaletti, who works at the lab, agreed."));

        Assert.Contains(graph.Entities, e => e.Name == "Navy" && e.Label == Domain.EntityLabel.Organization);
        Assert.Contains(graph.Entities, e => e.Name == "Boccaletti" && e.Label == Domain.EntityLabel.Person);
    }

    [Fact]
    public void A_who_clause_after_a_persons_place_is_about_the_person()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(
            "Delegates were pledged to Senator Bernie Sanders of Vermont, who did not attend. She headed the campaign of Viktar Babaryka, who was arrested."));

        Assert.Contains(graph.Entities, e => e.Name == "Vermont" && e.Label == Domain.EntityLabel.Location);
        Assert.Contains(graph.Entities, e => e.Name == "Viktar Babaryka" && e.Label == Domain.EntityLabel.Person);
    }

    [Fact]
    public void A_name_the_tagger_types_two_ways_in_one_article_is_one_entity()
    {
        var sentence = 0;
        var tagger = new FixedTagger(tokens => tokens.Select(t => t == "Zorblat" ? (sentence++ == 0 ? "B-ORG" : "B-PER") : "O").ToArray());

        var graph = NewsExtractor.CreateDefault(tagger).Extract(TestSupport.Article("Zorblat grew fast. Critics said Zorblat lied."));

        var entity = Assert.Single(graph.Entities, e => e.Name == "Zorblat");
        Assert.Equal(Domain.EntityLabel.Organization, entity.Label);
    }

    [Fact]
    public void A_possessive_inside_a_name_stays_in_it_and_its_last_word_alone_names_nothing()
    {
        var tagger = new FixedTagger(tokens => tokens.Select(t => t == "Party" ? "B-ORG" : "O").ToArray());

        var graph = NewsExtractor.CreateDefault(tagger).Extract(TestSupport.Article("Their People's Party won. The Workers' Party lost."));

        Assert.Contains(graph.Entities, e => e.Name == "People's Party" && e.Label == Domain.EntityLabel.Organization);
        Assert.Contains(graph.Entities, e => e.Name == "Workers' Party" && e.Label == Domain.EntityLabel.Organization);
        Assert.DoesNotContain(graph.Entities, e => e.Name == "Party");
    }

    [Fact]
    public void Two_spellings_of_a_name_that_differ_by_a_possessive_are_one_entity()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("The Zorblat People Party's Ann Lee won. Bo Chan of Zorblat People's Party lost."));

        Assert.Single(graph.Entities, e => e.Name.StartsWith("Zorblat People", StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_place_inside_a_longer_place_name_is_part_of_it()
    {
        var tagger = new FixedTagger(tokens => tokens.Select((t, i) => t == "Kabul" ? "B-LOC" : i > 0 && tokens[i - 1] is "Kabul" or "International" && t is "International" or "Airport" ? "I-LOC" : "O").ToArray());

        var graph = NewsExtractor.CreateDefault(tagger).Extract(TestSupport.Article("Flights left Kabul International Airport on Monday."));

        Assert.Equal(["Kabul International Airport"], graph.Entities.Select(e => e.Name));
    }

    private sealed class FixedTagger(Func<IReadOnlyList<string>, string[]> tag) : INamedEntityTagger
    {
        public IReadOnlyList<string[]> Tag(IReadOnlyList<IReadOnlyList<string>> sentences) => sentences.Select(tag).ToList();
    }

    [Fact]
    public void Names_joined_by_an_ampersand_are_one_organisation_whatever_the_model_tagged_each_half()
    {
        var document = TestSupport.ProductionExtractor.Run(TestSupport.Article("Hackers attacked retailers Marks & Spencer, Harrods and Co-op Food."));

        var company = Assert.Single(document.Mentions, m => m.Text.Contains("Spencer", StringComparison.Ordinal));
        Assert.Equal(("Marks & Spencer", MentionType.Organization), (company.Text, company.Type));
    }

    [Theory]
    [InlineData("The British parliament passes the Tobacco and Vapes Bill.", "Vapes")]
    [InlineData("But we have also had curious Muslims as well.", "Muslims")]
    public void Laws_and_religious_groups_name_no_person(string text, string word)
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article(text));

        Assert.DoesNotContain(graph.Entities, e => e.Label == Domain.EntityLabel.Person && e.Name.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_of_the_european_parliament_works_for_it()
    {
        var graph = TestSupport.ProductionExtractor.Extract(TestSupport.Article("Activist Greta Thunberg and MEP Rima Hassan were detained."));

        Assert.Single(graph.Relations, r => r.Type == "WORKS_FOR" && r.Source == "person:rima-hassan" && r.Target == "organization:european-parliament");
    }
}
