using System.Runtime.Intrinsics;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A trained linear-chain tagger: feature weights per BILOU label, label transition weights and the
/// lexicons its features read. Immutable, so one instance serves any number of threads.
/// </summary>
public sealed class NerModel
{
    public NerModel(FeatureExtractor extractor, IReadOnlyList<ulong> featureKeys, float[] weights, float[] transitions, PersonTitles titles)
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
        Titles = titles;
        paddedWeights = Pad(weights, featureKeys.Count);
    }

    /// <summary>Weight rows padded to 24 floats so scoring adds three 256-bit vectors per feature.</summary>
    private const int PaddedWidth = 24;

    private readonly float[] paddedWeights;

    public FeatureExtractor Extractor { get; }

    /// <summary>The key of each weight row, in row order.</summary>
    public IReadOnlyList<ulong> FeatureKeys { get; }

    public FeatureIndex Index { get; }

    public float[] Weights { get; }

    public float[] Transitions { get; }

    /// <summary>Title words kept outside person spans after decoding.</summary>
    public PersonTitles Titles { get; }

    /// <summary>Tags one sentence with BILOU labels, using the document's casing evidence.</summary>
    public void Predict(IReadOnlyList<string> sentence, DocumentContext document, TaggerScratch scratch, Span<int> labels)
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

    /// <summary>Tags one sentence and keeps titles outside person spans.</summary>
    public int[] Tag(IReadOnlyList<string> sentence, DocumentContext document, TaggerScratch scratch)
    {
        var labels = new int[sentence.Count];
        if (sentence.Count <= PerceptronNerTagger.MaxDecodeLength)
        {
            Predict(sentence, document, scratch, labels);
        }
        else
        {
            var tokens = sentence.ToArray();
            for (var start = 0; start < tokens.Length; start += PerceptronNerTagger.MaxDecodeLength)
            {
                var length = Math.Min(PerceptronNerTagger.MaxDecodeLength, tokens.Length - start);
                Predict(new ArraySegment<string>(tokens, start, length), document, scratch, labels.AsSpan(start, length));
            }
        }

        Titles.Trim(sentence, labels);
        return labels;
    }

    private void Score(FeatureBuffer features, int n, Span<float> emissions)
    {
        const int L = 21;
        Span<float> sum = stackalloc float[PaddedWidth];
        Span<int> rows = stackalloc int[FeatureExtractor.Stride];
        for (var i = 0; i < n; i++)
        {
            // Memory, not arithmetic, bounds scoring: every slot is requested before any is read, and every weight row
            // before any is summed, so the loads overlap instead of waiting in turn.
            var keys = features.KeysOf(i)[..features.Count[i]];
            foreach (var key in keys)
            {
                Index.Prefetch(key);
            }

            var found = 0;
            foreach (var key in keys)
            {
                var row = Index.RowOf(key);
                if (row >= 0)
                {
                    rows[found++] = row;
                    PrefetchRow(row);
                }
            }

            var a = Vector256<float>.Zero;
            var b = Vector256<float>.Zero;
            var c = Vector256<float>.Zero;
            foreach (var row in rows[..found])
            {
                ref var source = ref paddedWeights[row * PaddedWidth];
                a += Vector256.LoadUnsafe(ref source);
                b += Vector256.LoadUnsafe(ref source, 8);
                c += Vector256.LoadUnsafe(ref source, 16);
            }

            a.CopyTo(sum);
            b.CopyTo(sum[8..]);
            c.CopyTo(sum[16..]);
            sum[..L].CopyTo(emissions.Slice(i * L, L));
        }
    }

    /// <summary>Starts loading a weight row (both of its cache lines) while the other features are looked up.</summary>
    private void PrefetchRow(int row)
    {
        CacheLines.Prefetch(ref paddedWeights[row * PaddedWidth]);
        CacheLines.Prefetch(ref paddedWeights[(row * PaddedWidth) + PaddedWidth - 1]);
    }

    private static float[] Pad(float[] weights, int rows)
    {
        const int L = 21;
        var padded = new float[rows * PaddedWidth];
        for (var row = 0; row < rows; row++)
        {
            weights.AsSpan(row * L, L).CopyTo(padded.AsSpan(row * PaddedWidth, L));
        }

        return padded;
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
