namespace GraphNews.Api;

/// <summary>Limits and switches of the HTTP API.</summary>
public sealed record ApiOptions
{
    /// <summary>Largest request body accepted (bytes); larger requests get 413.</summary>
    public int MaxRequestBytes { get; init; } = 256 * 1024;

    /// <summary>Deepest selection set accepted; deeper queries are rejected before execution.</summary>
    public int MaxDepth { get; init; } = 12;

    /// <summary>Largest estimated cost accepted (GraphQL.NET complexity analyzer).</summary>
    public int MaxComplexity { get; init; } = 20_000;

    /// <summary>How long one request may execute.</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>When set, mutations need this value in the X-Api-Key header; when unset, mutations are disabled.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Also require the API key for queries.</summary>
    public bool RequireApiKeyForQueries { get; init; }

    /// <summary>Longest article text the ingestArticle mutation accepts.</summary>
    public int MaxArticleChars { get; init; } = 200_000;
}
