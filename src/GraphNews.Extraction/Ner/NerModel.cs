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

        Extractor.Extract(sentence, document, scratch.Features, scratch.SeenWords);
        var emissions = scratch.Emissions(n);
        Score(scratch.Features, scratch.SeenWords, n, emissions);
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

    private void Score(FeatureBuffer features, SeenWords seen, int n, Span<float> emissions)
    {
        const int L = 21;
        Span<float> sum = stackalloc float[QuantisedRows.Width];
        Span<int> found = stackalloc int[FeatureExtractor.Stride];
        Span<int> wordSums = stackalloc int[QuantisedRows.Width];
        var scale = Vector256.Create(rows.Scale);
        for (var i = 0; i < n; i++)
        {
            Vector256<int> a, b, c;
            var cached = features.Cached[i];
            if (cached >= 0)
            {
                var known = seen.Sums(cached);
                (a, b, c) = (Vector256.Create<int>(known), Vector256.Create<int>(known[8..]), Vector256.Create<int>(known[16..]));
            }
            else
            {
                (a, b, c) = Sum(features.WordKeysOf(i)[..features.WordCount[i]], found);
                a.CopyTo(wordSums);
                b.CopyTo(wordSums[8..]);
                c.CopyTo(wordSums[16..]);
                seen.Add(features.View[i], features.Facts[i], wordSums);
            }

            var (x, y, z) = Sum(features.KeysOf(i)[..features.Count[i]], found);
            (Vector256.ConvertToSingle(a + x) * scale).CopyTo(sum);
            (Vector256.ConvertToSingle(b + y) * scale).CopyTo(sum[8..]);
            (Vector256.ConvertToSingle(c + z) * scale).CopyTo(sum[16..]);
            sum[..L].CopyTo(emissions.Slice(i * L, L));
        }
    }

    /// <summary>The quantised weights of the keys summed per label, as three vectors of eight.</summary>
    private (Vector256<int> A, Vector256<int> B, Vector256<int> C) Sum(ReadOnlySpan<ulong> keys, Span<int> found)
    {
        // Memory, not arithmetic, bounds scoring: every slot is requested before any is read, and every weight row before any
        // is summed, so the loads overlap instead of waiting in turn.
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

        return (a, b, c);
    }
}

/// <summary>All per-call scratch space of the tagger, reused across the sentences of one call.</summary>
public sealed class TaggerScratch
{
    private float[] emissions = [];

    public FeatureBuffer Features { get; } = new();

    public SeenWords SeenWords { get; } = new();

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
