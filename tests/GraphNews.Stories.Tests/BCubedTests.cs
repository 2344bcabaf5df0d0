namespace GraphNews.Stories.Tests;

public sealed class BCubedTests
{
    [Fact]
    public void A_perfect_clustering_scores_one()
    {
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2" };
        var score = BCubed.Score(gold, new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "y" });
        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void Known_values_for_a_wrong_split_and_merge()
    {
        // Gold {a,b} {c}; predicted {a} {b,c}: precision (1 + 1/2 + 1/2)/3, recall (1/2 + 1/2 + 1)/3.
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2" };
        var score = BCubed.Score(gold, new Dictionary<string, string> { ["a"] = "x", ["b"] = "y", ["c"] = "y" });
        Assert.Equal(2.0 / 3, score.Precision, 9);
        Assert.Equal(2.0 / 3, score.Recall, 9);
        Assert.Equal(2.0 / 3, score.F1, 9);
    }

    [Fact]
    public void Everything_in_one_cluster_has_full_recall_and_low_precision()
    {
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3", ["d"] = "4" };
        var score = BCubed.Score(gold, gold.Keys.ToDictionary(k => k, _ => "all"));
        Assert.Equal(0.25, score.Precision, 9);
        Assert.Equal(1.0, score.Recall, 9);
        Assert.Equal(0.4, score.F1, 9);
    }

    [Fact]
    public void Items_missing_from_the_prediction_count_as_singletons()
    {
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1" };
        var score = BCubed.Score(gold, new Dictionary<string, string>());
        Assert.Equal(1.0, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
    }

    [Fact]
    public void Gold_files_are_read_and_bad_lines_are_reported_with_their_number()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# comment", "e1\ta", "e1\tb", "", "e2\tc"]);
            Assert.Equal(3, StoryEvaluation.ReadGold(path).Count);
            File.WriteAllLines(path, ["e1\ta", "broken line"]);
            var error = Assert.Throws<InvalidDataException>(() => StoryEvaluation.ReadGold(path));
            Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
