using System.CommandLine;
using GraphNews.Ingestion.Fetching;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Cli.Hosting;

/// <summary>Options for reading inputs and fetching URLs, shared by the ingest and watch verbs.</summary>
internal sealed class FetchSettings
{
    private readonly Option<TimeSpan> timeout = new("--timeout") { Description = "Time allowed for one HTTP attempt (e.g. 00:00:20).", DefaultValueFactory = _ => FetchOptions.Default.Timeout };
    private readonly Option<int> retries = new("--retries") { Description = "Retries after a network error, timeout, 408, 429 or 5xx, with exponential back-off and jitter.", DefaultValueFactory = _ => FetchOptions.Default.MaxRetries };
    private readonly Option<TimeSpan> hostDelay = new("--host-delay") { Description = "Least time between two requests to the same host.", DefaultValueFactory = _ => FetchOptions.Default.PerHostDelay };
    private readonly Option<long> maxBytes = new("--max-bytes") { Description = "Largest document (page, feed, file) accepted, in bytes; larger ones are skipped with a message.", DefaultValueFactory = _ => ReaderOptions.Default.MaxArticleBytes };

    public IEnumerable<Option> Options => [timeout, retries, hostDelay, maxBytes];

    public FetchOptions Fetch(ParseResult parse) => FetchOptions.Default with
    {
        Timeout = parse.GetValue(timeout),
        MaxRetries = Math.Max(0, parse.GetValue(retries)),
        PerHostDelay = parse.GetValue(hostDelay),
        MaxBytes = parse.GetValue(maxBytes),
    };

    public ReaderOptions Reader(ParseResult parse, DateOnly? published) =>
        ReaderOptions.Default with { DefaultPublished = published, MaxArticleBytes = parse.GetValue(maxBytes) };
}
