namespace GraphNews.Store.Sqlite.Tests;

/// <summary>A database path in a fresh temporary folder; the folder is removed at process exit.</summary>
internal sealed class TempDatabase
{
    private static readonly string Root = Directory.CreateTempSubdirectory("graphnews-sqlite-tests-").FullName;

    static TempDatabase() => AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(Root);

    public string Path { get; } = System.IO.Path.Combine(Root, $"{Guid.NewGuid():N}.db");

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
