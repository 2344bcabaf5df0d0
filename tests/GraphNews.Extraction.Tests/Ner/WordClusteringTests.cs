using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class WordClusteringTests
{
    /// <summary>Unit vectors around <paramref name="groups"/> orthogonal directions, <paramref name="perGroup"/> each, slightly perturbed.</summary>
    private static float[] Groups(int groups, int perGroup, int dimensions, int seed)
    {
        var random = new Random(seed);
        var vectors = new float[groups * perGroup * dimensions];
        for (var g = 0; g < groups; g++)
        {
            for (var k = 0; k < perGroup; k++)
            {
                var row = vectors.AsSpan(((g * perGroup) + k) * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                {
                    row[d] = (d == g ? 1f : 0f) + (float)((random.NextDouble() - 0.5) * 0.2);
                }

                var norm = 0f;
                foreach (var value in row)
                {
                    norm += value * value;
                }

                for (var d = 0; d < dimensions; d++)
                {
                    row[d] /= MathF.Sqrt(norm);
                }
            }
        }

        return vectors;
    }

    [Fact]
    public void BisectionIsDeterministicForASeed()
    {
        var vectors = Groups(4, 20, 8, seed: 7);

        var first = new SphericalBisection(depth: 6, seed: 3).Paths(vectors, 8);
        var second = new SphericalBisection(depth: 6, seed: 3).Paths(vectors, 8);

        Assert.Equal(first, second);
        Assert.All(first, path => Assert.InRange(WordClusters.FormatPath(path).Length, 1, 6));
    }

    [Fact]
    public void SimilarVectorsShareTheirPathPrefixes()
    {
        var vectors = Groups(2, 16, 6, seed: 1);

        var paths = new SphericalBisection(depth: 5, seed: 1).Paths(vectors, 6);

        var firstBits = paths.Select(p => WordClusters.Prefix(p, 1)).ToArray();
        Assert.Single(firstBits[..16].Distinct());
        Assert.Single(firstBits[16..].Distinct());
        Assert.NotEqual(firstBits[0], firstBits[16]);
    }

    [Fact]
    public void FourDirectionsEndUpInFourSubtreesAtTwoBits()
    {
        var vectors = Groups(4, 12, 8, seed: 5);

        var paths = new SphericalBisection(depth: 8, seed: 2).Paths(vectors, 8);

        var groupPrefixes = Enumerable.Range(0, 4).Select(g => paths[(g * 12)..((g + 1) * 12)].Select(p => WordClusters.Prefix(p, 2)).Distinct().ToList()).ToList();
        Assert.All(groupPrefixes, prefixes => Assert.Single(prefixes));
        Assert.Equal(4, groupPrefixes.Select(p => p[0]).Distinct().Count());
    }

    [Fact]
    public void AGroupIsSeparatedFromALargerOneThatPointsAlmostTheSameWay()
    {
        // 40 rows near c + e1 and 10 near c + e2, where c is a direction all rows share (as in word embeddings).
        const int dimensions = 6;
        var random = new Random(3);
        var vectors = new float[50 * dimensions];
        for (var r = 0; r < 50; r++)
        {
            var row = vectors.AsSpan(r * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                row[d] = (d == 0 ? 2f : 0f) + (d == (r < 40 ? 1 : 2) ? 0.6f : 0f) + (float)((random.NextDouble() - 0.5) * 0.1);
            }

            var norm = MathF.Sqrt(row.ToArray().Sum(v => v * v));
            for (var d = 0; d < dimensions; d++)
            {
                row[d] /= norm;
            }
        }

        var firstBits = new SphericalBisection(depth: 3, seed: 1).Paths(vectors, dimensions).Select(p => WordClusters.Prefix(p, 1)).ToArray();

        Assert.Single(firstBits[..40].Distinct());
        Assert.Single(firstBits[40..].Distinct());
        Assert.NotEqual(firstBits[0], firstBits[40]);
    }

    [Fact]
    public void SmallGroupsAreNotSplit()
    {
        var vectors = Groups(2, 3, 4, seed: 1);

        var paths = new SphericalBisection(depth: 10, seed: 1, smallestSplit: 8).Paths(vectors, 4);

        Assert.All(paths, path => Assert.Equal(1u, path));
    }

    [Fact]
    public void VectorsThatAreNotWholeRowsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => new SphericalBisection().Paths(new float[10], 4));
        Assert.Throws<ArgumentException>(() => new SphericalBisection().Paths(new float[8], 0));
    }

    [Fact]
    public void BuilderFromRunningTextStillGroupsWordsByContext()
    {
        var sentences = new List<IReadOnlyList<string>>();
        string[] towns = ["paris", "berlin", "rome", "madrid", "vienna", "oslo", "lisbon", "warsaw", "prague", "dublin"];
        string[] verbs = ["runs", "walks", "swims", "reads", "sings", "cooks", "writes", "paints", "drives", "jumps"];
        foreach (var town in towns)
        {
            foreach (var verb in verbs)
            {
                sentences.Add(["she", "lives", "in", town, "today"]);
                sentences.Add(["he", verb, "every", "day"]);
            }
        }

        var clusters = new WordClusterBuilder(minimumCount: 1, depth: 4).Build(sentences);

        var townPaths = towns.Select(t => WordClusters.Prefix(clusters.ClusterOf(FeatureHash.Lower(t)), 2)).Distinct().ToList();
        var verbPaths = verbs.Select(v => WordClusters.Prefix(clusters.ClusterOf(FeatureHash.Lower(v)), 2)).Distinct().ToList();
        Assert.Single(townPaths);
        Assert.Single(verbPaths);
        Assert.NotEqual(townPaths[0], verbPaths[0]);
    }

    [Fact]
    public void ClusterFilesAreReadWithCommentsAndBitPaths()
    {
        const string file = "# made by a test\n\nparis\t0110\nBerlin\t0111\nthe\t\n";

        var clusters = WordClusters.Read(new StringReader(file), "test.tsv");

        Assert.Equal(3, clusters.Count);
        Assert.Equal(0b1_0110u, clusters.ClusterOf(FeatureHash.Lower("Paris")));
        Assert.Equal(0b1_0111u, clusters.ClusterOf(FeatureHash.Lower("berlin")));
        Assert.Equal(1u, clusters.ClusterOf(FeatureHash.Lower("the")));
        Assert.Equal(0u, clusters.ClusterOf(FeatureHash.Lower("rome")));
        Assert.Equal("0110", WordClusters.FormatPath(0b1_0110u));
        Assert.Equal(string.Empty, WordClusters.FormatPath(1u));
    }

    [Theory]
    [InlineData("paris 0110", "line 2", "word<TAB>bitpath")]
    [InlineData("paris\t01x0", "line 2", "zeros and ones")]
    [InlineData("paris\t0110\textra", "line 2", "word<TAB>bitpath")]
    [InlineData("\t0110", "line 2", "word<TAB>bitpath")]
    [InlineData("paris\t01010101010101010101010101010101", "line 2", "at most 31")]
    [InlineData("PARIS\t1", "line 2", "listed twice")]
    public void BadClusterLinesGiveAClearError(string line, string where, string what)
    {
        var file = "paris\t0\n" + line + "\n";

        var error = Assert.Throws<InvalidDataException>(() => WordClusters.Read(new StringReader(file), "bad.tsv"));

        Assert.Contains("bad.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddingClustersAddFeaturesForTheWordAndItsNeighbours()
    {
        var embedded = WordClusters.Read(new StringReader("acme\t0101\n"), "test");
        var with = new FeatureExtractor(PhraseLexicon.Empty, CasingLexicon.Empty, WordClusters.Empty, null, embedded);
        var without = new FeatureExtractor(PhraseLexicon.Empty, CasingLexicon.Empty, WordClusters.Empty);
        string[] sentence = ["she", "joined", "Acme", "in", "May"];
        var a = new FeatureBuffer();
        var b = new FeatureBuffer();

        with.Extract(sentence, DocumentContext.Build([sentence]), a);
        without.Extract(sentence, DocumentContext.Build([sentence]), b);

        var prefixes = WordClusters.PrefixLengths.Length;
        Assert.Equal(b.Count[2] + prefixes, a.Count[2]);
        Assert.Equal(b.Count[1] + prefixes, a.Count[1]);
        Assert.Equal(b.Count[3] + prefixes, a.Count[3]);
        Assert.Equal(b.Count[0], a.Count[0]);
        Assert.Equal(b.KeysOf(0)[..b.Count[0]].ToArray(), a.KeysOf(0)[..a.Count[0]].ToArray());
    }
}
