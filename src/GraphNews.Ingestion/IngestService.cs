using System.Diagnostics;
using System.Threading.Channels;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Extraction;
using GraphNews.Ingestion.Identity;
using GraphNews.Ingestion.Reading;
using GraphNews.Ingestion.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphNews.Ingestion;

public sealed record IngestOptions
{
    public static readonly IngestOptions Default = new();

    /// <summary>Articles extracted at once; the store still has a single writer.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles per store write: larger batches amortise transaction cost.</summary>
    public int BatchSize { get; init; } = 64;

    public ReaderOptions Reader { get; init; } = ReaderOptions.Default;
}

/// <summary>An input item that did not make it into the graph, and why.</summary>
public sealed record SkippedItem(InputLocation Location, string Reason);

public sealed record IngestSummary(int Read, int Written, int Unchanged, int Entities, int Facts, IReadOnlyList<SkippedItem> Skipped)
{
    /// <summary>Stored articles written again at the end of the run because a name they used was settled: its type, or the organisation an acronym stands for.</summary>
    public int Relabelled { get; init; }
}

/// <summary>Progress after each stored batch.</summary>
public sealed record IngestProgress(int Read, int Stored, int Skipped);

/// <summary>
/// Reads articles, extracts their graphs in parallel, settles their identity one at a time in input order, and writes
/// them to the store in batches from a single writer. A bad item is reported and skipped; it never stops the others.
/// </summary>
public sealed class IngestService(IArticleExtractor extractor, IGraphStore store, ILogger<IngestService>? logger = null, CrossArticleResolver? resolver = null)
{
    private readonly ILogger logger = (ILogger?)logger ?? NullLogger.Instance;

    public async Task<IngestSummary> IngestAsync(IEnumerable<string> paths, IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        await IngestAsync(ArticleInputs.Read(paths, options.Reader), options, progress, cancellationToken);

    public Task<IngestSummary> IngestAsync(IEnumerable<ArticleReadResult> inputs, IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        IngestAsync(inputs.ToAsyncEnumerable(), options, progress, cancellationToken);

    public async Task<IngestSummary> IngestAsync(IAsyncEnumerable<ArticleReadResult> inputs, IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var activity = IngestTelemetry.Source.StartActivity("ingest");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var skipped = new List<SkippedItem>();
        var extracted = Channel.CreateBounded<(long Sequence, (InputLocation Location, ArticleGraph? Graph, string? Error) Item)>(
            new BoundedChannelOptions(options.BatchSize * 4) { SingleReader = true });
        var resolved = Channel.CreateBounded<(InputLocation Location, ArticleGraph? Graph, string? Error)>(
            new BoundedChannelOptions(options.BatchSize * 4) { SingleReader = true, SingleWriter = true });
        var read = 0;
        var identity = resolver is null ? null : new ResolutionContext();

        // Extraction runs in parallel; resolution takes the articles one at a time in input order, so an article sees
        // every article before it and the graph does not depend on which worker finished first.
        var extraction = Task.Run(
            async () =>
            {
                try
                {
                    await Parallel.ForEachAsync(
                        Numbered(inputs, () => Interlocked.Increment(ref read)),
                        new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = stop.Token },
                        async (item, ct) => await extracted.Writer.WriteAsync((item.Sequence, Extract(item.Input)), ct));
                }
                finally
                {
                    extracted.Writer.Complete();
                }
            },
            stop.Token);
        var resolution = Task.Run(
            async () =>
            {
                try
                {
                    var order = new ReorderBuffer<(InputLocation Location, ArticleGraph? Graph, string? Error)>();
                    await foreach (var (sequence, item) in extracted.Reader.ReadAllAsync(stop.Token))
                    {
                        foreach (var due in order.Add(sequence, item))
                        {
                            await resolved.Writer.WriteAsync(await ResolveAsync(due, identity, stop.Token), stop.Token);
                        }
                    }

                    foreach (var due in order.Drain())
                    {
                        await resolved.Writer.WriteAsync(await ResolveAsync(due, identity, stop.Token), stop.Token);
                    }
                }
                finally
                {
                    resolved.Writer.Complete();
                }
            },
            stop.Token);

        var total = WriteResult.Empty;
        var batch = new List<(InputLocation Location, ArticleGraph Graph)>(options.BatchSize);
        try
        {
            await foreach (var item in resolved.Reader.ReadAllAsync(cancellationToken))
            {
                if (item.Graph is null)
                {
                    Skip(skipped, item.Location, item.Error!);
                    continue;
                }

                batch.Add((item.Location, item.Graph));
                if (batch.Count >= options.BatchSize)
                {
                    total = total.Add(await WriteAndReleaseAsync(batch, identity, skipped, cancellationToken));
                    progress?.Report(new IngestProgress(Volatile.Read(ref read), total.Articles + total.Unchanged, skipped.Count));
                }
            }
        }
        catch
        {
            // The store failed: stop the stages feeding it, which would otherwise wait on full channels forever.
            await stop.CancelAsync();
            throw;
        }

        await extraction;
        await resolution;
        total = total.Add(await WriteAndReleaseAsync(batch, identity, skipped, cancellationToken));
        var relabelled = identity is null || resolver is null ? 0 : await ConsolidateAsync(identity, cancellationToken);
        progress?.Report(new IngestProgress(read, total.Articles + total.Unchanged, skipped.Count));
        activity?.SetTag("graphnews.articles.read", read);
        activity?.SetTag("graphnews.articles.skipped", skipped.Count);
        return new IngestSummary(read, total.Articles, total.Unchanged, total.Entities, total.Facts, skipped) { Relabelled = relabelled };
    }

    private (InputLocation, ArticleGraph?, string?) Extract(ArticleReadResult item)
    {
        if (!item.IsSuccess)
        {
            return (item.Location, null, item.Error);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            return (item.Location, extractor.Extract(item.Article!), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Extraction failed for {Location}", item.Location);
            return (item.Location, null, $"extraction failed: {e.Message}");
        }
        finally
        {
            IngestTelemetry.ExtractionTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>Settles identity against what the store already holds; when the store cannot answer, the article goes on as extracted.</summary>
    private async Task<(InputLocation, ArticleGraph?, string?)> ResolveAsync((InputLocation Location, ArticleGraph? Graph, string? Error) item, ResolutionContext? identity, CancellationToken cancellationToken)
    {
        if (resolver is null || item.Graph is null)
        {
            return item;
        }

        try
        {
            if (identity is not null)
            {
                await identity.Handover.WaitAsync(cancellationToken);
            }

            try
            {
                var resolved = await resolver.ResolveAsync(item.Graph, identity, cancellationToken: cancellationToken);
                identity?.Pending.Add(resolved);
                return (item.Location, resolved, null);
            }
            finally
            {
                identity?.Handover.Release();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not ArgumentException)
        {
            logger.LogWarning("Identity resolution skipped for {Location}: {Reason}", item.Location, e.Message);
            return item;
        }
    }

    /// <summary>Settles the names the run met under two labels; when the store cannot answer, the articles stay as written.</summary>
    private async Task<int> ConsolidateAsync(ResolutionContext identity, CancellationToken cancellationToken)
    {
        try
        {
            return await new LabelConsolidation(store, extractor, resolver!).RunAsync(identity.ContestedNames, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Settling contested entity labels skipped: {Reason}", e.Message);
            return 0;
        }
    }

    /// <summary>Writes the batch, then takes its articles out of the pending window: from now on the store answers for them.</summary>
    private async Task<WriteResult> WriteAndReleaseAsync(List<(InputLocation Location, ArticleGraph Graph)> batch, ResolutionContext? identity, List<SkippedItem> skipped, CancellationToken cancellationToken)
    {
        if (identity is null || batch.Count == 0)
        {
            return await WriteBatchAsync(batch, skipped, cancellationToken);
        }

        var graphs = batch.Select(b => b.Graph).ToList();
        await identity.Handover.WaitAsync(cancellationToken);
        try
        {
            return await WriteBatchAsync(batch, skipped, cancellationToken);
        }
        finally
        {
            graphs.ForEach(identity.Pending.Remove);
            identity.Handover.Release();
        }
    }

    /// <summary>Writes a batch; if the batch is refused, retries its articles one by one so only the bad one is skipped.</summary>

    private async Task<WriteResult> WriteBatchAsync(List<(InputLocation Location, ArticleGraph Graph)> batch, List<SkippedItem> skipped, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return WriteResult.Empty;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var activity = IngestTelemetry.Source.StartActivity("store.write");
            activity?.SetTag("graphnews.batch.size", batch.Count);
            var written = await store.UpsertArticlesAsync(batch.Select(b => b.Graph).ToList(), cancellationToken);
            IngestTelemetry.StoreLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            IngestTelemetry.ArticlesIngested.Add(written.Articles + written.Unchanged);
            return written;
        }
        catch (ArgumentException) when (batch.Count > 1)
        {
            var result = WriteResult.Empty;
            foreach (var item in batch)
            {
                result = result.Add(await WriteBatchAsync([item], skipped, cancellationToken));
            }

            return result;
        }
        catch (ArgumentException e)
        {
            Skip(skipped, batch[0].Location, e.Message);
            return WriteResult.Empty;
        }
        finally
        {
            batch.Clear();
        }
    }

    private void Skip(List<SkippedItem> skipped, InputLocation location, string reason)
    {
        skipped.Add(new SkippedItem(location, reason));
        IngestTelemetry.ArticlesSkipped.Add(1);
        logger.LogWarning("Skipped {Location}: {Reason}", location, reason);
    }

    private static async IAsyncEnumerable<(long Sequence, ArticleReadResult Input)> Numbered(IAsyncEnumerable<ArticleReadResult> inputs, Action count)
    {
        long sequence = 0;
        await foreach (var input in inputs)
        {
            count();
            yield return (sequence++, input);
        }
    }
}
