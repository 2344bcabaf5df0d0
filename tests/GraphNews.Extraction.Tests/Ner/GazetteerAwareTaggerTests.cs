using GraphNews.Extraction.Ner;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class GazetteerAwareTaggerTests
{
    private sealed class FixedTagger(Func<IReadOnlyList<string>, string[]> tag) : INamedEntityTagger
    {
        public IReadOnlyList<string[]> Tag(IReadOnlyList<IReadOnlyList<string>> sentences) => sentences.Select(tag).ToList();
    }

    private static string[] Tag(INamedEntityTagger model, params string[] tokens) =>
        new GazetteerAwareTagger(model, NewsExtractor.Knowledge).Tag([tokens])[0];

    [Fact]
    public void Known_countries_and_demonyms_take_the_knowledge_base_type()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t == "Russia" ? "B-PER" : "O").ToArray());

        var tags = Tag(model, "Russian", "troops", "left", "Russia", "and", "entered", "Ukraine", ".");

        Assert.Equal(["B-MISC", "O", "O", "B-LOC", "O", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void A_known_name_written_with_the_starts_after_it_unless_the_model_read_the_article_as_part_of_the_name()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t == "Huffington" ? "B-ORG" : "O").ToArray());
        var withArticle = new FixedTagger(tokens => tokens.Select(t => t switch { "The" => "B-ORG", "Globe" or "and" or "Mail" => "I-ORG", _ => "O" }).ToArray());

        Assert.Equal(["O", "O", "O", "B-ORG", "I-ORG", "O"], Tag(model, "she", "told", "The", "Huffington", "Post", "."));
        Assert.Equal(["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "he", "writes", "for", "The", "Globe", "and", "Mail", "."));
        Assert.Equal(["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], Tag(withArticle, "he", "writes", "for", "The", "Globe", "and", "Mail", "."));
    }

    [Fact]
    public void A_well_known_persons_surname_alone_is_that_person_whatever_the_model_read()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "Yeltsin" => "B-ORG", "Lebed" => "B-LOC", _ => "O" }).ToArray());

        Assert.Equal(["B-PER", "O", "O", "O"], Tag(model, "Yeltsin", "'s", "spokesman", "said"));
        Assert.Equal(["O", "O", "O", "B-PER", "O", "O"], Tag(model, "Officials", "close", "to", "Lebed", "denied", "it"));
        Assert.Equal(["O", "O", "B-PER", "O"], Tag(model, "Critics", "accuse", "Primakov", "."));

        // Another spelling of the surname (the list writes "Alija Izetbegović").
        Assert.Equal(["B-PER", "O", "O"], Tag(model, "Izetbegovic", "said", "."));
    }

    [Fact]
    public void A_place_the_document_defines_stays_a_place_beside_a_person_of_that_surname()
    {
        // The model reads every "Mérida" as a place; "Carlos Mérida" alone would make them the painter's surname.
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch
        {
            "Carlos" => "B-PER",
            "Mérida" => i > 0 && tokens[i - 1] == "Carlos" ? "I-PER" : "B-LOC",
            _ => "O",
        }).ToArray());
        string[][] document =
        [
            ["Mérida", "is", "a", "city", "in", "Mexico", "."],
            ["The", "painter", "Carlos", "Mérida", "was", "born", "there", "."],
            ["Tourists", "reach", "Mérida", "by", "bus", "."],
        ];

        var tags = new GazetteerAwareTagger(model, NewsExtractor.Knowledge).Tag(document);

        Assert.Equal("B-LOC", tags[0][0]);
        Assert.Equal(["B-PER", "I-PER"], tags[1][2..4]);
        Assert.Equal("B-LOC", tags[2][2]);
    }

    [Fact]
    public void An_unknown_first_word_that_a_persons_verb_follows_is_a_person()
    {
        var model = new FixedTagger(tokens => tokens.Select(_ => "O").ToArray());

        Assert.Equal("B-PER", Tag(model, "Indurain", "finished", "11th", ".")[0]);
        Assert.Equal("B-PER", Tag(model, "Kafelnikov", "withdrew", "injured", ".")[0]);

        // Not a common word, an English word, a verb a company's report opens with, nor a word inside a sentence.
        Assert.Equal("O", Tag(model, "Officials", "told", "reporters", ".")[0]);
        Assert.Equal("O", Tag(model, "Hill", "won", "the", "race", ".")[0]);
        Assert.Equal("O", Tag(model, "Norilskgaz", "said", "it", "would", ".")[0]);
        Assert.Equal("O", Tag(model, "Then", "Indurain", "finished", "11th", ".")[1]);
    }

    [Fact]
    public void Under_the_slug_of_a_sport_of_players_the_sides_are_players_and_the_headlines_first_word_is_its_subject()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t is "Sampras" or "Ivanisevic" or "Spain" ? "B-ORG" : "O").ToArray());
        var tagger = new GazetteerAwareTagger(model, NewsExtractor.Knowledge);

        Assert.Equal(["O", "O", "B-PER", "O", "B-PER", "O"], tagger.Tag([["TENNIS", "-", "Sampras", "beats", "Ivanisevic", "."]])[0]);
        Assert.Equal(["O", "O", "B-LOC", "O", "B-LOC", "O"], tagger.Tag([["TENNIS", "-", "Spain", "beat", "Italy", "."]])[0]);
        Assert.Equal(["O", "O", "B-PER", "O", "O", "O"], tagger.Tag([["CYCLING", "-", "Riis", "wins", "stage", "."]])[0]);
        Assert.Equal(["O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "O"], Tag(new FixedTagger(t => t.Select(_ => "O").ToArray()), "SOCCER", "-", "Leeds", "United", "beat", "Chelsea", "."));
    }

    [Fact]
    public void A_well_known_surname_running_into_another_name_is_no_person_of_its_own()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "Iohannis" => "B-PER", "Stanley" => "B-ORG", _ => "O" }).ToArray());

        Assert.Equal(["O", "B-PER", "I-PER", "O"], Tag(model, "President", "Klaus", "Iohannis", "resigned"));
        Assert.Equal(["O", "B-ORG", "O"], Tag(model, "Cameron", "Stanley", "said"));
    }

    [Fact]
    public void A_known_place_ending_in_an_organisation_word_stays_a_place_and_known_newspapers_are_organisations()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "West" => "B-ORG", "Bank" => "I-ORG", _ => "O" }).ToArray());

        var tags = Tag(model, "Troops", "left", "the", "West", "Bank", ",", "the", "Jerusalem", "Post", "reported", ".");

        Assert.Equal(["O", "O", "O", "B-LOC", "I-LOC", "O", "O", "B-ORG", "I-ORG", "O", "O"], tags);
    }

    [Fact]
    public void Known_companies_named_like_people_or_places_are_organisations()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch
        {
            "Goldman" or "Morgan" or "Siemens" => "B-PER",
            "Sachs" or "Stanley" => "I-PER",
            "Peugeot" => "B-LOC",
            _ => "O",
        }).ToArray());

        var tags = Tag(model, "Goldman", "Sachs", ",", "Morgan", "Stanley", ",", "Siemens", "and", "Peugeot", "reported", "profits", ".");

        Assert.Equal(["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "B-ORG", "O", "O", "O"], tags);
    }

    [Fact]
    public void Known_clubs_named_after_their_towns_are_organisations_without_a_score()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch
        {
            "Bayern" => "B-PER",
            "Munich" => "I-PER",
            "Borussia" => "B-LOC",
            "Dortmund" => "I-LOC",
            _ => "O",
        }).ToArray());

        var tags = Tag(model, "Bayern", "Munich", "lost", "to", "Borussia", "Dortmund", "in", "the", "cup", ".");

        Assert.Equal(["B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"], tags);
    }

    [Fact]
    public void Two_known_names_joined_by_and_are_two_even_when_the_model_stopped_inside_the_second()
    {
        string[] tokens = ["Moody", "'s", "Investors", "Service", "and", "Standard", "&", "Poor", "'s", "kept", "ratings", "."];
        var model = new FixedTagger(_ => ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O", "O", "O", "O"]);

        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"], Tag(model, tokens));
    }

    [Fact]
    public void A_name_of_generic_words_before_of_and_another_name_is_one_name_with_it()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => (t, i) switch
        {
            ("National", _) or ("Hebrew", _) or ("Cape", _) => "B-" + (t == "Cape" ? "LOC" : "ORG"),
            ("Library", _) or ("University", _) => "I-ORG",
            ("Netherlands", _) or ("Jerusalem", _) => "B-LOC",
            ("Good", _) => "B-LOC",
            ("Hope", _) => "I-LOC",
            _ => "O",
        }).ToArray());

        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "The", "National", "Library", "of", "the", "Netherlands", "."));
        Assert.Equal(["B-LOC", "I-LOC", "I-LOC", "I-LOC"], Tag(model, "Cape", "of", "Good", "Hope"));
        Assert.Equal(["O", "B-ORG", "I-ORG", "O", "B-LOC", "O"], Tag(model, "The", "Hebrew", "University", "of", "Jerusalem", "."));
    }

    [Fact]
    public void A_demonym_before_a_person_is_the_persons_nationality()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch
        {
            "Frenchman" => "B-ORG", "Cedric" or "Pioline" => "I-ORG", "Finn" => "B-PER", "Mika" or "Hakkinen" => "I-PER", "Dane" => "B-PER", "Cook" => "I-PER", _ => "O",
        }).ToArray());

        Assert.Equal(["B-MISC", "B-PER", "I-PER", "O"], Tag(model, "Frenchman", "Cedric", "Pioline", "won"));
        Assert.Equal(["B-MISC", "B-PER", "I-PER", "O"], Tag(model, "Finn", "Mika", "Hakkinen", "won"));
        Assert.Equal(["B-PER", "I-PER", "O"], Tag(model, "Dane", "Cook", "joked"));
    }

    [Fact]
    public void A_partys_adjective_is_not_joined_to_the_body_it_describes()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "Republican" => "B-ORG", "Senate" => "I-ORG", _ => "O" }).ToArray());

        Assert.Equal(["O", "B-MISC", "B-ORG", "O"], Tag(model, "the", "Republican", "Senate", "voted"));
    }

    [Fact]
    public void A_place_or_organisation_named_after_a_person_is_one_name_typed_by_its_head()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch
        {
            "Richard" or "Doris" or "Bill" => "B-PER", "Donovan" or "Clinton" => "I-PER", "Day" => "B-ORG", "Animal" or "Foundation" => "I-ORG",
            "White" => "B-ORG", "House" or "Press" => "I-ORG", _ => "O",
        }).ToArray());

        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "at", "Richard", "Donovan", "Correctional", "Facility", "."));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "Doris", "Day", "Animal", "Foundation", "said"));
        Assert.Equal(["B-PER", "I-PER", "B-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "Bill", "Clinton", "White", "House", "Press", "Secretary"));
        Assert.Equal(["O", "B-PER", "I-PER", "O", "O"], Tag(model, "as", "Richard", "Donovan", "Said", "."));
    }

    [Fact]
    public void A_demonym_right_before_an_organisation_is_part_of_its_name()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "Syrian" => "B-MISC", "Democratic" => "B-ORG", "Forces" => "I-ORG", "army" => "O", _ => "O" }).ToArray());

        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "The", "Syrian", "Democratic", "Forces", "said"));
        Assert.Equal(["O", "B-MISC", "O", "O"], Tag(model, "The", "Syrian", "army", "said"));
    }

    [Fact]
    public void An_untagged_organisation_head_word_after_a_place_finishes_an_organisation()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "Kenya" => "B-LOC", "Kenyan" => "B-MISC", _ => "O" }).ToArray());

        Assert.Equal(["O", "B-ORG", "I-ORG", "O"], Tag(model, "A", "Kenya", "Airways", "flight"));
        Assert.Equal(["O", "B-MISC", "O", "O"], Tag(model, "A", "Kenyan", "Airways", "flight"));
        Assert.Equal(["B-LOC", "O", "O"], Tag(model, "Kenya", "airways", "flight"));
    }

    [Fact]
    public void An_untagged_head_word_before_for_or_of_and_a_name_is_one_organisation_with_it()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "Syrian" => "B-MISC", "Human" => "B-ORG", "Rights" => "I-ORG", "Nativity" => "B-LOC", _ => "O" }).ToArray());

        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "The", "Syrian", "Observatory", "for", "Human", "Rights", "said"));
        Assert.Equal(["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "at", "the", "Church", "of", "the", "Nativity", "today"));
        Assert.Equal(["O", "O", "O", "O", "B-LOC", "O"], Tag(model, "at", "the", "church", "of", "Nativity", "today"));
        Assert.Equal(["B-MISC", "O", "O", "O", "O", "B-ORG", "I-ORG"], Tag(model, "Syrian", "Leaders", "Seek", "Observatory", "for", "Human", "Rights"));
    }

    [Fact]
    public void A_known_place_or_organisation_the_model_ran_on_into_a_persons_name_is_the_two()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch
        {
            "India" or "Chad" => tokens[0] == "Chad" ? "B-PER" : "B-ORG",
            "Narendra" or "Modi" or "Michael" or "Murray" => tokens[0] == "Chad" ? "I-PER" : "I-ORG",
            _ => "O",
        }).ToArray());

        Assert.Equal(["O", "O", "O", "B-LOC", "B-PER", "I-PER", "O"], Tag(model, "Prime", "Minister", "of", "India", "Narendra", "Modi", "spoke"));
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O"], Tag(model, "Chad", "Michael", "Murray", "arrived"));
    }

    [Fact]
    public void The_body_an_offices_title_names_and_the_person_the_model_ran_on_into_are_the_two()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t is "Homeland" or "Akhtar" ? "B-ORG" : i > 0 && tokens[i - 1] is "Homeland" or "Security" or "Kristi" or "Akhtar" or "Mohammad" ? "I-ORG" : "O").ToArray());
        var tagger = new GazetteerAwareTagger(model, NewsExtractor.Knowledge, PerceptronNerTagger.LoadDefault().Model.Titles);

        Assert.Equal(
            ["O", "O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O"],
            tagger.Tag([["Secretary", "of", "Homeland", "Security", "Kristi", "Noem", "spoke"]])[0]);
        Assert.Equal(
            ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
            tagger.Tag([["a", "deputy", "to", "Akhtar", "Mohammad", "Osmani", "spoke"]])[0]);
    }

    [Fact]
    public void Generic_words_and_a_possessive_before_of_and_a_place_are_one_organisation_in_a_sentence_with_titles()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "Kim" => "B-PER", "Un" => "I-PER", "Korea" => "B-LOC", _ => "O" }).ToArray());

        var tagger = new GazetteerAwareTagger(model, NewsExtractor.Knowledge, PerceptronNerTagger.LoadDefault().Model.Titles);

        var tags = tagger.Tag([["Kim", "Un", "is", "the", "General", "Secretary", "of", "the", "Workers", "'", "Party", "of", "Korea", "."]])[0];

        Assert.Equal(["B-PER", "I-PER", "O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], tags);
    }

    [Fact]
    public void A_name_with_a_head_word_joined_by_an_en_dash_to_a_word_or_name_before_it_is_one_name()
    {
        var modelTags = new Dictionary<string, string>
        {
            ["Import"] = "B-ORG", ["Bank"] = "I-ORG", ["European"] = "B-ORG", ["Union"] = "I-ORG", ["Islamic"] = "B-ORG", ["State"] = "I-ORG",
            ["San"] = "B-LOC", ["Francisco"] = "I-LOC", ["Oakland"] = "B-LOC", ["Bay"] = "I-LOC", ["Bridge"] = "I-LOC", ["Khorasan"] = "B-LOC", ["Province"] = "I-LOC",
        };
        var model = new FixedTagger(tokens => tokens.Select(t => modelTags.GetValueOrDefault(t, "O")).ToArray());

        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "the", "Export", "–", "Import", "Bank", "lends"));
        Assert.Equal(["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC"], Tag(model, "the", "San", "Francisco", "–", "Oakland", "Bay", "Bridge"));
        Assert.Equal(["B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O"], Tag(model, "Islamic", "State", "–", "Khorasan", "Province", "attacked"));
        Assert.Equal(["B-LOC", "O", "B-ORG", "I-ORG", "O"], Tag(model, "China", "-", "European", "Union", "talks"));
    }

    [Fact]
    public void Two_places_joined_by_and_that_the_place_list_knows_as_one_are_one_place()
    {
        var tagger = GazetteerAwareTagger.Over(PerceptronNerTagger.LoadDefault(), NewsExtractor.Knowledge);

        var tags = tagger.Tag([["Troops", "in", "Jammu", "and", "Kashmir", "and", "Punjab", "were", "on", "alert", "."]])[0];

        Assert.Equal(["O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "B-LOC", "O", "O", "O", "O"], tags);
    }

    [Fact]
    public void A_person_span_that_is_exactly_a_listed_place_is_that_place_unless_a_known_first_name_starts_it()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch { "Bandar" or "George" => "B-PER", "Abbas" or "Town" or "Washington" => "I-PER", _ => "O" }).ToArray());
        var tagger = new GazetteerAwareTagger(model, NewsExtractor.Knowledge, placeLists: PerceptronNerTagger.LoadDefault().Model.Extractor.Knowledge);

        Assert.Equal(["O", "O", "B-LOC", "I-LOC", "O"], tagger.Tag([["Strikes", "hit", "Bandar", "Abbas", "."]])[0]);
        Assert.Equal(["B-PER", "I-PER", "O"], tagger.Tag([["George", "Town", "spoke"]])[0]);
    }

    [Fact]
    public void A_ship_named_after_a_person_or_place_is_one_misc_name_with_its_prefix()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "Abraham" or "Prince" => "B-PER", "Lincoln" => "I-PER", "Wales" => "B-LOC", _ => "O" }).ToArray());

        Assert.Equal(["O", "B-MISC", "I-MISC", "I-MISC", "O", "B-MISC", "I-MISC", "I-MISC", "I-MISC", "O"], Tag(model, "The", "USS", "Abraham", "Lincoln", "and", "HMS", "Prince", "of", "Wales", "."));
        Assert.Equal(["O", "O", "O", "O"], Tag(model, "The", "USS", "left", "."));
        Assert.Equal(["O", "B-MISC", "I-MISC", "I-MISC", "I-MISC", "O"], Tag(model, "The", "VLCC", "Xin", "Long", "Yang", "."));
    }

    [Fact]
    public void A_known_place_before_an_organisation_noun_stays_a_place()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "U.S." => "B-LOC", "Interfax" => "B-LOC", _ => "O" }).ToArray());

        var tags = Tag(model, "The", "U.S.", "space", "agency", "and", "the", "Interfax", "news", "agency", "said", ".");

        Assert.Equal(["O", "B-LOC", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"], tags);
    }

    [Fact]
    public void An_organisation_noun_opening_a_sentence_introduces_a_company_and_an_of_tail_finishes_an_organisation()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => (i > 0 ? tokens[i - 1] : "", t) switch
        {
            (_, "Brewer") => "B-PER",
            ("Brewer", "Zywiec") => "I-PER",
            (_, "Chicago") => "B-ORG",
            ("Chicago", "Board") => "I-ORG",
            _ => "O",
        }).ToArray());

        Assert.Equal(["O", "B-ORG", "O", "O"], Tag(model, "Brewer", "Zywiec", "fell", "."));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "Chicago", "Board", "of", "Trade", "said"));
    }

    [Fact]
    public void Shares_in_a_name_and_a_name_before_its_chairman_make_a_company_but_not_a_known_place_or_a_title()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => (i > 0 ? tokens[i - 1] : "", t) switch
        {
            (_, "Sumber" or "Waikato" or "Hong") => "B-LOC",
            ("Sumber", "Agro") or ("Waikato", "Valley") or ("Hong", "Kong") => "I-LOC",
            (_, "Gazprom") => "B-ORG",
            (_, "Ian" or "Alexander") => "B-PER",
            (_, "McAllister" or "Medvedev") => "I-PER",
            _ => "O",
        }).ToArray());

        Assert.Equal(["O", "O", "B-ORG", "I-ORG", "O"], Tag(model, "Shares", "in", "Sumber", "Agro", "closed"));
        Assert.Equal(["O", "O", "B-LOC", "I-LOC", "O"], Tag(model, "Shares", "in", "Hong", "Kong", "closed"));
        Assert.Equal(["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"], Tag(model, "Waikato", "Valley", "chairman", "Ian", "McAllister", "said"));
        Assert.Equal(["B-ORG", "O", "O", "B-PER", "I-PER", "O"], Tag(model, "Gazprom", "Deputy", "Chairman", "Alexander", "Medvedev", "said"));
        Assert.Equal("B-PER", Tag(new FixedTagger(t => t.Select(w => w is "Clinton" or "Ian" ? "B-PER" : w == "McAllister" ? "I-PER" : "O").ToArray()), "Clinton", "chairman", "Ian", "McAllister")[0]);
    }

    [Fact]
    public void A_verb_between_a_person_and_an_organisation_noun_leaves_the_person()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch { "Ion" => "B-PER", "Iliescu" => "I-PER", _ => "O" }).ToArray());

        Assert.Equal(["B-PER", "I-PER", "O", "O", "O", "O"], Tag(model, "Ion", "Iliescu", "tells", "party", "members", "."));
    }

    [Fact]
    public void State_in_the_title_secretary_of_state_names_no_organisation()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => (i > 0 ? tokens[i - 1] : "", t) switch
        {
            (_, "U.S.") => "B-LOC",
            ("of", "State") => "B-ORG",
            (_, "Warren") => "B-PER",
            (_, "Christopher") => "I-PER",
            _ => "O",
        }).ToArray());

        var tagger = new GazetteerAwareTagger(model, NewsExtractor.Knowledge, PerceptronNerTagger.LoadDefault().Model.Titles);

        Assert.Equal(["B-LOC", "O", "O", "O", "B-PER", "I-PER", "O"], tagger.Tag([["U.S.", "Secretary", "of", "State", "Warren", "Christopher", "said"]])[0]);
    }

    [Fact]
    public void A_listed_place_in_capitals_and_a_hyphen_opening_a_brief_is_that_place()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch { "AMMAN" or "NOTE" => "B-ORG", "Jordanian" => "B-MISC", _ => "O" }).ToArray());
        var tagger = new GazetteerAwareTagger(model, NewsExtractor.Knowledge, placeLists: PerceptronNerTagger.LoadDefault().Model.Extractor.Knowledge);

        Assert.Equal("B-LOC", tagger.Tag([["AMMAN", "-", "Jordanian", "officials", "said", "."]])[0][0]);
        Assert.Equal("B-ORG", tagger.Tag([["NOTE", "-", "figures", "are", "in", "yen", "."]])[0][0]);
    }

    [Fact]
    public void A_name_in_a_comma_chain_of_places_ending_in_a_country_is_a_place()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch
        {
            "Katlang" => "B-LOC",
            "Zorblat" => "B-ORG",
            "Pradesh" => "I-ORG",
            "Pakistan" => "B-LOC",
            _ => "O",
        }).ToArray());

        var tags = Tag(model, "Killed", "in", "Katlang", ",", "Zorblat", "Pradesh", ",", "Pakistan", ".");

        Assert.Equal(["O", "O", "B-LOC", "O", "B-LOC", "I-LOC", "O", "B-LOC", "O"], tags);
    }

    [Theory]
    [InlineData("a", "Zorblat", "University")]
    [InlineData("with", "Zorblat", "Pradesh")]
    public void An_organisation_or_a_chain_that_starts_nowhere_near_a_place_keeps_its_type(string before, string first, string second)
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t == first ? "B-ORG" : t == second ? "I-ORG" : t == "Pakistan" ? "B-LOC" : "O").ToArray());

        var tags = Tag(model, "Talks", before, first, second, ",", "Pakistan", ".");

        Assert.Equal(["O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"], tags);
    }

    [Fact]
    public void A_one_word_person_in_a_list_of_places_is_a_place_unless_a_first_name_leads_it()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t is "Belfast" or "Newtownabbey" ? "B-LOC" : t is "Carrickfergus" or "Julia" ? "B-PER" : "O").ToArray());

        Assert.Equal(["O", "O", "B-LOC", "O", "B-LOC", "O", "O", "B-LOC", "O"], Tag(model, "Protests", "reached", "Belfast", ",", "Carrickfergus", ",", "and", "Newtownabbey", "."));
        Assert.Equal(["O", "O", "B-LOC", "O", "B-PER", "O", "O", "B-LOC", "O"], Tag(model, "Protests", "reached", "Belfast", ",", "Julia", ",", "and", "Newtownabbey", "."));
        Assert.Equal(["O", "O", "B-LOC", "O", "B-PER", "O"], Tag(model, "Protests", "reached", "Belfast", "and", "Carrickfergus", "."));
        Assert.Equal(["O", "O", "B-LOC", "O", "B-LOC", "O", "O"], Tag(model, "Protests", "reached", "Belfast", "and", "Carrickfergus", "counties", "."));
    }

    [Fact]
    public void A_list_after_in_that_is_half_places_lists_places_and_one_word_set_off_after_a_place_is_its_region()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch
        {
            "Doueir" or "Shebaa" or "Damascus" or "Syria" or "Southport" or "Washington" => "B-LOC",
            "Tibnin" or "Burj" or "Khaled" or "Merseyside" or "Obama" => "B-PER",
            "Shamali" or "Mashaal" => "I-PER",
            _ => "O",
        }).ToArray());

        Assert.Equal(
            ["O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "I-LOC", "O", "O", "B-LOC", "O"],
            Tag(model, "in", "Doueir", ",", "Tibnin", ",", "Burj", "Shamali", ",", "and", "Shebaa", "."));
        Assert.Equal(
            ["O", "B-LOC", "O", "B-LOC", "O", "B-PER", "I-PER", "O", "O"],
            Tag(model, "in", "Damascus", ",", "Syria", ",", "Khaled", "Mashaal", "said", "."));
        Assert.Equal(["O", "B-LOC", "O", "B-LOC", "O", "O", "O"], Tag(model, "in", "Southport", ",", "Merseyside", ",", "to", "life"));
        Assert.Equal(["O", "B-LOC", "O", "B-PER", "O", "O", "O"], Tag(model, "in", "Washington", ",", "Obama", ",", "speaking", "."));
    }

    [Fact]
    public void Towns_that_beat_each_other_in_a_sentence_with_a_score_or_under_a_sports_slug_are_teams()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t is "Leeds" or "Italy" or "Spain" or "Grozny" or "Russia" ? "B-LOC" : t is "Sampras" or "Agassi" ? "B-PER" : "O").ToArray());

        Assert.Equal(["B-ORG", "O", "B-ORG", "O", "O"], Tag(model, "Leeds", "beat", "Chelsea", "2-1", "."));
        Assert.Equal(["B-LOC", "O", "B-LOC", "O", "O"], Tag(model, "Italy", "beat", "Spain", "3-0", "."));
        Assert.Equal(["B-PER", "O", "B-PER", "O", "O"], Tag(model, "Sampras", "beat", "Agassi", "6-3", "."));
        Assert.Equal(["B-LOC", "O", "B-LOC", "O", "O", "O"], Tag(model, "Russia", "crushed", "Grozny", "in", "1995", "."));
        Assert.Equal(["O", "O", "O", "B-ORG", "O", "B-ORG", "O"], Tag(model, "rugby", "league", "-", "Leeds", "beat", "Chelsea", "."));
        Assert.Equal(["O", "O", "B-LOC", "O", "O", "O"], Tag(model, "war", "-", "Leeds", "beat", "Chelsea", "."));
        Assert.Equal(["B-ORG", "O", "O", "O", "B-ORG", "O"], Tag(model, "Leeds", "drew", "1-1", "with", "Chelsea", "."));
        Assert.Equal(["B-ORG", "O", "O", "O", "O", "O"], Tag(model, "Leeds", "won", "2-0", "at", "Wembley", "."));
        Assert.Equal(["B-ORG", "O", "O", "O", "B-ORG", "O"], Tag(model, "Leeds", "won", "2-0", "at", "Chelsea", "."));
    }

    [Fact]
    public void The_sides_of_a_match_of_sets_are_players_and_a_town_scored_for_is_a_team()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t is "Kafelnikov" ? "B-ORG" : t is "Newcastle" or "Spain" or "Italy" ? "B-LOC" : "O").ToArray());

        Assert.Equal(["B-PER", "O", "B-PER", "O", "O", "O"], Tag(model, "Ivanisevic", "beat", "Kafelnikov", "6-4", "6-3", "."));
        Assert.Equal(["B-LOC", "O", "B-LOC", "O", "O", "O", "O", "O", "O"], Tag(model, "Spain", "beat", "Italy", "7-6", "(", "7-5", ")", "6-2", "."));
        Assert.Equal(["B-ORG", "O", "B-ORG", "O", "O", "O"], Tag(model, "Kafelnikov", "beat", "Newcastle", "2-1", "3-1", "."));
        Assert.Equal(["O", "O", "O", "O", "B-ORG", "O"], Tag(model, "Shearer", "scored", "twice", "for", "Newcastle", "."));
        Assert.Equal(["B-PER", "O", "O", "O", "B-LOC", "O"], Tag(model, "Hierro", "scored", "twice", "for", "Spain", "."));
        Assert.Equal(["O", "O", "O", "B-LOC", "O"], Tag(model, "He", "voted", "for", "Newcastle", "."));
        Assert.Equal(["O", "O", "O", "O", "O", "B-LOC", "O"], Tag(model, "Scores", "died", "in", "battles", "for", "Newcastle", "."));
    }

    [Fact]
    public void Teams_held_to_a_draw_are_teams_and_in_a_sports_report_a_place_no_list_knows_is_a_player()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch
        {
            "Chelsea" => "B-PER",
            "Southampton" or "Zola" or "Anfield" or "Paris" => "B-LOC",
            _ => "O",
        }).ToArray());
        var tagger = new GazetteerAwareTagger(model, NewsExtractor.Knowledge, placeLists: PerceptronNerTagger.LoadDefault().Model.Extractor.Knowledge);

        var report = tagger.Tag([
            ["SOCCER", "-", "CHELSEA", "HELD", "BY", "SOUTHAMPTON", "."],
            ["Chelsea", "were", "held", "to", "a", "1-1", "draw", "by", "Southampton", "."],
            ["Zola", "'s", "free", "kick", "hit", "the", "bar", "at", "Anfield", "."],
            ["Paris", "was", "quiet", "."],
            ["A", "header", "from", "Zola", "came", "from", "Anfield", "."],
        ]);

        Assert.Equal(["B-ORG", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "O"], report[1]);
        Assert.Equal(["B-PER", "O", "O", "O", "O", "O", "O", "O", "B-LOC", "O"], report[2]);
        Assert.Equal("B-LOC", report[3][0]);
        Assert.Equal(["O", "O", "O", "B-PER", "O", "O", "B-LOC", "O"], report[4]);

        var news = tagger.Tag([["Zola", "'s", "free", "kick", "hit", "the", "bar", "."]]);
        Assert.Equal("B-LOC", news[0][0]);
    }

    [Fact]
    public void One_name_that_won_a_contest_of_players_is_a_player_unless_the_knowledge_base_knows_it()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch
        {
            "Sampras" or "Siemens" or "Leeds" or "Ferrari" => "B-ORG",
            "U.S." or "Italian" => "B-EVENT",
            "Open" or "Grand" or "Prix" or "Cup" => "I-EVENT",
            _ => "O",
        }).ToArray());

        Assert.Equal(["B-PER", "O", "O", "B-EVENT", "I-EVENT", "O"], Tag(model, "Sampras", "won", "the", "U.S.", "Open", "."));
        Assert.Equal("B-ORG", Tag(model, "Siemens", "won", "the", "Italian", "Grand", "Prix", ".")[0]);
        Assert.NotEqual("B-PER", Tag(model, "Leeds", "won", "the", "U.S.", "Cup", ".")[0]);
    }

    [Fact]
    public void One_name_after_a_players_role_is_the_player_and_the_team_before_the_role_is_a_team()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "Ferrari" => "B-LOC", "Irvine" => "B-ORG", "England" => "B-LOC", _ => "O" }).ToArray());

        Assert.Equal(["B-ORG", "O", "B-PER", "O", "O", "O"], Tag(model, "Ferrari", "team-mate", "Irvine", "retired", "early", "."));
        Assert.Equal(["O", "O", "O", "B-LOC", "O"], Tag(model, "He", "played", "forward", "England", "."));
    }

    [Fact]
    public void A_clubs_first_word_the_model_left_out_belongs_to_the_club_but_not_a_common_word_starting_the_sentence()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t is "Munich" or "Hamburg" ? "B-LOC" : "O").ToArray());

        Assert.Equal(["B-ORG", "I-ORG", "O", "B-ORG", "O", "O"], Tag(model, "Bayern", "Munich", "beat", "Hamburg", "2-1", "."));
        Assert.Equal(["O", "B-ORG", "O", "B-ORG", "I-ORG", "O", "O"], Tag(model, "Yesterday", "Hamburg", "beat", "Bayern", "Munich", "2-1", "."));
    }

    [Fact]
    public void A_team_the_sports_rules_found_is_that_team_wherever_the_document_names_it_but_not_in_a_dateline_or_after_a_locative()
    {
        var tagger = new GazetteerAwareTagger(new FixedTagger(tokens => tokens.Select(t => t is "Leeds" ? "B-LOC" : t is "Chelsea" ? "B-PER" : "O").ToArray()), NewsExtractor.Knowledge);

        var tags = tagger.Tag([
            ["Leeds", "1996-08-25"],
            ["Leeds", "beat", "Chelsea", "2-1", "."],
            ["Chelsea", "had", "led", "early", "."],
            ["Fans", "celebrated", "in", "Leeds", "."],
        ]);

        Assert.Equal(["B-LOC", "O"], tags[0]);
        Assert.Equal(["B-ORG", "O", "B-ORG", "O", "O"], tags[1]);
        Assert.Equal("B-ORG", tags[2][0]);
        Assert.Equal("B-LOC", tags[3][3]);
    }

    [Fact]
    public void A_person_not_led_by_a_first_name_facing_a_club_is_a_team_but_players_and_national_teams_stay()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch
        {
            "PSV" or "Sampras" or "Pete" => "B-PER",
            "Eindhoven" or "Becker" => "I-PER",
            "Feyenoord" => "B-ORG",
            "Australia" => "B-LOC",
            _ => "O",
        }).ToArray());

        Assert.Equal(["B-ORG", "I-ORG", "O", "B-ORG", "O", "O"], Tag(model, "PSV", "Eindhoven", "beat", "Feyenoord", "3-1", "."));
        Assert.Equal(["B-PER", "I-PER", "O", "B-ORG", "O", "O"], Tag(model, "Pete", "Becker", "beat", "Feyenoord", "3-1", "."));
        Assert.Equal(["B-PER", "O", "B-LOC", "O", "O"], Tag(model, "Sampras", "beat", "Australia", "3-2", "."));
    }

    [Fact]
    public void Names_joined_by_an_ampersand_are_one_organisation()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "Goldman" or "Co" => "B-PER", "Sachs" => "I-PER", _ => "O" }).ToArray());

        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "Goldman", "Sachs", "&", "Co", "said"));
    }

    [Fact]
    public void Authors_cited_with_a_year_and_people_named_in_full_stay_apart_across_an_ampersand()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch
        {
            "Dye" or "Bavelier" or "Karl" or "Harvey" or "Marks" or "Spencer" => "B-PER",
            "Langdon" or "Deegan" => "I-PER",
            _ => "O",
        }).ToArray());

        Assert.Equal(["O", "B-PER", "O", "B-PER", "O", "O", "O"], Tag(model, "(", "Dye", "&", "Bavelier", ",", "2010", ")"));
        Assert.Equal(["B-PER", "O", "B-PER", "O", "O"], Tag(model, "Dye", "&", "Bavelier", "(", "2010"));
        Assert.Equal(["B-PER", "I-PER", "O", "B-PER", "I-PER", "O"], Tag(model, "Karl", "Langdon", "&", "Harvey", "Deegan", "commentate"));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"], Tag(model, "Marks", "&", "Spencer", ",", "Britain"));
    }

    [Fact]
    public void A_known_given_name_the_model_left_out_before_a_person_is_part_of_the_name_but_not_an_english_word_or_a_day()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch
        {
            "Del" or "Smith" or "Mahmoud" => "B-PER",
            "Piero" or "al-Nida" => "I-PER",
            _ => "O",
        }).ToArray());

        Assert.Equal(["B-PER", "I-PER", "I-PER", "O"], Tag(model, "Alessandro", "Del", "Piero", "scored"));
        Assert.Equal(["O", "B-PER", "O"], Tag(model, "Will", "Smith", "said"));
        Assert.Equal(["O", "O", "B-PER", "I-PER"], Tag(model, "said", "Tuesday", "Mahmoud", "al-Nida"));
    }

    [Fact]
    public void A_name_right_after_a_relative_of_someone_is_a_person_unless_the_knowledge_base_knows_it()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch
        {
            "Carole" or "Zorbia" => "B-LOC",
            "Anthony" => "B-ORG",
            "Paris" => "B-PER",
            _ => "O",
        }).ToArray());

        Assert.Equal(["O", "O", "O", "B-PER", "O"], Tag(model, "by", "his", "wife", "Carole", ","));
        Assert.Equal(["O", "O", "O", "O", "B-PER", "O"], Tag(model, "Ghosn", "'s", "son", ",", "Anthony", "said"));
        Assert.Equal(["O", "O", "O", "B-LOC"], Tag(model, "the", "wife", "in", "Zorbia"));
        Assert.Equal(["O", "O", "O", "B-LOC"], Tag(model, "her", "husband", ",", "Paris"));
    }

    [Fact]
    public void A_title_word_inside_a_name_joins_the_name_word_before_it_but_a_title_before_it_stays_outside()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t == "Ahmed" ? "B-PER" : "O").ToArray());

        Assert.Equal(["O", "B-PER", "I-PER", "I-PER", "O"], Tag(model, "president", "Sharif", "Sheikh", "Ahmed", "said"));
        Assert.Equal(["O", "O", "B-PER", "O"], Tag(model, "Minister", "Sheikh", "Ahmed", "said"));
        Assert.Equal(["O", "O", "B-PER", "O"], Tag(model, "Then", "Sheikh", "Ahmed", "said"));
    }

    [Fact]
    public void In_a_sports_report_clubs_are_read_from_their_short_names_cues_and_roles_grounds_are_places_and_surnames_are_players()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => (i > 0 ? tokens[i - 1] : "", t) switch
        {
            ("Aston", "Villa") => "I-ORG",
            ("Michael", "Jordan") => "I-PER",
            (_, "Aston" or "Nou") => "B-ORG",
            (_, "Camp") => "I-ORG",
            (_, "Michael" or "Villa" or "Brian") => "B-PER",
            (_, "Little") => "I-PER",
            (_, "Liverpool" or "Perugia" or "Jordan" or "Chicago") => "B-LOC",
            _ => "O",
        }).ToArray());
        var tagger = new GazetteerAwareTagger(model, NewsExtractor.Knowledge, placeLists: PerceptronNerTagger.LoadDefault().Model.Extractor.Knowledge);

        var report = tagger.Tag([
            ["SOCCER", "-", "VILLA", "LOSE", "."],
            ["Aston", "Villa", "lost", "at", "the", "Nou", "Camp", "."],
            ["Villa", "manager", "Brian", "Little", "said", "little", "."],
            ["They", "trail", "leaders", "Liverpool", "after", "a", "defeat", "by", "Perugia", "."],
            ["Michael", "Jordan", "watched", "as", "Jordan", "scored", "in", "Chicago", "."],
        ]);

        Assert.Equal(["B-ORG", "I-ORG", "O", "O", "O", "B-LOC", "I-LOC", "O"], report[1]);
        Assert.Equal(["B-ORG", "O", "B-PER", "I-PER", "O", "O", "O"], report[2]);
        Assert.Equal(["O", "O", "O", "B-ORG", "O", "O", "O", "O", "B-ORG", "O"], report[3]);
        Assert.Equal(["B-PER", "I-PER", "O", "O", "B-PER", "O", "O", "B-LOC", "O"], report[4]);

        var news = tagger.Tag([["They", "trail", "leaders", "Liverpool", "."], ["Aston", "Villa", "lost", "and", "Villa", "said", "no", "."]]);
        Assert.Equal("B-LOC", news[0][3]);
        Assert.Equal("B-PER", news[1][4]);
    }

    [Fact]
    public void A_person_named_after_a_place_stays_a_person_where_the_model_read_one_and_the_document_names_her_in_full_but_not_a_known_organisation()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => (i > 0 ? tokens[i - 1] : "", t) switch
        {
            ("Valeska", "Paris") or ("Ali", "Fatah") => "I-PER",
            (_, "Valeska" or "Paris" or "Ali" or "Fatah") => "B-PER",
            _ => "O",
        }).ToArray());
        var tagger = new GazetteerAwareTagger(model, NewsExtractor.Knowledge);

        var tags = tagger.Tag([
            ["Valeska", "Paris", "and", "Ali", "Fatah", "left", "."],
            ["Paris", "claims", "she", "was", "kept", "."],
            ["Fatah", "will", "join", "the", "government", "."],
        ]);
        var elsewhere = tagger.Tag([["Paris", "claims", "she", "was", "kept", "."]]);

        Assert.Equal("B-PER", tags[1][0]);
        Assert.Equal("B-ORG", tags[2][0]);
        Assert.Equal("B-LOC", elsewhere[0][0]);
    }

    [Fact]
    public void In_a_sports_report_a_town_after_a_score_and_at_before_a_winning_score_or_in_a_players_move_is_a_club_but_a_ground_stays_a_place()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => (i > 0 ? tokens[i - 1] : "", t) switch
        {
            ("Villa", "Park") => "I-LOC",
            (_, "Nantes" or "Wembley" or "Villa" or "Blackburn" or "Leeds" or "Stoke") => "B-LOC",
            (_, "Shearer" or "Widzew" or "Kashima" or "Yasuto") => "B-PER",
            (_, "Lodz" or "Antlers" or "Honda") => "I-PER",
            _ => "O",
        }).ToArray());
        var tagger = new GazetteerAwareTagger(model, NewsExtractor.Knowledge);

        var report = tagger.Tag([
            ["SOCCER", "-", "RESULTS", "."],
            ["Metz", "lost", "2-1", "at", "Nantes", "and", "Leeds", "won", "2-0", "at", "Wembley", "."],
            ["Chelsea", "won", "1-0", "at", "Villa", "Park", "."],
            ["Shearer", ",", "signed", "from", "Blackburn", ",", "scored", "."],
            ["Ronaldo", "scored", "in", "Leeds", "'s", "3-1", "win", "."],
            ["He", "will", "play", "for", "Nantes", "after", "Stoke", "won", "2-1", "at", "Wembley", "."],
            ["Metz", "were", "held", "1-1", "by", "Widzew", "Lodz", "and", "left", "out", "Kashima", "Antlers", "midfielder", "Yasuto", "Honda", "."],
        ]);

        Assert.Equal("B-ORG", report[1][4]);
        Assert.Equal("B-LOC", report[1][10]);
        Assert.Equal(["B-LOC", "I-LOC"], report[2][4..6]);
        Assert.Equal("B-ORG", report[3][4]);
        Assert.Equal("B-ORG", report[4][3]);
        Assert.Equal(["B-ORG", "B-ORG", "B-LOC"], new[] { report[5][4], report[5][6], report[5][10] });
        Assert.Equal(["B-ORG", "I-ORG", "B-ORG", "I-ORG"], report[6][5..7].Concat(report[6][10..12]));
    }

    [Fact]
    public void Two_words_read_as_a_place_that_a_known_given_name_leads_are_a_person_but_not_after_a_locative_or_when_known()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => (i > 0 ? tokens[i - 1] : "", t) switch
        {
            ("Francisco", "Tudela") or ("Lazaro", "Cardenas") or ("Aston", "Villa") or ("Hertha", "Berlin") => "I-LOC",
            (_, "Francisco" or "Lazaro" or "Aston" or "Hertha") => "B-LOC",
            _ => "O",
        }).ToArray());

        Assert.Equal(["O", "B-PER", "I-PER", "O"], Tag(model, "minister", "Francisco", "Tudela", "said"));
        Assert.Equal(["O", "B-LOC", "I-LOC", "O"], Tag(model, "to", "Lazaro", "Cardenas", "."));
        Assert.NotEqual("B-PER", Tag(model, "Aston", "Villa", "won")[0]);
        Assert.NotEqual("B-PER", Tag(model, "Hertha", "Berlin", "won")[0]);
    }

    [Fact]
    public void Three_words_read_as_an_organisation_that_a_known_given_name_leads_are_a_person_unless_a_head_word_ends_them()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch
        {
            "Jonas" or "George" => "B-ORG",
            "Gahr" or "Støre" or "Washington" or "University" => "I-ORG",
            _ => "O",
        }).ToArray());

        Assert.Equal(["O", "B-PER", "I-PER", "I-PER", "O"], Tag(model, "How", "Jonas", "Gahr", "Støre", "won"));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "George", "Washington", "University", "won"));
    }

    [Fact]
    public void In_a_sports_report_the_town_that_starts_a_clubs_name_is_the_club_outside_a_locative_phrase()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch
        {
            "Chicago" when i + 1 < tokens.Count && tokens[i + 1] == "Bulls" => "B-ORG",
            "Bulls" => "I-ORG",
            "Chicago" => "B-LOC",
            _ => "O",
        }).ToArray());
        var tagger = new GazetteerAwareTagger(model, NewsExtractor.Knowledge);

        var report = tagger.Tag([
            ["BASKETBALL", "-", "BULLS", "WIN", "."],
            ["The", "Chicago", "Bulls", "won", "."],
            ["Chicago", "led", "by", "ten", "in", "Chicago", "."],
        ]);

        Assert.Equal(["B-ORG", "O", "O", "O", "O", "B-LOC", "O"], report[2]);
    }

    [Fact]
    public void A_town_before_a_players_role_and_a_person_is_a_team_a_nation_stays_a_place()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t is "Leeds" or "England" ? "B-LOC" : t == "Alan" ? "B-PER" : i > 0 && tokens[i - 1] == "Alan" ? "I-PER" : "O").ToArray());

        Assert.Equal(["B-ORG", "O", "B-PER", "I-PER", "O"], Tag(model, "Leeds", "striker", "Alan", "Smith", "."));
        Assert.Equal(["B-LOC", "O", "B-PER", "I-PER", "O"], Tag(model, "England", "striker", "Alan", "Shearer", "."));
        Assert.Equal(["B-ORG", "O", "B-PER", "I-PER", "O"], Tag(model, "Leeds", "prop", "Alan", "Rowntree", "."));
    }

    [Fact]
    public void A_club_the_model_left_untagged_before_a_players_role_and_a_person_is_a_team()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t is "Alan" or "Graham" ? "B-PER" : i > 0 && tokens[i - 1] is "Alan" or "Graham" ? "I-PER" : "O").ToArray());

        Assert.Equal(["B-ORG", "O", "B-PER", "I-PER", "O", "B-ORG", "O", "B-PER", "I-PER"],
            Tag(model, "Leicester", "prop", "Graham", "Rowntree", "and", "Wasps", "lock", "Alan", "Dallaglio"));
        Assert.Equal(["O", "O", "O", "B-PER", "I-PER"], Tag(model, "a", "goal", "from", "Alan", "Kane"));
        Assert.Equal(["O", "O", "B-PER", "I-PER"], Tag(model, "Veteran", "striker", "Alan", "Smith"));
        Assert.Equal(["O", "O", "O", "B-PER", "I-PER"], Tag(model, "from", "English", "captain", "Graham", "Kane"));
    }

    [Fact]
    public void Two_headed_names_joined_by_and_and_two_names_facing_each_other_are_two_names()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => i == 1 ? "B-ORG" : i > 1 && i < tokens.Count - 1 ? "I-ORG" : "O").ToArray());

        Assert.Equal(["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"], Tag(model, "At", "Zorblat", "Library", "and", "Quenby", "University", "."));
        Assert.Equal(["O", "B-ORG", "O", "B-ORG", "O"], Tag(model, "At", "Eton", "v", "Harrow", "."));
        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], Tag(model, "At", "Zorblat", "and", "Quenby", "University", "."));
    }

    [Fact]
    public void Generic_words_ending_in_a_head_word_finish_the_name_before_them()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch { "Zorblat" => "B-LOC", "Air" => "B-ORG", "Base" => "I-ORG", _ => "O" }).ToArray());

        Assert.Equal(["O", "B-LOC", "I-LOC", "I-LOC", "O"], Tag(model, "the", "Zorblat", "Air", "Base", "."));
    }

    [Fact]
    public void Titles_before_a_facility_name_do_not_make_it_a_person()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t == "Prince" ? "B-PER" : i > 0 && t is "Sultan" or "Air" or "Base" ? "I-PER" : "O").ToArray());

        Assert.Equal(["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"], Tag(model, "struck", "Prince", "Sultan", "Air", "Base", "."));
    }

    [Fact]
    public void A_known_name_inside_a_longer_model_span_stays_part_of_it()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => t switch
        {
            "Bank" => "B-ORG",
            "of" or "America" when i > 0 => "I-ORG",
            _ => "O",
        }).ToArray());

        var tags = Tag(model, "Bank", "of", "America", "grew", ".");

        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "O", "O"], tags);
    }

    [Fact]
    public void A_known_name_starting_a_longer_model_span_leaves_the_span_alone()
    {
        var model = new FixedTagger(tokens => tokens.Select(t => t switch
        {
            "Ukraine" => "B-ORG",
            "Zorblat" => "I-ORG",
            _ => "O",
        }).ToArray());

        var tags = Tag(model, "Ukraine", "Zorblat", "said", ".");

        Assert.Equal(["B-ORG", "I-ORG", "O", "O"], tags);
    }

    [Fact]
    public void Two_known_names_joined_by_and_in_one_model_span_become_two_names()
    {
        var model = new FixedTagger(tokens => tokens.Select((t, i) => i switch
        {
            1 => "B-ORG",
            2 or 3 => "I-ORG",
            _ => "O",
        }).ToArray());

        var tags = Tag(model, "in", "Sweden", "and", "Finland", ".");

        Assert.Equal(["O", "B-LOC", "O", "B-LOC", "O"], tags);
    }

    [Theory]
    [InlineData("Air Canada and Icelandair", new[] { "B-ORG", "I-ORG", "O", "B-ORG" })]
    [InlineData("Icelandair and Air Canada", new[] { "B-ORG", "O", "B-ORG", "I-ORG" })]
    [InlineData("Lufthansa and International Airlines Group", new[] { "B-ORG", "O", "B-ORG", "I-ORG", "I-ORG" })]
    [InlineData("Lufthansa and Partners", new[] { "B-ORG", "I-ORG", "I-ORG" })]
    public void A_known_name_and_a_name_of_its_own_joined_by_and_become_two_names(string name, string[] expected)
    {
        var words = name.Split(' ');
        var model = new FixedTagger(tokens => tokens.Select((_, i) => i == 1 ? "B-ORG" : i > 1 && i <= words.Length ? "I-ORG" : "O").ToArray());

        var tags = Tag(model, ["shares", .. words, "fell"]);

        Assert.Equal(["O", .. expected, "O"], tags);
    }

    [Theory]
    [InlineData("Honda", "B-ORG")]
    [InlineData("Keith", "B-PER")]
    public void A_one_word_name_in_a_list_of_known_organisations_is_one_unless_a_first_name(string last, string expected)
    {
        var model = new FixedTagger(tokens => tokens.Select(t => char.IsUpper(t[0]) ? "B-PER" : "O").ToArray());

        var tags = Tag(model, "Toyota", ",", "Nissan", "and", last, "halted", "production", ".");

        Assert.Equal(["B-ORG", "O", "B-ORG", "O", expected, "O", "O", "O"], tags);
    }
}
