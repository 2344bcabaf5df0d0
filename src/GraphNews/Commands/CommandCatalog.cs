using System.CommandLine;

namespace GraphNews.Cli.Commands;

/// <summary>Every verb of the <c>graphnews</c> command, one file each.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        ExtractCommand.Create(),
        IngestCommand.Create(),
        ServeCommand.Create(),
        StatusCommand.Create(),
        ExportCommand.Create(),
        WatchCommand.Create(),
        NerCommand.Create(),
        TrainNerCommand.Create(),
        EvalNerCommand.Create(),
        StoriesCommand.Create(),
    ];
}
