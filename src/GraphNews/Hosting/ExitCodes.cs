namespace GraphNews.Cli.Hosting;

/// <summary>Exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command could not run at all (store unreachable, unreadable file, …).</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The command ran, but some input items were skipped (reported on stderr).</summary>
    public const int PartialInput = 3;
}
