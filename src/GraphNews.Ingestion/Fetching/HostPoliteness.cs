using System.Collections.Concurrent;

namespace GraphNews.Ingestion.Fetching;

/// <summary>Spaces requests to one host at least a minimum delay apart; different hosts do not wait for each other.</summary>
public sealed class HostPoliteness(TimeSpan minimumDelay, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostTurn> hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task WaitTurnAsync(Uri uri, CancellationToken cancellationToken)
    {
        var turn = hosts.GetOrAdd(uri.Authority, _ => new HostTurn());
        await turn.Gate.WaitAsync(cancellationToken);
        try
        {
            if (turn.Last is { } last)
            {
                var wait = last + minimumDelay - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }
            }

            turn.Last = time.GetUtcNow();
        }
        finally
        {
            turn.Gate.Release();
        }
    }

    private sealed class HostTurn
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset? Last { get; set; }
    }
}
