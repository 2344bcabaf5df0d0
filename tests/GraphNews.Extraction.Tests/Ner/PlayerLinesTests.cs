using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class PlayerLinesTests
{
    private static string[] Apply(string[] tokens, string[] tags, params string[] known)
    {
        var copy = (string[])tags.Clone();
        new PlayerLines((sentence, start, end) => known.Contains(string.Join(' ', sentence.Skip(start).Take(end - start))) ? "LOC" : null, word => word is "Scorers" or "Bowling").Apply(tokens, copy);
        return copy;
    }

    [Fact]
    public void The_names_of_a_line_of_scorers_are_people()
    {
        Assert.Equal(
            ["O", "O", "B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O", "O"],
            Apply(["Scorers", ":", "Alan", "Shearer", "13", ",", "Les", "Ferdinand", "55", "pen"], ["O", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "O"]));
        Assert.Equal(["O", "O", "B-ORG", "O", "B-PER", "O"], Apply(["Scorers", ":", "Newcastle", "-", "Shearer", "13"], ["O", "O", "B-ORG", "O", "B-PER", "O"]));
    }

    [Fact]
    public void A_line_of_scorers_grouped_by_team_names_the_teams_and_their_players()
    {
        Assert.Equal(
            ["O", "O", "B-ORG", "O", "B-PER", "O", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "O", "B-PER", "O"],
            Apply(
                ["Scorers", ":", "Celtic", "-", "Cadete", "12", ",", "Di", "Canio", "40", ";", "Hibernian", "-", "Jackson", "55"],
                ["O", "O", "O", "O", "B-MISC", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-PER", "I-PER", "I-PER", "O"]));
    }

    [Fact]
    public void Players_with_their_figures_in_brackets_after_a_total_are_people()
    {
        Assert.Equal(
            ["B-LOC", "O", "O", "B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O", "O", "O"],
            Apply(
                ["England", "326", "(", "M.", "Atherton", "64", ";", "Wasim", "Akram", "4-50", ")", "."],
                ["B-LOC", "O", "O", "O", "B-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]));
        Assert.Equal(["O", "O", "O", "B-ORG", "O", "O", "O"], Apply(["He", "said", "(", "Reuters", ")", "on", "Monday"], ["O", "O", "O", "B-ORG", "O", "O", "O"]));
    }

    [Fact]
    public void The_bowlers_of_a_bowling_line_are_people()
    {
        Assert.Equal(
            ["O", "O", "B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O"],
            Apply(["Bowling", ":", "Wasim", "Akram", "25-4-70-3", ",", "Waqar", "Younis", "20-2-80-2"], ["O", "O", "B-ORG", "I-ORG", "O", "O", "B-PER", "I-PER", "O"]));
    }

    [Fact]
    public void A_ranked_finisher_with_a_country_in_brackets_is_a_person_but_not_a_known_name()
    {
        Assert.Equal(
            ["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"],
            Apply(
                ["1.", "Lasse", "Kjus", "(", "Norway", ")", "1:51.32", "2.", "Luc", "Alphand", "(", "France", ")", "1:51.54"],
                ["O", "B-MISC", "I-MISC", "O", "B-LOC", "O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"],
                "Norway", "France"));
        Assert.Equal(
            ["O", "B-LOC", "I-LOC", "O", "B-LOC", "O", "O"],
            Apply(["1.", "Saudi", "Arabia", "(", "Asia", ")", "12"], ["O", "B-LOC", "I-LOC", "O", "B-LOC", "O", "O"], "Saudi Arabia", "Asia"));
    }

    [Fact]
    public void A_finishers_team_may_come_before_same_time()
    {
        Assert.Equal(
            ["O", "B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O", "O"],
            Apply(["3.", "Andrea", "Tafi", "(", "Italy", ")", "Mapei", "same", "time"], ["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O"], "Italy"));
    }

    [Fact]
    public void A_golfer_after_the_rounds_and_total_with_a_country_in_brackets_is_a_person()
    {
        Assert.Equal(
            ["O", "O", "O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"],
            Apply(["67", "70", "68", "-", "205", "Costantino", "Rocca", "(", "Italy", ")"], ["O", "O", "O", "O", "O", "B-MISC", "I-MISC", "O", "B-LOC", "O"], "Italy"));
    }

    [Fact]
    public void The_name_between_a_finishers_country_and_time_is_the_team()
    {
        Assert.Equal(
            ["O", "B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O"],
            Apply(["1.", "Michael", "Schumacher", "(", "Germany", ")", "Ferrari", "1:47:01.002"], ["O", "B-PER", "I-PER", "O", "B-LOC", "O", "B-LOC", "O"], "Germany"));
    }

    [Fact]
    public void A_ranking_line_names_players_and_their_teams()
    {
        Assert.Equal(
            ["O", "O", "B-PER", "I-PER", "O", "B-ORG", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"],
            Apply(["9", "-", "Les", "Ferdinand", "(", "Newcastle", ")", ",", "Ronaldo", "Nazario", "(", "Brazil", ")"], ["B-MISC", "I-MISC", "I-MISC", "I-MISC", "O", "B-LOC", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"], "Brazil"));
    }
}
