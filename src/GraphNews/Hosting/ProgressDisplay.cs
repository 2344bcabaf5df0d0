using System.Diagnostics;
using GraphNews.Ingestion;
using Spectre.Console;

namespace GraphNews.Cli.Hosting;

/// <summary>A progress bar on stderr with the article rate and, when the total is known, the time remaining.</summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(string title, long? total, Func<IProgress<IngestProgress>, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var clock = Stopwatch.StartNew();
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(title, maxValue: Math.Max(1, total ?? 1));
                task.IsIndeterminate = total is null;
                var progress = new Progress<IngestProgress>(p =>
                {
                    var done = p.Stored + p.Skipped;
                    var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    task.Description = $"{title}: {done:N0} done, {rate:N0} articles/s";
                    task.Value = Math.Min(done, task.MaxValue);
                });
                var result = await work(progress);
                task.Value = task.MaxValue;
                return result;
            });
    }
}
