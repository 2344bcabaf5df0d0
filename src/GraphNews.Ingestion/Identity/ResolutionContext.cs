using System.Collections.Concurrent;

namespace GraphNews.Ingestion.Identity;

/// <summary>
/// What identity resolution shares across the articles of one ingest run: the entities resolved but not yet written,
/// and the names the stored articles disagree on the type of, to be settled once the run has written everything.
/// </summary>
public sealed class ResolutionContext
{
    private readonly ConcurrentDictionary<string, byte> contested = new(StringComparer.Ordinal);

    public PendingEntities Pending { get; } = new();

    /// <summary>
    /// Taken by the resolver while it reads the store and <see cref="Pending"/>, and by the writer while it moves a batch
    /// from <see cref="Pending"/> into the store: a read that straddled the move would see the batch in neither.
    /// </summary>
    public SemaphoreSlim Handover { get; } = new(1, 1);

    /// <summary>Names seen under one label here and stored under another by too few articles to decide.</summary>
    public IReadOnlyCollection<string> ContestedNames => [.. contested.Keys.Order(StringComparer.Ordinal)];

    public void Contest(string name) => contested.TryAdd(name, 0);
}
