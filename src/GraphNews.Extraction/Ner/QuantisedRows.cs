using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// The emission weights as the model file stores them: 16-bit integers under one scale, one row per feature, each row
/// padded to one 64-byte cache line. Scoring reads a cache line per feature instead of the two a row of floats takes,
/// and sums whole integers, so a sentence's emissions are exact up to one final rounding.
/// </summary>
internal sealed class QuantisedRows
{
    /// <summary>Labels per row, padded: three vectors of eight 32-bit sums.</summary>
    public const int Width = 24;

    private const int RowShorts = 32;
    private const int LineBytes = 64;

    // Pinned (never moved), so the offset that puts each row at the start of a cache line stays right.
    private readonly short[] rows;
    private readonly int origin;

    private QuantisedRows(short[] rows, int origin, float scale)
    {
        this.rows = rows;
        this.origin = origin;
        Scale = scale;
    }

    public float Scale { get; }

    /// <summary>Quantises weight rows of <paramref name="labels"/> floats as the model file does: the largest magnitude is 32767.</summary>
    public static unsafe QuantisedRows From(float[] weights, int labels)
    {
        var count = weights.Length / labels;
        var maxAbs = weights.Length == 0 ? 1f : weights.Max(Math.Abs);
        var scale = maxAbs > 0 ? maxAbs / short.MaxValue : 1f;
        var rows = GC.AllocateArray<short>((count * RowShorts) + RowShorts, pinned: true);
        var misalignment = (int)((nint)Unsafe.AsPointer(ref rows[0]) % LineBytes);
        var origin = misalignment == 0 ? 0 : (LineBytes - misalignment) / sizeof(short);
        for (var row = 0; row < count; row++)
        {
            for (var y = 0; y < labels; y++)
            {
                rows[origin + (row * RowShorts) + y] = (short)Math.Round(weights[(row * labels) + y] / scale);
            }
        }

        return new QuantisedRows(rows, origin, scale);
    }

    /// <summary>Starts loading a row while other features are looked up.</summary>
    public void Prefetch(int row) => CacheLines.Prefetch(ref rows[origin + (row * RowShorts)]);

    /// <summary>Adds a row's 24 weights, widened to 32 bits, to three running sums.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int row, ref Vector256<int> a, ref Vector256<int> b, ref Vector256<int> c)
    {
        ref var source = ref rows[origin + (row * RowShorts)];
        a += Widen(Vector128.LoadUnsafe(ref source));
        b += Widen(Vector128.LoadUnsafe(ref source, 8));
        c += Widen(Vector128.LoadUnsafe(ref source, 16));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Widen(Vector128<short> values)
    {
        if (Avx2.IsSupported)
        {
            return Avx2.ConvertToVector256Int32(values);
        }

        var (lower, upper) = Vector128.Widen(values);
        return Vector256.Create(lower, upper);
    }
}
