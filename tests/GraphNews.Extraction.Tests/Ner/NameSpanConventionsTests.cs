using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class NameSpanConventionsTests
{
    private static readonly PersonTitles Titles = new(new HashSet<string> { "ms", "justice", "general", "major", "secretary-general", "sheriff" });

    private static string[] Apply(string[] tokens, string[] tags, bool hyphenEndsName = false)
    {
        new NameSpanConventions(NewsExtractor.Knowledge.Words, Titles, NewsExtractor.Knowledge.FirstNames).Apply(tokens, tags, hyphenEndsName);
        return tags;
    }

    [Fact]
    public void Lower_case_words_punctuation_and_possessives_are_trimmed_from_name_edges()
    {
        var tags = Apply(
            ["in", "the", "Netherlands", "and", "eastern", "Sudan", "'s", "the", "US", "navy", "-"],
            ["O", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC", "I-LOC", "O", "B-ORG", "I-ORG", "I-ORG"]);

        Assert.Equal(["O", "O", "B-LOC", "O", "O", "B-LOC", "O", "O", "B-ORG", "O", "O"], tags);
    }

    [Fact]
    public void Name_particles_and_lower_case_names_in_lower_case_text_stay()
    {
        Assert.Equal(["B-PER", "I-PER", "O"], Apply(["de", "Gaulle", "said"], ["B-PER", "I-PER", "O"]));
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O"], Apply(["nouri", "al-maliki", "jr", "said"], ["B-PER", "I-PER", "I-PER", "O"]));
        Assert.Equal(["B-LOC", "I-LOC"], Apply(["the", "netherlands"], ["B-LOC", "I-LOC"]));
    }

    [Fact]
    public void A_holiday_the_model_read_as_a_body_or_place_is_an_event_but_no_persons_name_ending_in_one()
    {
        Assert.Equal(["O", "O", "B-EVENT", "O"], Apply(["over", "the", "Easter", "weekend"], ["O", "O", "B-ORG", "O"]));
        Assert.Equal(["B-EVENT", "I-EVENT", "I-EVENT", "I-EVENT", "O"], Apply(["New", "Year", "'s", "Eve", "celebrations"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]));
        Assert.Equal(["O", "B-EVENT", "I-EVENT", "O"], Apply(["mark", "Orthodox", "Christmas", "today"], ["O", "B-ORG", "I-ORG", "O"]));
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O"], Apply(["Taha", "Yassin", "Ramadan", "said"], ["B-PER", "I-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_sports_contest_the_model_read_as_a_body_or_place_is_an_event()
    {
        Assert.Equal(["O", "B-EVENT", "I-EVENT", "O"], Apply(["the", "Hopman", "Cup", "tournament"], ["O", "B-ORG", "I-ORG", "O"]));
        Assert.Equal(["B-EVENT", "I-EVENT", "O"], Apply(["Beijing", "Olympics", "opened"], ["B-LOC", "I-LOC", "O"]));
        Assert.Equal(["O", "B-ORG", "I-ORG", "O"], Apply(["the", "Premier", "League", "said"], ["O", "B-ORG", "I-ORG", "O"]));
        Assert.Equal(["B-ORG", "I-ORG", "O"], Apply(["Epic", "Games", "sued"], ["B-ORG", "I-ORG", "O"]));
    }

    [Fact]
    public void A_titles_possessive_before_a_lower_case_word_is_its_holders()
    {
        Assert.Equal(["O", "B-ORG", "O", "O", "O"], Apply(["the", "Texas", "Sheriff", "'s", "office"], ["O", "B-ORG", "I-ORG", "O", "O"]));
        Assert.Equal(["O", "B-ORG", "O", "O"], Apply(["at", "Lord", "'s", "ground"], ["O", "B-ORG", "O", "O"]));
        Assert.Equal(["O", "B-MISC", "I-MISC", "O", "O"], Apply(["the", "Internet", "Explorer", "'s", "share"], ["O", "B-MISC", "I-MISC", "O", "O"]));
    }

    [Fact]
    public void A_hyphenated_modifier_ending_a_persons_span_leaves_no_person()
    {
        Assert.Equal(["O", "O", "O", "B-PER", "I-PER"], Apply(["Nobel", "Prize-winning", "economist", "Paul", "Krugman"], ["B-PER", "I-PER", "O", "B-PER", "I-PER"]));
        Assert.Equal(["O", "B-ORG", "I-ORG", "O"], Apply(["the", "United", "Nations-run", "program"], ["O", "B-ORG", "I-ORG", "O"]));
    }

    [Fact]
    public void A_number_is_no_part_of_a_persons_name_of_two_words_or_more()
    {
        Assert.Equal(["O", "B-PER", "I-PER", "O"], Apply(["70", "Colin", "Montgomerie", "("], ["B-PER", "I-PER", "I-PER", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O"], Apply(["50", "Cent", "sang"], ["B-PER", "I-PER", "O"]));
        Assert.Equal(["B-ORG", "I-ORG", "O"], Apply(["Channel", "4", "said"], ["B-ORG", "I-ORG", "O"]));
        Assert.Equal(["B-ORG", "I-ORG", "O", "O"], Apply(["Wasim", "Akram", "4-50", ","], ["B-ORG", "I-ORG", "I-ORG", "O"]));
        Assert.Equal(["B-MISC", "I-MISC", "O"], Apply(["Boeing", "737-800", "airliners"], ["B-MISC", "I-MISC", "O"]));
    }

    [Fact]
    public void Bare_name_words_after_a_lower_case_title_are_the_holders_name_unless_the_title_only_modifies()
    {
        var titles = new PersonTitles(new HashSet<string> { "leader", "former", "major" });
        string[] Run(string[] tokens, string[] tags)
        {
            new NameSpanConventions(NewsExtractor.Knowledge.Words, titles, NewsExtractor.Knowledge.FirstNames).Apply(tokens, tags);
            return tags;
        }

        Assert.Equal(["O", "O", "B-PER", "I-PER", "O"], Run(["opposition", "leader", "Raila", "Odinga", "called"], ["O", "O", "B-ORG", "I-ORG", "O"]));
        Assert.Equal(["O", "B-ORG", "I-ORG", "O"], Run(["former", "White", "House", "aide"], ["O", "B-ORG", "I-ORG", "O"]));
        Assert.Equal(["O", "B-ORG", "O"], Run(["leader", "Hamas", "said"], ["O", "B-ORG", "O"]));
    }

    [Fact]
    public void Names_a_plural_organisation_noun_lists_and_people_of_letters_and_digits_are_organisations()
    {
        Assert.Equal(["O", "O", "B-ORG", "O", "B-ORG", "O"], Apply(["store", "chains", "Woolworths", "and", "Coles", "said"], ["O", "O", "B-PER", "O", "B-PER", "O"]));
        Assert.Equal(["B-ORG", "O"], Apply(["TVN24", "reported"], ["B-PER", "O"]));
        Assert.Equal(["O", "B-PER", "O", "B-PER", "O"], Apply(["saw", "Smith", "and", "Jones", "leave"], ["O", "B-PER", "O", "B-PER", "O"]));
    }

    [Fact]
    public void A_known_names_own_possessive_is_part_of_it()
    {
        var conventions = new NameSpanConventions(NewsExtractor.Knowledge.Words, Titles, NewsExtractor.Knowledge.FirstNames, isKnownName: (tokens, start, end) => string.Join(' ', tokens.Skip(start).Take(end - start)) == "McDonald 's");

        string[] known = ["B-ORG", "O", "O"];
        conventions.Apply(["McDonald", "'s", "said"], known);
        string[] other = ["B-LOC", "O", "O"];
        conventions.Apply(["Italy", "'s", "economy"], other);

        Assert.Equal(["B-ORG", "I-ORG", "O"], known);
        Assert.Equal(["B-LOC", "O", "O"], other);
    }

    [Fact]
    public void A_syllable_after_a_split_hyphen_stays_in_a_persons_name_but_an_english_word_does_not()
    {
        Assert.Equal(["B-PER", "I-PER", "I-PER", "I-PER", "O"], Apply(["Lee", "Cheuk", "-", "yan", "won"], ["B-PER", "I-PER", "I-PER", "I-PER", "O"]));
        Assert.Equal(["B-PER", "I-PER", "I-PER", "I-PER", "O"], Apply(["Leung", "Che", "-", "cheung", "won"], ["B-PER", "I-PER", "I-PER", "I-PER", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O", "O", "O"], Apply(["Adel", "Mehdi", "-", "senior", "adviser"], ["B-PER", "I-PER", "I-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_known_place_before_a_hyphen_standing_alone_starts_a_route_of_two_places()
    {
        var conventions = new NameSpanConventions(NewsExtractor.Knowledge.Words, Titles, NewsExtractor.Knowledge.FirstNames, (tokens, start, end) => end - start == 1 && tokens[start] is "Bangkok" or "US");

        string[] route = ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"];
        conventions.Apply(["the", "Bangkok", "-", "Chiang", "Mai", "train"], route);
        string[] road = ["O", "B-LOC", "I-LOC", "I-LOC", "O"];
        conventions.Apply(["take", "US", "-", "75", "south"], road);

        Assert.Equal(["O", "B-LOC", "O", "B-LOC", "I-LOC", "O"], route);
        Assert.Equal(["O", "B-LOC", "I-LOC", "I-LOC", "O"], road);
    }

    [Fact]
    public void A_partys_adjective_before_a_bodys_word_describes_the_body()
    {
        Assert.Equal(["O", "B-MISC", "B-ORG", "O"], Apply(["the", "Republican", "Senate", "voted"], ["O", "B-ORG", "I-ORG", "O"]));
        Assert.Equal(["O", "B-ORG", "I-ORG", "O"], Apply(["the", "Republican", "Party", "voted"], ["O", "B-ORG", "I-ORG", "O"]));
    }

    [Fact]
    public void Letters_after_a_persons_name_are_no_name()
    {
        Assert.Equal(["B-PER", "I-PER", "O", "O", "O"], Apply(["Mark", "Tedeschi", ",", "QC", ","], ["B-PER", "I-PER", "O", "B-ORG", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O", "O"], Apply(["John", "Smith", "MP", "said"], ["B-PER", "I-PER", "B-ORG", "O"]));
        Assert.Equal(["O", "B-LOC", "O"], Apply(["in", "QC", "today"], ["O", "B-LOC", "O"]));
    }

    [Fact]
    public void A_time_of_day_and_its_zone_are_no_name()
    {
        Assert.Equal(["O", "O", "O", "O"], Apply(["10", ":", "05am", "GMT"], ["O", "O", "B-ORG", "I-ORG"]));
        Assert.Equal(["O", "O", "O", "O"], Apply(["3", ":", "30pm", "CET"], ["O", "O", "O", "B-LOC"]));
        Assert.Equal(["O", "O", "B-ORG", "O"], Apply(["the", "rival", "CET", "index"], ["O", "O", "B-ORG", "O"]));
        Assert.Equal(["O", "B-ORG", "O", "O"], Apply(["the", "AM", "radio", "band"], ["O", "B-ORG", "O", "O"]));
    }

    [Fact]
    public void A_function_word_alone_names_nothing_unless_written_in_capitals()
    {
        Assert.Equal(["O", "O", "O", "O"], Apply(["from", "Doctor", "Who", "."], ["O", "O", "B-PER", "O"]));
        Assert.Equal(["O", "O", "O"], Apply(["Everyone", "had", "demands"], ["B-PER", "O", "O"]));
        Assert.Equal(["O", "B-LOC", "O"], Apply(["the", "US", "said"], ["O", "B-LOC", "O"]));
        Assert.Equal(["O", "B-ORG", "O"], Apply(["the", "WHO", "said"], ["O", "B-ORG", "O"]));
    }

    [Fact]
    public void A_name_an_organisation_noun_introduces_or_follows_is_an_organisation()
    {
        Assert.Equal(["O", "O", "B-ORG", "I-ORG", "O"], Apply(["security", "firm", "Bilfinger", "Berger", "said"], ["O", "O", "B-PER", "I-PER", "O"]));
        Assert.Equal(["O", "B-ORG", "O", "O", "O"], Apply(["the", "Anatolia", "news", "agency", "said"], ["O", "B-LOC", "O", "O", "O"]));
        Assert.Equal(["O", "B-ORG", "O"], Apply(["the", "Kadima", "party"], ["O", "B-LOC", "O"]));
    }

    [Fact]
    public void Without_an_organisation_noun_or_with_a_known_first_name_the_type_stays()
    {
        Assert.Equal(["O", "B-LOC", "O"], Apply(["a", "Texas", "company"], ["O", "B-LOC", "O"]));
        Assert.Equal(["O", "B-PER", "I-PER", "O"], Apply(["party", "John", "Smith", "said"], ["O", "B-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_leading_hyphenated_modifier_is_cut_from_a_name_but_not_a_name_of_its_own()
    {
        Assert.Equal(["O", "B-ORG", "O"], Apply(["U.S.-based", "Chevron", "said"], ["B-ORG", "I-ORG", "O"]));
        Assert.Equal(["O", "O", "B-ORG", "I-ORG", "I-ORG"], Apply(["Islamic", "State-aligned", "Allied", "Democratic", "Forces"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]));
        Assert.Equal(["B-MISC", "O"], Apply(["Saudi-led", "forces"], ["B-MISC", "O"]));
    }

    [Fact]
    public void A_name_led_by_a_head_word_before_of_takes_the_head_words_type()
    {
        Assert.Equal(["B-LOC", "I-LOC", "I-LOC"], Apply(["Municipality", "of", "Culion"], ["B-ORG", "I-ORG", "I-ORG"]));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG"], Apply(["University", "of", "Lagos"], ["B-LOC", "I-LOC", "I-LOC"]));
        Assert.Equal(["B-MISC", "I-MISC", "I-MISC"], Apply(["Statue", "of", "Liberty"], ["B-MISC", "I-MISC", "I-MISC"]));
        Assert.Equal(["B-ORG", "I-ORG"], Apply(["Connecticut", "Lottery"], ["B-LOC", "I-LOC"]));
    }

    [Fact]
    public void A_religion_or_a_people_named_alone_is_misc()
    {
        Assert.Equal(["B-MISC", "O", "B-MISC", "O"], Apply(["Islam", "and", "Sunni", "clerics"], ["B-LOC", "O", "B-PER", "O"]));
        Assert.Equal(["B-MISC", "O", "B-MISC", "O"], Apply(["Tutsi", "and", "Hutu", "refugees"], ["B-ORG", "O", "B-PER", "O"]));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG"], Apply(["Islamic", "Jihad", "Movement"], ["B-ORG", "I-ORG", "I-ORG"]));
    }

    [Fact]
    public void An_email_or_web_address_ends_a_name()
    {
        var tags = Apply(["Lotte", "Wilms", "lotte.wilms@kb.nl", "National", "Library"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]);

        Assert.Equal(["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG"], tags);
    }

    [Fact]
    public void A_title_before_a_bare_name_makes_a_person_of_any_type()
    {
        var tags = Apply(["Justice", "Scalia", "and", "Ms", "Bauchtman", "spoke"], ["B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O"]);

        Assert.Equal(["O", "B-PER", "O", "O", "B-PER", "O"], tags);
    }

    [Fact]
    public void A_title_that_begins_organisation_names_splits_a_name_from_the_person_a_first_name_leads_after_it()
    {
        Assert.Equal(["B-ORG", "O", "B-PER", "I-PER", "O"], Apply(["SVR", "General", "Sergey", "Naryshkin", "spoke"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "I-ORG"], Apply(["Defense", "General", "Direction", "Centers"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]));
    }

    [Fact]
    public void A_name_the_model_ran_on_into_a_persons_titles_ends_before_them()
    {
        Assert.Equal(["B-ORG", "O", "O", "B-PER", "I-PER"], Apply(["Senate", "Majority", "Sheriff", "John", "Thune"], ["B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER"]));
        Assert.Equal(["O", "O", "B-PER", "I-PER"], Apply(["Republican", "Sheriff", "John", "Smith"], ["B-ORG", "I-ORG", "B-PER", "I-PER"]));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER"], Apply(["Court", "of", "Justice", "Ann", "Smith"], ["B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER"]));
        Assert.Equal(["B-ORG", "I-ORG", "O", "O"], Apply(["Senate", "Sheriff", "said", "so"], ["B-ORG", "I-ORG", "O", "O"]));
    }

    [Fact]
    public void A_titles_plural_before_people_is_a_title_but_not_one_that_begins_names_of_things()
    {
        Assert.Equal(["O", "B-PER", "I-PER", "O"], Apply(["Sheriffs", "John", "Smith", "and"], ["B-ORG", "I-ORG", "I-ORG", "O"]));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG"], Apply(["Generals", "Patrick", "Gordon"], ["B-ORG", "I-ORG", "I-ORG"]));
    }

    [Fact]
    public void A_name_run_on_into_the_titles_of_a_person_in_apposition_ends_before_them_but_not_after_of()
    {
        Assert.Equal(
            ["B-PER", "I-PER", "O", "B-ORG", "O", "O", "O"],
            Apply(["Mitch", "McConnell", ",", "Senate", "Sheriff", ",", "said"], ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O"]));
        Assert.Equal(
            ["B-ORG", "O", "O", "B-PER", "I-PER"],
            Apply(["Senate", "Sheriff", ",", "Chuck", "Schumer"], ["B-ORG", "I-ORG", "O", "B-PER", "I-PER"]));
        Assert.Equal(
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER"],
            Apply(["Office", "of", "the", "Sheriff", ",", "Scott", "Teruya"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER"]));
        Assert.Equal(
            ["B-PER", "I-PER", "O", "O", "B-ORG", "O", "O"],
            Apply(["Mitch", "McConnell", ",", "the", "Senate", "Sheriff", ","], ["B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"]));
    }

    [Fact]
    public void A_word_modifying_a_title_goes_with_the_title()
    {
        Assert.Equal(["B-ORG", "O", "O", "B-PER", "I-PER"], Apply(["Kenya", "District", "Sheriff", "Alan", "Smith"], ["B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER"]));
    }

    [Fact]
    public void A_name_run_on_into_a_title_ends_before_it_when_the_holder_follows_what_the_title_leads()
    {
        Assert.Equal(
            ["B-ORG", "O", "O", "B-LOC", "B-PER", "I-PER"],
            Apply(["Kenya", "Sheriff", "to", "Germany", "Richard", "Grenell"], ["B-ORG", "I-ORG", "O", "B-LOC", "B-PER", "I-PER"]));
        Assert.Equal(
            ["B-ORG", "I-ORG", "O", "B-LOC", "O"],
            Apply(["Kenya", "Sheriff", "to", "Germany", "said"], ["B-ORG", "I-ORG", "O", "B-LOC", "O"]));
    }

    [Fact]
    public void A_word_describing_a_person_leads_no_persons_name_but_may_lead_a_things()
    {
        Assert.Equal(["O", "B-PER", "I-PER", "O"], Apply(["Podcaster", "Spike", "Cohen", "won"], ["B-PER", "I-PER", "I-PER", "O"]));
        Assert.Equal(["O", "O", "B-PER", "I-PER"], Apply(["Bishop", "Emeritus", "Dinualdo", "Gutierrez"], ["O", "B-PER", "I-PER", "I-PER"]));
        Assert.Equal(["O", "B-ORG", "I-ORG", "O"], Apply(["the", "Explorer", "SUV", "sold"], ["O", "B-ORG", "I-ORG", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O"], Apply(["Isaac", "Singer", "wrote"], ["B-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_person_the_model_read_in_a_name_ending_in_an_event_word_is_that_event_unless_a_first_name_leads()
    {
        Assert.Equal(["O", "B-EVENT", "I-EVENT", "O"], Apply(["the", "Davis", "Cup", "final"], ["O", "B-PER", "I-PER", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O"], Apply(["Jorge", "Battle", "spoke"], ["B-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_name_ending_in_an_organisation_or_place_word_takes_that_type()
    {
        Assert.Equal(["B-LOC", "I-LOC", "O"], Apply(["Hanved", "Parish", "lies"], ["B-ORG", "I-ORG", "O"]));
        Assert.Equal(["B-ORG", "I-ORG", "O"], Apply(["Zorblat", "Party", "won"], ["B-PER", "I-PER", "O"]));
        Assert.Equal(["B-PER", "O"], Apply(["Parish", "spoke"], ["B-PER", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O"], Apply(["Frank", "Church", "spoke"], ["B-PER", "I-PER", "O"]));
    }

    [Fact]
    public void Titles_that_begin_organisation_names_and_names_with_organisation_words_keep_their_type()
    {
        Assert.Equal(["B-ORG", "I-ORG", "O"], Apply(["General", "Motors", "rose"], ["B-ORG", "I-ORG", "O"]));
        Assert.Equal(["B-ORG", "I-ORG", "O"], Apply(["Justice", "Department", "said"], ["B-ORG", "I-ORG", "O"]));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "O"], Apply(["Ms", "Foundation", "Inc", "said"], ["B-ORG", "I-ORG", "I-ORG", "O"]));
    }

    [Fact]
    public void Event_prefixes_make_events_and_laws_and_awards_are_misc()
    {
        var tags = Apply(
            ["Cyclone", "Phailin", "hit", ";", "the", "HEROES", "Act", "and", "Nobel", "Prize"],
            ["B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]);

        Assert.Equal(["B-EVENT", "I-EVENT", "O", "O", "O", "B-MISC", "I-MISC", "O", "B-MISC", "I-MISC"], tags);
    }

    [Fact]
    public void A_span_of_only_noise_is_dropped_and_clean_spans_are_untouched()
    {
        Assert.Equal(["O", "O", "B-PER", "O"], Apply(["said", "-", "Obama", "."], ["O", "B-ORG", "B-PER", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O"], Apply(["Barack", "Obama", "."], ["B-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_comma_splits_a_name_and_a_company_suffix_after_it_is_no_name()
    {
        Assert.Equal(["B-LOC", "O", "B-LOC", "O"], Apply(["Washington", ",", "D.C.", "."], ["B-LOC", "I-LOC", "I-LOC", "O"]));
        Assert.Equal(["B-ORG", "I-ORG", "O", "O", "O"], Apply(["Atlantic", "Lottery", ",", "Inc.", "said"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]));
    }

    [Fact]
    public void A_title_inside_a_span_separates_the_organisation_from_the_person()
    {
        var tags = Apply(["U.N.", "Secretary-General", "Ban", "Ki-moon", "spoke"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]);

        Assert.Equal(["B-ORG", "O", "B-PER", "I-PER", "O"], tags);
    }

    [Fact]
    public void Hyphenated_titles_and_what_precedes_them_leave_a_person_span()
    {
        var tags = Apply(["Marine", "Major-General", "Richard", "Natonski", "said"], ["B-PER", "I-PER", "I-PER", "I-PER", "O"]);

        Assert.Equal(["O", "O", "B-PER", "I-PER", "O"], tags);
    }

    [Fact]
    public void A_lower_case_word_inside_a_person_span_splits_it_but_a_particle_does_not()
    {
        Assert.Equal(["B-PER", "O", "B-PER", "I-PER"], Apply(["Jeffrey", "succeeds", "Christopher", "Hill"], ["B-PER", "I-PER", "I-PER", "I-PER"]));
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O"], Apply(["Bingu", "wa", "Mutharika", "said"], ["B-PER", "I-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_regnal_numeral_after_a_person_belongs_to_the_name_but_the_pronoun_does_not()
    {
        Assert.Equal(["B-PER", "I-PER", "O"], Apply(["Norton", "I", ","], ["B-PER", "O", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O"], Apply(["Peter", "III", "ruled"], ["B-PER", "O", "O"]));
        Assert.Equal(["B-PER", "O", "O"], Apply(["Smith", "I", "think"], ["B-PER", "O", "O"]));
    }

    [Fact]
    public void A_name_a_place_prefix_starts_is_a_place_unless_a_head_word_types_it()
    {
        Assert.Equal(["O", "B-LOC", "I-LOC"], Apply(["in", "Deir", "ez-Zahrani"], ["O", "B-PER", "I-PER"]));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG"], Apply(["Tel", "Aviv", "University"], ["B-LOC", "I-LOC", "I-LOC"]));
        Assert.Equal(["B-PER", "O"], Apply(["Deir", "said"], ["B-PER", "O"]));
        Assert.Equal(["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC"], Apply(["on", "Place", "de", "la", "Bourse"], ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]));
        Assert.Equal(["B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"], Apply(["Rue", "de", "la", "Loi", "closed"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]));
    }

    [Fact]
    public void A_name_ending_in_a_plural_party_word_is_an_organisation()
    {
        Assert.Equal(["B-ORG", "I-ORG", "O"], Apply(["Christian", "Democrats", "lead"], ["B-LOC", "I-LOC", "O"]));
        Assert.Equal(["O", "B-ORG", "I-ORG"], Apply(["the", "Sweden", "Democrats"], ["O", "B-PER", "I-PER"]));
    }

    [Fact]
    public void A_numeral_alone_takes_the_capitalised_words_before_it_into_its_name()
    {
        Assert.Equal(["O", "B-EVENT", "I-EVENT", "I-EVENT", "O"], Apply(["during", "World", "War", "II", "."], ["O", "O", "O", "B-EVENT", "O"]));
        Assert.Equal(["B-MISC", "I-MISC", "O"], Apply(["Vatican", "II", "reformed"], ["O", "B-MISC", "O"]));
        Assert.Equal(["O", "O", "B-EVENT"], Apply(["the", "HEADLINE", "II"], ["O", "O", "B-EVENT"]));
    }

    [Fact]
    public void An_initial_left_outside_a_person_span_joins_it()
    {
        Assert.Equal(["B-PER", "I-PER", "O"], Apply(["A.", "Stewart", "b"], ["O", "B-PER", "O"]));
        Assert.Equal(["O", "B-PER", "I-PER", "I-PER"], Apply([":", "K.", "Michael", "Stevens"], ["O", "O", "B-PER", "I-PER"]));
        Assert.Equal(["O", "B-LOC"], Apply(["A.", "Paris"], ["O", "B-LOC"]));
    }

    [Fact]
    public void A_rank_before_a_name_is_no_part_of_it()
    {
        Assert.Equal(["O", "O", "B-PER", "I-PER"], Apply(["9", "-", "Les", "Ferdinand"], ["B-PER", "I-PER", "I-PER", "I-PER"]));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "I-ORG"], Apply(["1", "World", "Trade", "Center"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]));
    }

    [Fact]
    public void A_hyphen_standing_alone_ends_a_name_in_a_wire_headline_but_joins_a_split_hyphenated_name_elsewhere()
    {
        Assert.Equal(["B-PER", "O", "B-PER", "O"], Apply(["RUSSIA", "-", "YELTSIN", "RESTS"], ["B-PER", "I-PER", "I-PER", "O"], hyphenEndsName: true));
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O"], Apply(["Hartsell", "-", "Gundy", "et"], ["B-PER", "I-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_lower_case_word_that_is_no_function_word_splits_any_name()
    {
        Assert.Equal(["B-MISC", "O", "B-ORG", "I-ORG"], Apply(["Flemish", "nationalist", "Vlaams", "Blok"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]));
        Assert.Equal(["B-LOC", "I-LOC", "I-LOC"], Apply(["Dar", "es", "Salaam"], ["B-LOC", "I-LOC", "I-LOC"]));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG"], Apply(["Bank", "of", "America"], ["B-ORG", "I-ORG", "I-ORG"]));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"], Apply(["Conference", "on", "Disarmament", "in", "Geneva"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]));
    }

    [Fact]
    public void A_known_places_possessive_inside_a_name_ends_the_place()
    {
        var conventions = new NameSpanConventions(NewsExtractor.Knowledge.Words, Titles, NewsExtractor.Knowledge.FirstNames, (tokens, start, end) => end - start == 1 && tokens[start] == "Italy");
        string[] italy = ["B-ORG", "I-ORG", "I-ORG", "O"];
        string[] people = ["B-ORG", "I-ORG", "I-ORG", "O"];

        conventions.Apply(["Italy", "'s", "ENI", "said"], italy);
        conventions.Apply(["People", "'s", "Party", "said"], people);

        Assert.Equal(["B-ORG", "O", "B-ORG", "O"], italy);
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "O"], people);
    }

    [Fact]
    public void The_rest_of_a_span_after_a_lower_case_title_is_a_person()
    {
        var titles = new PersonTitles(new HashSet<string>(StringComparer.Ordinal) { "justice" });
        string[] tags = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"];

        new NameSpanConventions(NewsExtractor.Knowledge.Words, titles, NewsExtractor.Knowledge.FirstNames).Apply(["Supreme", "Court", "justice", "Alexandre", "de", "Moraes"], tags);

        Assert.Equal(["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "I-PER"], tags);
    }

    [Fact]
    public void A_thing_named_after_a_person_is_no_person()
    {
        Assert.Equal(["O", "B-MISC", "I-MISC", "I-MISC", "I-MISC", "O"], Apply(["NASA's", "James", "Webb", "Space", "Telescope", "launched"], ["O", "B-PER", "I-PER", "O", "O", "O"]));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "O"], Apply(["Bill", "Gates", "Foundation", "said"], ["B-PER", "I-PER", "I-PER", "O"]));
        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "O"], Apply(["the", "Bill", "Gates", "Foundation", "said"], ["O", "B-PER", "I-PER", "O", "O"]));

        // A known first name keeps a person of two words a person, and words after a person that type nothing stay outside.
        Assert.Equal(["B-PER", "I-PER", "O"], Apply(["Frank", "Church", "said"], ["B-PER", "I-PER", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O", "O"], Apply(["Bill", "Gates", "Monday", "said"], ["B-PER", "I-PER", "O", "O"]));
    }

    [Fact]
    public void An_honorific_that_names_carry_after_a_known_first_name_is_part_of_the_name()
    {
        var conventions = new NameSpanConventions(NewsExtractor.Knowledge.Words, new PersonTitles(new HashSet<string> { "sheikh", "president" }), NewsExtractor.Knowledge.FirstNames);
        string[] Apply(string[] tokens, string[] tags)
        {
            conventions.Apply(tokens, tags);
            return tags;
        }

        Assert.Equal(["B-PER", "I-PER", "I-PER", "O"], Apply(["Hassan", "Sheikh", "Mohamud", "won"], ["B-PER", "I-PER", "I-PER", "O"]));
        Assert.Equal(["O", "B-PER", "I-PER", "O"], Apply(["President", "Hassan", "Mohamud", "won"], ["B-PER", "I-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_name_before_a_lower_case_noun_of_a_place_is_that_place()
    {
        Assert.Equal(["O", "B-LOC", "O"], Apply(["the", "Euphrates", "river"], ["O", "B-ORG", "O"]));
        Assert.Equal(["O", "B-LOC", "I-LOC", "O"], Apply(["the", "Kerem", "Shalom", "crossing"], ["O", "B-ORG", "I-ORG", "O"]));
        Assert.Equal(["O", "B-ORG", "O"], Apply(["the", "Interfax", "report"], ["O", "B-ORG", "O"]));
    }

    [Fact]
    public void A_name_after_a_phrase_of_working_at_a_company_is_an_organisation()
    {
        Assert.Equal(["O", "O", "O", "O", "B-ORG", "I-ORG", "O"], Apply(["said", "a", "trader", "at", "Rudolf", "Wolff", "."], ["O", "O", "O", "O", "B-PER", "I-PER", "O"]));
        Assert.Equal(["O", "O", "B-ORG", "I-ORG", "O"], Apply(["Shares", "in", "Sumber", "Agro", "closed"], ["O", "O", "B-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_name_before_the_noun_of_a_paper_is_an_organisation()
    {
        Assert.Equal(["O", "O", "B-ORG", "O", "O"], Apply(["in", "the", "Lancet", "medical", "journal"], ["O", "O", "B-LOC", "O", "O"]));
        Assert.Equal(["O", "B-ORG", "O", "O"], Apply(["the", "Granma", "newspaper", "says"], ["O", "B-LOC", "O", "O"]));
    }
}
