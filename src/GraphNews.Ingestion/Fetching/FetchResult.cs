namespace GraphNews.Ingestion.Fetching;

public enum FetchOutcome
{
    Ok,

    /// <summary>The server said the document has not changed since the validators we sent (HTTP 304).</summary>
    NotModified,

    Failed,
}

/// <summary>The answer to one fetch: the body and its declared type, or why there is none.</summary>
public sealed record FetchResult(Uri Uri, FetchOutcome Outcome, byte[]? Body = null, string? MediaType = null, string? Charset = null, string? Error = null)
{
    public static FetchResult Failure(Uri uri, string error) => new(uri, FetchOutcome.Failed, Error: error);
}
