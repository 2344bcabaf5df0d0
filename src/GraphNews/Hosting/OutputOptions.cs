using System.CommandLine;

namespace GraphNews.Cli.Hosting;

/// <summary>How much a verb prints: everything for people, nothing but errors, or one JSON object for scripts.</summary>
internal enum OutputMode
{
    Human,
    Quiet,
    Json,
}

internal static class OutputOptions
{
    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors." };

    public static Option<bool> Json() => new("--json") { Description = "Print the summary as one JSON object on stdout, for scripts." };

    public static OutputMode From(ParseResult parse, Option<bool> quiet, Option<bool> json) =>
        parse.GetValue(json) ? OutputMode.Json : parse.GetValue(quiet) ? OutputMode.Quiet : OutputMode.Human;

    /// <summary>Progress bars go to stderr, and only to a terminal: never into a pipe or a log file.</summary>
    public static bool ShowsProgress(OutputMode mode) => mode == OutputMode.Human && !Console.IsErrorRedirected;
}
