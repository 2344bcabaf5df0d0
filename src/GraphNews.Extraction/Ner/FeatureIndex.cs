namespace GraphNews.Extraction.Ner;

/// <summary>
/// Open-addressing map from feature key (non-zero 64-bit hash) to weight row. Read-only after
/// construction, so any number of threads may look up at once.
/// </summary>
public sealed class FeatureIndex
{
    // Key and row side by side, so a lookup that hits reads one cache line.
    private readonly Slot[] slots;
    private readonly int mask;

    public FeatureIndex(IReadOnlyList<ulong> featureKeys)
    {
        var capacity = 16;
        while (capacity < featureKeys.Count * 2)
        {
            capacity *= 2;
        }

        slots = new Slot[capacity];
        mask = capacity - 1;
        for (var row = 0; row < featureKeys.Count; row++)
        {
            var slot = (int)(featureKeys[row] & (ulong)mask);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(featureKeys[row], row);
        }

        Count = featureKeys.Count;
    }

    public int Count { get; }

    /// <summary>Asks the processor to start loading the key's slot, so a lookup soon after finds it in cache.</summary>
    public void Prefetch(ulong key) => CacheLines.Prefetch(ref slots[(int)(key & (ulong)mask)]);

    /// <summary>The row of the key, or −1 when the model has no such feature.</summary>
    public int RowOf(ulong key)
    {
        var slot = (int)(key & (ulong)mask);
        while (true)
        {
            ref readonly var stored = ref slots[slot];
            if (stored.Key == key)
            {
                return stored.Row;
            }

            if (stored.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    private readonly record struct Slot(ulong Key, int Row);
}
