using System.Collections.Concurrent;

namespace GraphNews.Ingestion.Fetching;

/// <summary>What a server told us about a document's version, sent back to ask "has it changed?".</summary>
public sealed record HttpValidators(string? ETag, DateTimeOffset? LastModified);

/// <summary>Remembers validators per URL so the next fetch can be a conditional GET.</summary>
public interface IHttpValidatorStore
{
    HttpValidators? Get(Uri uri);

    void Set(Uri uri, HttpValidators validators);
}

/// <summary>Validators for one process's lifetime.</summary>
public sealed class InMemoryValidatorStore : IHttpValidatorStore
{
    private readonly ConcurrentDictionary<string, HttpValidators> validators = new();

    public HttpValidators? Get(Uri uri) => validators.GetValueOrDefault(uri.AbsoluteUri);

    public void Set(Uri uri, HttpValidators value) => validators[uri.AbsoluteUri] = value;
}
