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
        rows = QuantisedRows.From(weights, EntityLabels.Count);
    }

    private readonly QuantisedRows rows;

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
        Span<float> sum = stackalloc float[QuantisedRows.Width];
        Span<int> found = stackalloc int[FeatureExtractor.Stride];
        var scale = Vector256.Create(rows.Scale);
        for (var i = 0; i < n; i++)
        {
            // Memory, not arithmetic, bounds scoring: every slot is requested before any is read, and every weight row
            // before any is summed, so the loads overlap instead of waiting in turn.
            var keys = features.KeysOf(i)[..features.Count[i]];
            foreach (var key in keys)
            {
                Index.Prefetch(key);
            }

            var count = 0;
            foreach (var key in keys)
            {
                var row = Index.RowOf(key);
                if (row >= 0)
                {
                    found[count++] = row;
                    rows.Prefetch(row);
                }
            }

            var a = Vector256<int>.Zero;
            var b = Vector256<int>.Zero;
            var c = Vector256<int>.Zero;
            foreach (var row in found[..count])
            {
                rows.Add(row, ref a, ref b, ref c);
            }

            (Vector256.ConvertToSingle(a) * scale).CopyTo(sum);
            (Vector256.ConvertToSingle(b) * scale).CopyTo(sum[8..]);
            (Vector256.ConvertToSingle(c) * scale).CopyTo(sum[16..]);
            sum[..L].CopyTo(emissions.Slice(i * L, L));
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
