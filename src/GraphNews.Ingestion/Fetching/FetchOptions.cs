namespace GraphNews.Ingestion.Fetching;

public sealed record FetchOptions
{
    public static readonly FetchOptions Default = new();

    /// <summary>Time allowed for one attempt, headers and body together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Attempts after the first one, for network errors, timeouts, 408, 429 and 5xx.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First back-off delay; later ones grow exponentially, with jitter so clients do not retry in step.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Least time between two requests to the same host, to be a polite client.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest response body accepted.</summary>
    public long MaxBytes { get; init; } = 10_000_000;

    public string UserAgent { get; init; } = "GraphNews/1.0 (+https://github.com/graphnews)";
}
