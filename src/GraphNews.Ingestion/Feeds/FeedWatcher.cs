using GraphNews.Ingestion.Fetching;
using GraphNews.Ingestion.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphNews.Ingestion.Feeds;

/// <summary>What one poll of one feed did.</summary>
public sealed record FeedPoll(Uri Feed, int Items, int NewItems, IngestSummary? Summary, bool NotModified, string? Error);

/// <summary>
/// Polls feeds and ingests only the items not ingested before. An item is remembered once it is stored;
/// an item that could not be read or stored is tried again at the next poll, so nothing is lost to a
/// passing network failure.
/// </summary>
public sealed class FeedWatcher(HttpFetcher fetcher, ArticleSources sources, WatchState state, IngestService ingest, IngestOptions options, TimeProvider time, ILogger<FeedWatcher>? logger = null)
{
    private readonly ILogger logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>Polls every feed, then waits <paramref name="interval"/>, until cancelled.</summary>
    public async Task RunAsync(IReadOnlyList<Uri> feeds, TimeSpan interval, Func<IReadOnlyList<FeedPoll>, Task> afterPoll, CancellationToken cancellationToken)
    {
        while (true)
        {
            await afterPoll(await PollAsync(feeds, cancellationToken));
            await Task.Delay(interval, time, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<FeedPoll>> PollAsync(IReadOnlyList<Uri> feeds, CancellationToken cancellationToken)
    {
        var polls = new List<FeedPoll>(feeds.Count);
        foreach (var feed in feeds)
        {
            polls.Add(await PollFeedAsync(feed, cancellationToken));
        }

        return polls;
    }

    private async Task<FeedPoll> PollFeedAsync(Uri feed, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(feed, cancellationToken);
        if (fetched.Outcome == FetchOutcome.NotModified)
        {
            logger.LogInformation("Feed {Feed} not modified since the last poll", feed);
            return new FeedPoll(feed, 0, 0, null, NotModified: true, null);
        }

        if (fetched.Outcome == FetchOutcome.Failed)
        {
            return new FeedPoll(feed, 0, 0, null, NotModified: false, fetched.Error);
        }

        var document = FeedParser.Parse(new MemoryStream(fetched.Body!));
        if (!document.IsSuccess)
        {
            logger.LogWarning("Feed {Feed} could not be parsed: {Error}", feed, document.Error);
            return new FeedPoll(feed, 0, 0, null, NotModified: false, document.Error);
        }

        var key = feed.AbsoluteUri;
        var fresh = document.Items.Where(item => !state.IsSeen(key, item.Key)).ToList();
        if (fresh.Count == 0)
        {
            return new FeedPoll(feed, document.Items.Count, 0, null, NotModified: false, null);
        }

        var locations = new Dictionary<InputLocation, string>();
        var articles = new List<ArticleReadResult>(fresh.Count);
        foreach (var item in fresh)
        {
            var location = new InputLocation(item.Link ?? key, null);
            location = locations.ContainsKey(location) ? new InputLocation(location.File, locations.Count) : location;
            locations[location] = item.Key;
            articles.Add(await sources.ReadFeedItemAsync(item, location, cancellationToken));
        }

        var summary = await ingest.IngestAsync(articles, options, cancellationToken: cancellationToken);
        var failed = summary.Skipped.Select(s => s.Location).ToHashSet();
        state.MarkSeen(key, locations.Where(l => !failed.Contains(l.Key)).Select(l => l.Value), time.GetUtcNow());
        logger.LogInformation("Feed {Feed}: {New} new item(s), {Written} written, {Skipped} skipped", feed, fresh.Count, summary.Written, summary.Skipped.Count);
        return new FeedPoll(feed, document.Items.Count, fresh.Count, summary, NotModified: false, null);
    }
}
