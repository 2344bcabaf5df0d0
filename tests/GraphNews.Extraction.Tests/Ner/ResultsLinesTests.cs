using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class ResultsLinesTests
{
    private static string[] Apply(string[] tokens, string[] tags, params string[] known)
    {
        var copy = (string[])tags.Clone();
        new ResultsLines((sentence, start, end) => known.Contains(string.Join(' ', sentence.Skip(start).Take(end - start))) ? "LOC" : null, word => word is "Ernie").Apply(tokens, copy);
        return copy;
    }

    [Fact]
    public void Teams_named_after_towns_in_a_results_line_are_organisations()
    {
        Assert.Equal(
            ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"],
            Apply(["Sheffield", "Wednesday", "0", "Aston", "Villa", "2"], ["B-LOC", "B-PER", "O", "B-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_particle_between_name_words_is_inside_a_teams_name()
    {
        var tags = new string[6];
        Array.Fill(tags, "O");
        new ResultsLines((_, _, _) => null, _ => false, word => word is "da").Apply(["Vasco", "da", "Gama", "3", "Bragantino", "1"], tags);

        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O"], tags);
    }

    [Fact]
    public void A_match_summary_names_its_teams_with_founding_year_or_number_and_its_scorers()
    {
        string[] tokens = ["1860", "Munich", "2", "(", "Bodden", "34", ")", "Schalke", "04", "1", "(", "Dundee", "88", ")", ".", "Halftime", "1-1", ".", "Attendance", "35,000"];
        var tags = new string[tokens.Length];
        Array.Fill(tags, "O");

        new ResultsLines((_, _, _) => null, _ => false).Apply(tokens, tags);

        Assert.Equal(["B-ORG", "I-ORG", "O", "O", "B-PER", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-PER", "O", "O", "O", "O", "O", "O", "O", "O"], tags);
    }

    [Fact]
    public void A_results_line_may_end_in_a_note_on_how_the_match_ended()
    {
        Assert.Equal(
            ["B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "O", "O"],
            Apply(["St", "Louis", "3", "DETROIT", "3", "(", "OT", ")"], ["B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "O", "O", "O"]));
        Assert.Equal(
            ["B-ORG", "O", "B-ORG", "O", "O", "O", "O", "O"],
            Apply(["Dunfermline", "1", "Rangers", "3", "(", "halftime", "1-1", ")"], ["B-MISC", "I-MISC", "I-MISC", "I-MISC", "O", "O", "O", "O"]));
    }

    [Fact]
    public void A_clubs_country_in_brackets_before_its_score_is_a_place_and_the_club_an_organisation()
    {
        Assert.Equal(
            ["B-ORG", "I-ORG", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O"],
            Apply(
                ["Benetton", "Treviso", "(", "Italy", ")", "85", "Alba", "Berlin", "(", "Germany", ")", "80"],
                ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"],
                "Italy", "Germany"));
    }

    [Fact]
    public void A_closing_note_may_name_a_side_by_its_first_words()
    {
        Assert.Equal(
            ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "O", "O", "O", "O", "O"],
            Apply(
                ["Nagoya", "Grampus", "2", "Yokohama", "Marinos", "2", "(", "Nagoya", "won", "5-4", "on", "penalties", ")"],
                ["B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "O", "B-PER", "O", "O", "O", "O", "O"]));
    }

    [Fact]
    public void A_standings_row_may_give_games_behind_as_a_whole_number_and_a_half()
    {
        Assert.Equal(["B-ORG", "O", "O", "O", "O"], Apply(["ORLANDO", "7", "6", ".538", "2-1/2"], ["B-LOC", "O", "O", "O", "O"]));
    }

    [Fact]
    public void The_team_of_a_standings_row_is_an_organisation_but_a_player_is_left_alone()
    {
        Assert.Equal(["B-ORG", "O", "O", "O", "O"], Apply(["Leeds", "3", "2", "1", "0"], ["B-LOC", "O", "O", "O", "O"]));
        Assert.Equal(["B-PER", "I-PER", "O", "O", "O"], Apply(["Ernie", "Els", "70", "68", "69"], ["B-PER", "I-PER", "O", "O", "O"]));
    }

    [Fact]
    public void Countries_keep_their_type_and_the_score_is_no_part_of_a_name()
    {
        Assert.Equal(["B-LOC", "O", "B-LOC", "O"], Apply(["Japan", "2", "Syria", "1"], ["B-LOC", "O", "B-LOC", "I-LOC"], "Japan", "Syria"));
    }

    [Fact]
    public void Scorers_in_brackets_after_a_score_are_people()
    {
        string[] tokens = ["Brazil", "1", "(", "Ronaldo", "20", ")", "Norway", "1", "(", "Ole", "Gunnar", "Solskjaer", "55", ",", "Flo", "78", "90+2", "pen", ")"];

        var tags = Apply(tokens, ["B-LOC", "O", "O", "O", "O", "O", "B-MISC", "I-MISC", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O"], "Brazil", "Norway");

        Assert.Equal(["B-LOC", "O", "O", "B-PER", "O", "O", "B-LOC", "O", "O", "B-PER", "I-PER", "I-PER", "O", "O", "B-PER", "O", "O", "O", "O"], tags);
    }

    [Fact]
    public void A_bracket_that_does_not_list_scorers_is_no_results_line()
    {
        string[] tokens = ["Leeds", "3", "(", "after", "extra", "time", ")", "Chelsea", "2"];
        string[] tags = ["B-LOC", "O", "O", "O", "O", "O", "O", "B-LOC", "O"];

        Assert.Equal(tags, Apply(tokens, tags));
    }

    [Fact]
    public void Sentences_that_are_not_results_lines_are_left_alone()
    {
        Assert.Equal(["O", "O", "O", "O"], Apply(["The", "score", "was", "3"], ["O", "O", "O", "O"]));
        Assert.Equal(["B-LOC", "O", "O"], Apply(["Leeds", "won", "3"], ["B-LOC", "O", "O"]));
        Assert.Equal(["B-PER", "O", "B-PER", "O", "B-PER", "O"], Apply(["Ana", "1", "Bo", "2", "Cy", "3"], ["B-PER", "O", "B-PER", "O", "B-PER", "O"]));
    }

    [Fact]
    public void A_standings_row_may_carry_a_winning_percentage_and_games_behind()
    {
        Assert.Equal(["B-ORG", "I-ORG", "O", "O", "O", "O"], Apply(["NEW", "YORK", "74", "57", ".565", "-"], ["B-LOC", "I-LOC", "O", "O", "O", "O"]));
        Assert.Equal(["B-ORG", "O", "O", "O", "O", "O"], Apply(["BALTIMORE", "67", "63", ".515", "6", "1/2"], ["B-LOC", "O", "O", "O", "O", "O"]));
        Assert.Equal(["B-LOC", "O", "O", "O"], Apply(["Paris", ".5", "-", "1/2"], ["B-LOC", "O", "O", "O"]));
    }

    [Theory]
    [InlineData(new[] { "W", "L", "PCT", "GB" }, true)]
    [InlineData(new[] { "P", "W", "D", "L", "F", "A", "PTS" }, true)]
    [InlineData(new[] { "US", "UK", "EU" }, false)]
    [InlineData(new[] { "NEW", "YORK", "74" }, false)]
    public void A_header_row_of_a_table_is_three_capital_abbreviations_one_a_single_letter(string[] tokens, bool header)
    {
        Assert.Equal(header, ResultsLines.IsTableHeader(tokens));
    }
}
