namespace GraphNews.Store.Neo4j;

/// <summary>Which Neo4j HTTP API to speak.</summary>
public enum Neo4jApi
{
    /// <summary>Ask the server (<c>GET /</c>): the Query API when it is offered, else the transactional endpoint.</summary>
    Auto,

    /// <summary>The Query API (<c>/db/{db}/query/v2</c>), Neo4j 5.19+ and Aura.</summary>
    Query,

    /// <summary>The transactional HTTP endpoint (<c>/db/{db}/tx/commit</c>), Neo4j 4.4–5.x.</summary>
    Transactional,
}

/// <summary>How to reach Neo4j and how hard to try. Secrets never appear in <see cref="ToString"/>.</summary>
public sealed class Neo4jOptions
{
    /// <summary>The HTTP(S) base address, e.g. <c>http://localhost:7474</c>.</summary>
    public Uri Url { get; set; } = new("http://localhost:7474");

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c> instead of basic auth when set.</summary>
    public string? BearerToken { get; set; }

    public string Database { get; set; } = "neo4j";

    public Neo4jApi Api { get; set; } = Neo4jApi.Auto;

    /// <summary>Ask the Query API for typed JSON (<c>application/vnd.neo4j.query</c>) instead of plain JSON.</summary>
    public bool TypedResults { get; set; }

    /// <summary>Time allowed for one HTTP call (one attempt); the call is abandoned and counted as a failure after it.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, for transient failures only.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>First back-off; later ones grow exponentially, with jitter, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The circuit opens when at least this share of calls failed within <see cref="BreakerSamplingDuration"/>…</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>…and at least this many calls were made in that window.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit rejects calls before letting one through to probe.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Articles per transaction in bulk ingest.</summary>
    public int WriteBatchSize { get; set; } = 100;

    public void Validate()
    {
        if (!Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The Neo4j URL must be an absolute http(s) address (the HTTP port, usually 7474), not '{Url}'.");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            throw new ArgumentException("The Neo4j database name must not be empty.");
        }

        if (RequestTimeout <= TimeSpan.Zero || MaxRetries < 0 || WriteBatchSize < 1)
        {
            throw new ArgumentException("Neo4j options: the request timeout must be positive, retries non-negative and the batch size at least 1.");
        }

        if (BreakerFailureRatio is <= 0 or > 1 || BreakerMinimumThroughput < 2 || BreakerBreakDuration < TimeSpan.FromMilliseconds(500) || BreakerSamplingDuration < TimeSpan.FromMilliseconds(500))
        {
            throw new ArgumentException("Neo4j options: the breaker needs a failure ratio in (0,1], a throughput of at least 2 and durations of at least 0.5 s.");
        }
    }

    public override string ToString()
    {
        var auth = BearerToken is not null ? "bearer token ***" : User is not null ? $"user {User}, password ***" : "no auth";
        return $"Neo4j {Url} database {Database} ({Api} API, {auth}, timeout {RequestTimeout.TotalSeconds:0.###} s, {MaxRetries} retries)";
    }
}
