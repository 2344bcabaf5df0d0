namespace GraphNews.Stories;

/// <summary>B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga and Baldwin, 1998).</summary>
public static class BCubed
{
    public sealed record Result(double Precision, double Recall, double F1);

    /// <summary>
    /// Both maps give each item's cluster id. Items missing from <paramref name="predicted"/> count as
    /// singletons; items missing from <paramref name="gold"/> are ignored.
    /// </summary>
    public static Result Score(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        if (gold.Count == 0)
        {
            return new Result(0, 0, 0);
        }

        string Predicted(string item) => predicted.TryGetValue(item, out var cluster) ? cluster : "\u0000singleton:" + item;
        var goldMembers = gold.GroupBy(p => p.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var predictedMembers = gold.Keys.GroupBy(Predicted, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        double precision = 0, recall = 0;
        foreach (var item in gold.Keys)
        {
            var goldCluster = goldMembers[gold[item]];
            var predictedCluster = predictedMembers[Predicted(item)];
            var both = predictedCluster.Count(goldCluster.Contains);
            precision += (double)both / predictedCluster.Count;
            recall += (double)both / goldCluster.Count;
        }

        precision /= gold.Count;
        recall /= gold.Count;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new Result(precision, recall, f1);
    }
}
