using GraphNews.Domain;

namespace GraphNews.Stories.Tests;

public sealed class EmbeddingTextSimilarityTests
{
    [Fact]
    public void Quantised_vectors_keep_their_cosine()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            var a = Unit(Enumerable.Range(0, 384).Select(_ => (float)Gaussian(random)).ToArray());
            // Mixing in a share of a gives pairs from unrelated (cosine near 0) to near duplicates (near 1).
            var share = trial / 50.0;
            var b = Unit(a.Select(x => (float)((share * x) + ((1 - share) * Gaussian(random) / Math.Sqrt(384)))).ToArray());
            var exact = a.Zip(b, (x, y) => (double)x * y).Sum();

            var quantised = EmbeddingVectors.Cosine(EmbeddingVectors.Quantize(a), EmbeddingVectors.Quantize(b));

            Assert.InRange(quantised, exact - 0.01, exact + 0.01);
        }
    }

    [Fact]
    public void Degenerate_vectors_have_no_similarity()
    {
        var zero = EmbeddingVectors.Quantize(new float[384]);
        var broken = EmbeddingVectors.Quantize(Enumerable.Repeat(float.NaN, 384).ToArray());
        var some = EmbeddingVectors.Quantize(Enumerable.Range(0, 384).Select(i => (float)Math.Sin(i)).ToArray());

        Assert.All(zero, x => Assert.Equal(0, x));
        Assert.All(broken, x => Assert.Equal(0, x));
        Assert.Equal(0, EmbeddingVectors.Cosine(zero, some));
        Assert.Equal(0, EmbeddingVectors.Cosine(some, some.AsSpan(0, 100)));
        Assert.Equal(0, EmbeddingVectors.Cosine([], []));
        Assert.Equal(1, EmbeddingVectors.Cosine(some, some), 6);
    }

    [Fact]
    public void Embedding_text_similarity_sees_paraphrases_that_share_no_words()
    {
        // Two reports of one quake in different words; the embedder (a fixed table) puts them close together.
        var quake = Graphs.Article("quake-1", "2025-01-12", "Strong earthquake strikes Lima", "A powerful earthquake struck Lima on Sunday, toppling houses.", ["Location:Lima"]);
        var tremor = Graphs.Article("quake-2", "2025-01-12", "Tremor shakes Peruvian capital", "Buildings collapsed when the ground shook in the capital city overnight.", ["Location:Lima"]);
        var embedder = new TableEmbedder(new Dictionary<string, float[]>
        {
            [quake.Article.Title] = [0.8f, 0.6f, 0f],
            [tremor.Article.Title] = [0.6f, 0.8f, 0f],
        });

        var byTerms = Score(StoryOptions.Default, embedder, quake, tremor);
        var byEmbedding = Score(StoryOptions.Default with { TextSource = TextSimilaritySource.Embedding, EmbeddingFloor = 0.3 }, embedder, quake, tremor);
        var blended = Score(StoryOptions.Default with { TextSource = TextSimilaritySource.Blend, EmbeddingFloor = 0.3 }, embedder, quake, tremor);

        // Cosine 0.96, stretched above the floor: (0.96 - 0.3) / 0.7, give or take the int8 rounding.
        Assert.Equal(0.9429, byEmbedding.Reasons.TextSimilarity, 0.005);
        Assert.True(byTerms.Reasons.TextSimilarity < 0.2);
        Assert.Equal((byTerms.Reasons.TextSimilarity + byEmbedding.Reasons.TextSimilarity) / 2, blended.Reasons.TextSimilarity, 3);
        Assert.True(byEmbedding.Score > byTerms.Score);
    }

    [Fact]
    public void Without_embeddings_text_similarity_stays_tf_idf_and_the_quick_score_agrees()
    {
        var a = Graphs.Article("talks-1", "2025-01-12", "Ana Ruiz meets Bo Chen in Lima", "Ana Ruiz met Bo Chen in Lima to discuss the border.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima"]);
        var b = Graphs.Article("talks-2", "2025-01-13", "Ruiz and Chen talk border in Lima", "In Lima, Bo Chen and Ana Ruiz met to talk.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima"]);
        var embedding = StoryOptions.Default with { TextSource = TextSimilaritySource.Embedding };

        var terms = Score(StoryOptions.Default, null, a, b);
        var unembedded = Score(embedding, null, a, b);

        Assert.Equal(terms.Reasons.TextSimilarity, unembedded.Reasons.TextSimilarity);
        Assert.True(terms.Reasons.TextSimilarity > 0.2);

        var options = StoryOptions.Default with { TextSource = TextSimilaritySource.Blend };
        var index = new StoryIndex(options);
        var builder = new SignatureBuilder(RelationOntology.Default, TextTerms.LoadDefault(), options, EventCues.LoadDefault(), BackgroundTerms.LoadDefault(), new TableEmbedder(new Dictionary<string, float[]>
        {
            [a.Article.Title] = [1f, 0f],
            [b.Article.Title] = [0.6f, 0.8f],
        }));
        var x = index.Add(builder.Build(a, "v1"));
        var y = index.Add(builder.Build(b, "v1"));
        var scorer = new RelatednessScorer(index, RelationOntology.Default, options);
        Assert.Equal(scorer.Score(x, y).Score, Math.Round(scorer.QuickScorer(x)(y), 4), 6);
    }

    private static Relatedness Score(StoryOptions options, ITextEmbedder? embedder, ArticleGraph a, ArticleGraph b)
    {
        var index = new StoryIndex(options);
        var builder = new SignatureBuilder(RelationOntology.Default, TextTerms.LoadDefault(), options, EventCues.LoadDefault(), BackgroundTerms.LoadDefault(), embedder);
        foreach (var background in Graphs.Background())
        {
            index.Add(builder.Build(background, "v1"));
        }

        var x = index.Add(builder.Build(a, "v1"));
        var y = index.Add(builder.Build(b, "v1"));
        return new RelatednessScorer(index, RelationOntology.Default, options).Score(x, y);
    }

    private static float[] Unit(float[] v)
    {
        var norm = Math.Sqrt(v.Sum(x => (double)x * x));
        return v.Select(x => (float)(x / norm)).ToArray();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Vectors by title, a zero vector for the rest (the background).</summary>
    private sealed class TableEmbedder(Dictionary<string, float[]> vectors) : ITextEmbedder
    {
        public float[] Embed(string title, string text) => vectors.TryGetValue(title, out var v) ? v : new float[vectors.Values.First().Length];
    }
}
