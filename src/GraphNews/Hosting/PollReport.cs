using System.Text.Json;
using GraphNews.Ingestion.Feeds;

namespace GraphNews.Cli.Hosting;

/// <summary>What the watcher prints after each poll: one line per feed, or one JSON object per poll with --json.</summary>
internal static class PollReport
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task WriteAsync(IReadOnlyList<FeedPoll> polls, OutputMode mode)
    {
        foreach (var poll in polls)
        {
            if (poll.Error is not null)
            {
                await Console.Error.WriteLineAsync($"feed {poll.Feed}: {poll.Error}");
            }

            if (poll.Summary is { } summary)
            {
                await IngestRunner.ReportSkippedAsync(summary, Console.Error);
            }
        }

        if (mode == OutputMode.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                at = DateTimeOffset.UtcNow,
                feeds = polls.Select(p => new
                {
                    feed = p.Feed.AbsoluteUri,
                    items = p.Items,
                    newItems = p.NewItems,
                    written = p.Summary?.Written ?? 0,
                    unchanged = p.Summary?.Unchanged ?? 0,
                    skipped = p.Summary?.Skipped.Count ?? 0,
                    entities = p.Summary?.Entities ?? 0,
                    relationships = p.Summary?.Facts ?? 0,
                    notModified = p.NotModified,
                    error = p.Error,
                }),
            }, Json));
        }
        else if (mode == OutputMode.Human)
        {
            foreach (var poll in polls.Where(p => p.Error is null))
            {
                var what = poll.NotModified ? "not modified"
                    : $"{poll.Items} item(s), {poll.NewItems} new: {poll.Summary?.Written ?? 0} written, {poll.Summary?.Skipped.Count ?? 0} skipped, " +
                      $"{poll.Summary?.Entities ?? 0} entities, {poll.Summary?.Facts ?? 0} relationships";
                await Console.Out.WriteLineAsync($"{DateTimeOffset.UtcNow:HH:mm:ss} {poll.Feed}: {what}");
            }
        }
    }
}
