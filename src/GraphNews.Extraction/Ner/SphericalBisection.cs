namespace GraphNews.Extraction.Ner;

/// <summary>
/// Hierarchical clustering of row vectors into bit paths: the rows are split in two again and again
/// with spherical 2-means (centroids compared by dot product, so vectors should be of unit length), and
/// the sequence of left/right choices, after a leading 1 bit, is each row's path. Rows with similar
/// directions share long path prefixes, as words do in Brown clusters. Deterministic for a given seed;
/// a group of fewer than <paramref name="smallestSplit"/> rows is not split further.
/// </summary>
/// <remarks>
/// The centroids are kept at unit length. Plain sums of the members (as the clusters of this model were
/// made before) make the larger side's centroid the longer one, which draws nearly every row when all
/// vectors point roughly the same way (PPMI counts, sentence embeddings); most splits then collapsed to one
/// side and fell back to halving the rows in their given (frequency) order.
/// </remarks>
public sealed class SphericalBisection(int depth = 13, int seed = 1, int smallestSplit = 8)
{
    /// <summary>The bit path of each of the <c>vectors.Length / dimensions</c> rows (row-major).</summary>
    public uint[] Paths(float[] vectors, int dimensions)
    {
        if (dimensions <= 0 || vectors.Length % dimensions != 0)
        {
            throw new ArgumentException($"The vectors ({vectors.Length} floats) are not whole rows of {dimensions} dimensions.", nameof(vectors));
        }

        if (depth is < 0 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "A bit path holds 0 to 31 splits.");
        }

        var rows = vectors.Length / dimensions;
        var paths = new uint[rows];
        Split(vectors, dimensions, Enumerable.Range(0, rows).ToArray(), 1u, 0, paths, new Random(seed));
        return paths;
    }

    private void Split(float[] vectors, int dimensions, int[] members, uint path, int level, uint[] paths, Random random)
    {
        if (level == depth || members.Length < smallestSplit)
        {
            foreach (var m in members)
            {
                paths[m] = path;
            }

            return;
        }

        var centroids = new float[2][];
        centroids[0] = vectors.AsSpan(members[random.Next(members.Length)] * dimensions, dimensions).ToArray();
        centroids[1] = vectors.AsSpan(members[random.Next(members.Length)] * dimensions, dimensions).ToArray();
        var side = new bool[members.Length];
        for (var iteration = 0; iteration < 6; iteration++)
        {
            for (var k = 0; k < members.Length; k++)
            {
                var row = vectors.AsSpan(members[k] * dimensions, dimensions);
                side[k] = Dot(row, centroids[1]) > Dot(row, centroids[0]);
            }

            centroids[0] = new float[dimensions];
            centroids[1] = new float[dimensions];
            for (var k = 0; k < members.Length; k++)
            {
                var target = centroids[side[k] ? 1 : 0];
                var row = vectors.AsSpan(members[k] * dimensions, dimensions);
                for (var c = 0; c < dimensions; c++)
                {
                    target[c] += row[c];
                }
            }

            Normalise(centroids[0]);
            Normalise(centroids[1]);
        }

        var left = members.Where((_, k) => !side[k]).ToArray();
        var right = members.Where((_, k) => side[k]).ToArray();
        if (left.Length == 0 || right.Length == 0)
        {
            (left, right) = (members[..(members.Length / 2)], members[(members.Length / 2)..]);
        }

        Split(vectors, dimensions, left, path << 1, level + 1, paths, random);
        Split(vectors, dimensions, right, (path << 1) | 1, level + 1, paths, random);
    }

    private static void Normalise(float[] vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            for (var c = 0; c < vector.Length; c++)
            {
                vector[c] /= norm;
            }
        }
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var width = System.Numerics.Vector<float>.Count;
        var sum = System.Numerics.Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - width; i += width)
        {
            sum += new System.Numerics.Vector<float>(a[i..]) * new System.Numerics.Vector<float>(b[i..]);
        }

        var total = System.Numerics.Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
