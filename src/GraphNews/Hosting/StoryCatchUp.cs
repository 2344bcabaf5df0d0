using System.Diagnostics;
using GraphNews.Store.Sqlite.Stories;
using GraphNews.Stories;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphNews.Cli.Hosting;

/// <summary>
/// Brings the story index up to date with the embedded store once the server is listening: a large
/// database takes minutes to index, and the graph queries need not wait for it. Until it is done,
/// <see cref="IsComplete"/> is false and the server reports itself not ready.
/// </summary>
internal sealed class StoryCatchUp(StoryService stories, string databasePath, ILogger<StoryCatchUp> logger) : BackgroundService
{
    private volatile bool complete;

    public bool IsComplete => complete;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var watch = Stopwatch.StartNew();
        try
        {
            var (indexed, removed) = await stories.SyncAsync(new SqliteStoryStore(databasePath), stoppingToken);
            logger.LogInformation("Story index up to date: {Indexed} articles indexed, {Removed} removed, in {Seconds:0.0} s.", indexed, removed, watch.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            logger.LogError(e, "The story index could not catch up with the database; related articles and stories stay as they were stored.");
        }

        complete = true;
    }
}
