using Microsoft.Extensions.Time.Testing;

namespace GraphNews.Store.Neo4j.Tests.Support;

/// <summary>Drives a task that waits on a <see cref="FakeTimeProvider"/> (back-off, timeouts) to completion without real sleeping.</summary>
public static class VirtualTime
{
    public static async Task<T> RunAsync<T>(FakeTimeProvider time, Task<T> task, TimeSpan step)
    {
        await DriveAsync(time, task, step);
        return await task;
    }

    public static async Task DriveAsync(FakeTimeProvider time, Task task, TimeSpan step)
    {
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            // Let the HTTP round trip in flight finish before moving the clock on.
            await Task.WhenAny(task, Task.Delay(5, TestContext.Current.CancellationToken));
            if (!task.IsCompleted)
            {
                time.Advance(step);
            }
        }

        try
        {
            await task;
        }
        catch
        {
            // The caller observes the outcome.
        }
    }
}
