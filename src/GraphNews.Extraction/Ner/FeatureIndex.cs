namespace GraphNews.Extraction.Ner;

/// <summary>
/// Open-addressing map from feature key (non-zero 64-bit hash) to weight row. Read-only after
/// construction, so any number of threads may look up at once.
/// </summary>
public sealed class FeatureIndex
{
    private readonly ulong[] keys;
    private readonly int[] rows;
    private readonly int mask;

    public FeatureIndex(IReadOnlyList<ulong> featureKeys)
    {
        var capacity = 16;
        while (capacity < featureKeys.Count * 2)
        {
            capacity *= 2;
        }

        keys = new ulong[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        for (var row = 0; row < featureKeys.Count; row++)
        {
            var slot = (int)(featureKeys[row] & (ulong)mask);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = featureKeys[row];
            rows[slot] = row;
        }

        Count = featureKeys.Count;
    }

    public int Count { get; }

    /// <summary>The row of the key, or −1 when the model has no such feature.</summary>
    public int RowOf(ulong key)
    {
        var slot = (int)(key & (ulong)mask);
        while (true)
        {
            var stored = keys[slot];
            if (stored == key)
            {
                return rows[slot];
            }

            if (stored == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }
}
