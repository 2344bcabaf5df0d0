namespace GraphNews.Stories;

/// <summary>
/// Sentence embeddings as a signature keeps them: one signed byte per dimension, scaled by the vector's
/// largest component. Cosine is scale-free, so the scale need not be stored.
/// </summary>
public static class EmbeddingVectors
{
    public static sbyte[] Quantize(ReadOnlySpan<float> vector)
    {
        float max = 0;
        foreach (var x in vector)
        {
            max = Math.Max(max, Math.Abs(x));
        }

        var quantized = new sbyte[vector.Length];
        if (max > 0 && float.IsFinite(max))
        {
            for (var i = 0; i < vector.Length; i++)
            {
                quantized[i] = (sbyte)Math.Round(vector[i] / max * 127);
            }
        }

        return quantized;
    }

    /// <summary>Cosine of two quantised vectors; 0 when either is empty, all zero or of another length.</summary>
    public static double Cosine(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        if (a.Length == 0 || a.Length != b.Length)
        {
            return 0;
        }

        long dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na > 0 && nb > 0 ? dot / Math.Sqrt((double)na * nb) : 0;
    }
}
