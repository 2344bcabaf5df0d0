using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Store.Neo4j.Http;
using GraphNews.Store.Neo4j.Stories;
using Microsoft.Extensions.Logging;

namespace GraphNews.Store.Neo4j.Outbox;

/// <summary>
/// Drains the outbox into the target store (Neo4j) until cancelled: applies the schema first, then
/// writes queued articles in order, batching consecutive upserts. Unavailability of any kind is
/// waited out with capped exponential back-off and nothing is dropped; an entry the store refuses
/// as invalid is isolated and parked as failed. Writes are idempotent, so an entry sent again after
/// a crash between commit and acknowledgement has no second effect. With a story mirror, an article that reached
/// Neo4j (or left it) has its story links queued after it, so they are written once both ends exist.
/// </summary>
public sealed class OutboxWorker(SqliteOutbox outbox, IGraphStore target, OutboxWorkerOptions? options = null, TimeProvider? timeProvider = null, ILogger? logger = null, Neo4jStoryMirror? stories = null)
{
    private readonly OutboxWorkerOptions settings = options ?? new OutboxWorkerOptions();
    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;
    private readonly ILogger log = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    private int consecutiveFailures;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeTargetAsync(cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    var entries = await outbox.TakeDueAsync(settings.BatchSize, cancellationToken).ConfigureAwait(false);
                    if (entries.Count == 0)
                    {
                        await Task.WhenAny(outbox.WorkArrived, Task.Delay(settings.PollInterval, time, cancellationToken)).ConfigureAwait(false);
                        continue;
                    }

                    await WriteAsync(entries, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    // The outbox file itself failed (disk full, locked …): keep the worker alive and try again later.
                    log.LogError(e, "The outbox could not be processed; trying again.");
                    await BackOffAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping is normal; everything not yet written stays queued for the next run.
        }
    }

    private async Task InitializeTargetAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await target.InitializeAsync(cancellationToken).ConfigureAwait(false);
                consecutiveFailures = 0;
                return;
            }
            catch (Exception e) when (IsTemporary(e))
            {
                log.LogWarning("The graph store is not ready for its schema yet ({Error}); trying again.", Describe(e));
                await outbox.RecordErrorAsync(Describe(e), CancellationToken.None).ConfigureAwait(false);
                await BackOffAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WriteAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var run in Runs(entries))
        {
            try
            {
                await ApplyAsync(run, cancellationToken).ConfigureAwait(false);
                await CompleteAsync(run).ConfigureAwait(false);
                consecutiveFailures = 0;
            }
            catch (Exception e) when (IsTemporary(e))
            {
                var wait = NextBackoff();
                log.LogWarning("Writing {Count} queued article(s) failed ({Error}); they stay queued, next try in {Seconds:0.#} s.", run.Count, Describe(e), wait.TotalSeconds);
                await outbox.DeferAsync(entries.Select(x => x.Sequence).ToList(), Describe(e), time.GetUtcNow() + wait, CancellationToken.None).ConfigureAwait(false);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is ArgumentException or Neo4jClientException or InvalidDataException)
            {
                await IsolateAsync(run, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One of the entries is invalid: write them one by one and park only the bad ones.</summary>
    private async Task IsolateAsync(IReadOnlyList<OutboxEntry> run, CancellationToken cancellationToken)
    {
        foreach (var entry in run)
        {
            try
            {
                await ApplyAsync([entry], cancellationToken).ConfigureAwait(false);
                await CompleteAsync([entry]).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ArgumentException or Neo4jClientException or InvalidDataException)
            {
                log.LogError("Article {ArticleId} was refused by the graph store and parked as failed: {Error}", entry.ArticleId, Describe(e));
                await outbox.FailAsync(entry.Sequence, Describe(e), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task ApplyAsync(IReadOnlyList<OutboxEntry> run, CancellationToken cancellationToken)
    {
        switch (run[0].Operation)
        {
            case OutboxOperation.Delete:
                await target.DeleteArticleAsync(run[0].ArticleId, cancellationToken).ConfigureAwait(false);
                break;
            case OutboxOperation.StoryLinks:
                // Without a mirror (a host that no longer keeps a story index) there is nothing to write them from.
                if (stories is not null)
                {
                    await stories.WriteAsync(run.Select(e => e.ArticleId).ToList(), cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                await target.UpsertArticlesAsync(run.Select(e => e.Graph!).ToList(), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Removes the delivered entries; articles written or deleted have their story links queued behind them.</summary>
    private async Task CompleteAsync(IReadOnlyList<OutboxEntry> run)
    {
        await outbox.CompleteAsync(run.Select(e => e.Sequence).ToList(), CancellationToken.None).ConfigureAwait(false);
        if (stories is not null && run[0].Operation != OutboxOperation.StoryLinks)
        {
            await outbox.EnqueueStoryLinksAsync(run.Select(e => e.ArticleId), CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Consecutive upserts go together, and so do consecutive story links; each delete goes alone, in queue order.</summary>
    private static IEnumerable<IReadOnlyList<OutboxEntry>> Runs(IReadOnlyList<OutboxEntry> entries)
    {
        var run = new List<OutboxEntry>();
        foreach (var entry in entries)
        {
            if (run.Count > 0 && (entry.Operation != run[0].Operation || entry.Operation == OutboxOperation.Delete))
            {
                yield return run;
                run = [];
            }

            run.Add(entry);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private async Task BackOffAsync(CancellationToken cancellationToken) =>
        await Task.Delay(NextBackoff(), time, cancellationToken).ConfigureAwait(false);

    private TimeSpan NextBackoff()
    {
        var exponent = Math.Min(consecutiveFailures++, 20);
        var delay = TimeSpan.FromTicks(settings.InitialBackoff.Ticks * (1L << exponent));
        return delay > settings.MaxBackoff || delay <= TimeSpan.Zero ? settings.MaxBackoff : delay;
    }

    /// <summary>Anything but a refusal of the data itself (or our own cancellation) is waited out.</summary>
    private static bool IsTemporary(Exception e) =>
        e is not (ArgumentException or Neo4jClientException or InvalidDataException or OperationCanceledException { CancellationToken.IsCancellationRequested: true });

    private static string Describe(Exception e) => e switch
    {
        Neo4jException { Code: not null } n => $"{n.Code}: {Truncate(n.Message)}",
        _ => $"{e.GetType().Name}: {Truncate(e.Message)}",
    };

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
