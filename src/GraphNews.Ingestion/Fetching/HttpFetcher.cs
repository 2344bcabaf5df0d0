using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using GraphNews.Ingestion.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace GraphNews.Ingestion.Fetching;

/// <summary>
/// Fetches documents over HTTP the way a well-behaved crawler does: a timeout per attempt, retries with
/// exponential back-off and jitter on transient failures, a minimum delay between requests to one host,
/// a cap on the body size, and conditional GETs (If-None-Match / If-Modified-Since) from remembered validators.
/// Never throws for network or server trouble: the result says what went wrong.
/// </summary>
public sealed class HttpFetcher
{
    private readonly HttpClient http;
    private readonly FetchOptions options;
    private readonly IHttpValidatorStore validators;
    private readonly HostPoliteness politeness;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly ILogger logger;

    public HttpFetcher(HttpClient http, FetchOptions options, TimeProvider time, IHttpValidatorStore? validators = null, ILogger<HttpFetcher>? logger = null)
    {
        this.http = http;
        this.options = options;
        this.validators = validators ?? new InMemoryValidatorStore();
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        politeness = new HostPoliteness(options.PerHostDelay, time);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                OnRetry = args =>
                {
                    IngestTelemetry.HttpRetries.Add(1);
                    this.logger.LogInformation("Retrying {Attempt} after {Delay}: {Reason}", args.AttemptNumber + 1, args.RetryDelay,
                        args.Outcome.Exception?.Message ?? $"HTTP {(int)args.Outcome.Result!.StatusCode}");
                    return default;
                },
            });
        }

        pipeline = builder.AddTimeout(options.Timeout).Build();
    }

    /// <summary>An HttpClient without its own timeout: the fetcher's per-attempt timeout governs.</summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    { Timeout = Timeout.InfiniteTimeSpan };

    public async Task<FetchResult> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var activity = IngestTelemetry.Source.StartActivity("fetch");
        activity?.SetTag("url.full", uri.AbsoluteUri);
        var result = await FetchCoreAsync(uri, cancellationToken);
        IngestTelemetry.HttpFetches.Add(1, new KeyValuePair<string, object?>("outcome", result.Outcome.ToString()));
        if (result.Outcome == FetchOutcome.Failed)
        {
            activity?.SetStatus(ActivityStatusCode.Error, result.Error);
            logger.LogWarning("Fetch of {Url} failed: {Error}", uri, result.Error);
        }

        return result;
    }

    private async Task<FetchResult> FetchCoreAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (uri.Scheme is not ("http" or "https"))
        {
            return FetchResult.Failure(uri, $"only http and https addresses can be fetched, not {uri.Scheme}");
        }

        var known = validators.Get(uri);
        try
        {
            using var response = await pipeline.ExecuteAsync(
                async ct =>
                {
                    await politeness.WaitTurnAsync(uri, ct);
                    using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                    request.Headers.UserAgent.ParseAdd(options.UserAgent);
                    if (known?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
                    {
                        request.Headers.IfNoneMatch.Add(tag);
                    }

                    if (known?.LastModified is { } since)
                    {
                        request.Headers.IfModifiedSince = since;
                    }

                    var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                    if (response.IsSuccessStatusCode)
                    {
                        // The body is read inside the pipeline so the per-attempt timeout covers a slow body too.
                        await response.Content.LoadIntoBufferAsync(options.MaxBytes, ct);
                    }

                    return response;
                },
                cancellationToken);
            return await ToResultAsync(uri, response, cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            return FetchResult.Failure(uri, $"timed out after {options.Timeout.TotalSeconds:0.#} s ({options.MaxRetries + 1} attempts)");
        }
        catch (HttpRequestException e) when (e.Message.Contains("buffer", StringComparison.OrdinalIgnoreCase))
        {
            return FetchResult.Failure(uri, $"the document is larger than the limit of {options.MaxBytes:N0} bytes");
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Failure(uri, e.Message);
        }
    }

    private async Task<FetchResult> ToResultAsync(Uri uri, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult(uri, FetchOutcome.NotModified);
        }

        if (!response.IsSuccessStatusCode)
        {
            return FetchResult.Failure(uri, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified;
        if (etag is not null || lastModified is not null)
        {
            validators.Set(uri, new HttpValidators(etag, lastModified));
        }

        var type = response.Content.Headers.ContentType;
        return new FetchResult(response.RequestMessage?.RequestUri ?? uri, FetchOutcome.Ok, body, type?.MediaType, type?.CharSet);
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
