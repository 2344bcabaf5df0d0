namespace GraphNews.Cli.Hosting;

/// <summary>Runs a verb's body and turns expected failures into a one-line message and an exit code.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled.");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or HttpRequestException or GraphNews.Store.Neo4j.Http.Neo4jException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
