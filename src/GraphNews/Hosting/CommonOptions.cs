using System.CommandLine;

namespace GraphNews.Cli.Hosting;

/// <summary>Options several verbs share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "The embedded store's database file.",
        DefaultValueFactory = _ => "graphnews.db",
    };

    public static Option<string?> Store() => new("--store")
    {
        Description = "Where the graph lives: sqlite (embedded, default) or neo4j. Also GRAPHNEWS__STORE or appsettings.json.",
    };

    public static Option<DateOnly?> Published() => new("--published")
    {
        Description = "Publication date (yyyy-MM-dd) for articles that carry none, e.g. plain .txt files; relative dates in the text resolve against it.",
    };

    public static Option<int> Parallel() => new("--parallel")
    {
        Description = "Articles extracted at once (default: number of cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };
}
