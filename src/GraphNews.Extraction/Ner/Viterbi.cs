namespace GraphNews.Extraction.Ner;

/// <summary>
/// First-order Viterbi over BILOU labels with the hard constraints of the encoding (no I after O,
/// no sentence ending inside a span), so every decoded sequence is a well-formed set of spans.
/// </summary>
public static class Viterbi
{
    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>For each label, the labels that may precede it (most labels have only two).</summary>
    private static readonly int[][] Predecessors = BuildPredecessors();

    /// <summary>
    /// Decodes the best label sequence. <paramref name="emissions"/> holds n×L scores;
    /// <paramref name="transitions"/> holds (L+1)×L scores where row L is the sentence start.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, DecodeBuffer buffer, Span<int> labels)
    {
        const int L = 21;
        if (n == 0)
        {
            return;
        }

        buffer.Prepare(n);
        var score = buffer.Scores;
        var back = buffer.Back;
        for (var y = 0; y < L; y++)
        {
            score[y] = Allowed[(L * L) + y] ? transitions[(L * L) + y] + emissions[y] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            var previousRow = (i - 1) * L;
            var row = i * L;
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var bestFrom = 0;
                foreach (var from in Predecessors[y])
                {
                    var candidate = score[previousRow + from] + transitions[(from * L) + y];
                    if (candidate > best)
                    {
                        best = candidate;
                        bestFrom = from;
                    }
                }

                score[row + y] = best + emissions[row + y];
                back[row + y] = bestFrom;
            }
        }

        var last = (n - 1) * L;
        var bestLast = 0;
        var bestScore = float.NegativeInfinity;
        for (var y = 0; y < L; y++)
        {
            if (EntityLabels.CanEnd(y) && score[last + y] > bestScore)
            {
                bestScore = score[last + y];
                bestLast = y;
            }
        }

        labels[n - 1] = bestLast;
        for (var i = n - 1; i > 0; i--)
        {
            labels[i - 1] = back[(i * L) + labels[i]];
        }
    }

    private static int[][] BuildPredecessors()
    {
        var count = EntityLabels.Count;
        return Enumerable.Range(0, count)
            .Select(to => Enumerable.Range(0, count).Where(from => Allowed[(from * count) + to]).ToArray())
            .ToArray();
    }

    private static bool[] BuildAllowed()
    {
        var count = EntityLabels.Count;
        if (count != 21)
        {
            throw new InvalidOperationException("The decoder is specialised for 21 BILOU labels.");
        }

        var allowed = new bool[(count + 1) * count];
        for (var from = 0; from <= count; from++)
        {
            for (var to = 0; to < count; to++)
            {
                allowed[(from * count) + to] = EntityLabels.CanFollow(from == count ? -1 : from, to);
            }
        }

        return allowed;
    }
}

/// <summary>Reusable scratch space for decoding; one per thread or call.</summary>
public sealed class DecodeBuffer
{
    public float[] Scores { get; private set; } = [];

    public int[] Back { get; private set; } = [];

    public void Prepare(int n)
    {
        var size = n * EntityLabels.Count;
        if (Scores.Length < size)
        {
            var capacity = Math.Max(size, Scores.Length * 2);
            Scores = new float[capacity];
            Back = new int[capacity];
        }
    }
}
