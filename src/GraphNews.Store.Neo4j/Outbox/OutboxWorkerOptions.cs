namespace GraphNews.Store.Neo4j.Outbox;

public sealed class OutboxWorkerOptions
{
    /// <summary>Articles handed to the store per write (the store batches them per transaction).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How often to look for due entries when nothing signals new work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First wait after a failed write; doubles per consecutive failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);
}
