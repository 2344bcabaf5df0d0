using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace GraphNews.Store.Neo4j.Http;

/// <summary>
/// The resilience pipeline around every Neo4j call, outermost first: retry (transient failures only,
/// exponential back-off with jitter, capped) → circuit breaker → per-attempt timeout. Client errors,
/// auth failures and the caller's cancellation are never retried; an open circuit fails fast.
/// </summary>
public static class Neo4jResilience
{
    public static ResiliencePipeline Create(Neo4jOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var transient = new PredicateBuilder().Handle<Exception>(IsTransient);
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                OnRetry = args =>
                {
                    logger.LogWarning(
                        "Neo4j call failed ({Error}); retry {Attempt} of {MaxRetries} in {Delay} ms.",
                        Describe(args.Outcome.Exception), args.AttemptNumber + 1, options.MaxRetries, (int)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                OnOpened = args =>
                {
                    logger.LogError("Neo4j circuit opened for {Seconds} s after repeated failures ({Error}).", args.BreakDuration.TotalSeconds, Describe(args.Outcome.Exception));
                    return default;
                },
                OnHalfOpened = _ =>
                {
                    logger.LogWarning("Neo4j circuit half-open: trying one call.");
                    return default;
                },
                OnClosed = _ =>
                {
                    logger.LogInformation("Neo4j circuit closed: calls succeed again.");
                    return default;
                },
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                Timeout = options.RequestTimeout,
                OnTimeout = args =>
                {
                    logger.LogWarning("Neo4j call timed out after {Seconds} s.", args.Timeout.TotalSeconds);
                    return default;
                },
            })
            .Build();
    }

    /// <summary>Safe to try again: Neo4j transient codes, connection failures, 502/503/504 and per-call timeouts.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        Neo4jException neo4j => neo4j.IsTransient,
        TimeoutRejectedException => true,
        _ => false,
    };

    /// <summary>A log-safe summary: error codes and our own messages, never request content or credentials.</summary>
    private static string Describe(Exception? exception) => exception switch
    {
        null => "no exception",
        Neo4jException { Code: not null } e => e.Code,
        Neo4jException { Status: not null } e => $"HTTP {(int)e.Status}",
        _ => exception.GetType().Name,
    };
}
