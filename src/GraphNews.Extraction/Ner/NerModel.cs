namespace GraphNews.Extraction.Ner;

/// <summary>
/// A trained linear-chain tagger: feature weights per BILOU label, label transition weights and the
/// lexicons its features read. Immutable, so one instance serves any number of threads.
/// </summary>
public sealed class NerModel
{
    public NerModel(FeatureExtractor extractor, IReadOnlyList<ulong> featureKeys, float[] weights, float[] transitions)
    {
        if (weights.Length != featureKeys.Count * EntityLabels.Count || transitions.Length != (EntityLabels.Count + 1) * EntityLabels.Count)
        {
            throw new ArgumentException("Weight arrays do not match the feature index and label set.");
        }

        Extractor = extractor;
        FeatureKeys = featureKeys;
        Index = new FeatureIndex(featureKeys);
        Weights = weights;
        Transitions = transitions;
    }

    public FeatureExtractor Extractor { get; }

    /// <summary>The key of each weight row, in row order.</summary>
    public IReadOnlyList<ulong> FeatureKeys { get; }

    public FeatureIndex Index { get; }

    public float[] Weights { get; }

    public float[] Transitions { get; }

    /// <summary>Tags one sentence with BILOU labels, using the document's casing evidence.</summary>
    public void Predict(IReadOnlyList<string> sentence, DocumentCasing document, TaggerScratch scratch, Span<int> labels)
    {
        var n = sentence.Count;
        if (n == 0)
        {
            return;
        }

        Extractor.Extract(sentence, document, scratch.Features);
        var emissions = scratch.Emissions(n);
        Score(scratch.Features, n, emissions);
        Viterbi.Decode(emissions, Transitions, n, scratch.Decode, labels);
    }

    private void Score(FeatureBuffer features, int n, Span<float> emissions)
    {
        const int L = 21;
        emissions[..(n * L)].Clear();
        var weights = Weights.AsSpan();
        for (var i = 0; i < n; i++)
        {
            var target = emissions.Slice(i * L, L);
            var keys = features.KeysOf(i)[..features.Count[i]];
            foreach (var key in keys)
            {
                var row = Index.RowOf(key);
                if (row < 0)
                {
                    continue;
                }

                var source = weights.Slice(row * L, L);
                for (var y = 0; y < L; y++)
                {
                    target[y] += source[y];
                }
            }
        }
    }
}

/// <summary>All per-call scratch space of the tagger, reused across the sentences of one call.</summary>
public sealed class TaggerScratch
{
    private float[] emissions = [];

    public FeatureBuffer Features { get; } = new();

    public DecodeBuffer Decode { get; } = new();

    public Span<float> Emissions(int n)
    {
        var size = n * EntityLabels.Count;
        if (emissions.Length < size)
        {
            emissions = new float[Math.Max(size, emissions.Length * 2)];
        }

        return emissions.AsSpan(0, size);
    }
}
