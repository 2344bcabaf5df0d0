namespace GraphNews.Ingestion;

/// <summary>
/// Hands items back in the order of their sequence numbers, whatever order they arrive in: articles extracted in
/// parallel are resolved one at a time in input order, so identity does not depend on which worker finished first.
/// </summary>
public sealed class ReorderBuffer<T>
{
    private readonly SortedDictionary<long, T> waiting = [];
    private long next;

    /// <summary>Takes item <paramref name="sequence"/> (numbered from 0, each once) and returns the items now due, in order.</summary>
    public IReadOnlyList<T> Add(long sequence, T item)
    {
        if (sequence < next || !waiting.TryAdd(sequence, item))
        {
            throw new ArgumentException($"item {sequence} was added before", nameof(sequence));
        }

        var due = new List<T>();
        while (waiting.Remove(next, out var ready))
        {
            due.Add(ready);
            next++;
        }

        return due;
    }

    /// <summary>What is still waiting behind a missing number (the input stopped early), in order.</summary>
    public IReadOnlyList<T> Drain()
    {
        var rest = waiting.Values.ToList();
        waiting.Clear();
        return rest;
    }
}
