using GraphNews.Benchmarks;

var benchmarks = BenchmarkCatalog.All();
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: GraphNews.Benchmarks <name|all> [--option value ...]");
    foreach (var benchmark in benchmarks)
    {
        Console.WriteLine($"  {benchmark.Name,-24} {benchmark.Description}");
    }

    return 0;
}

var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
for (var i = 1; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"Unexpected argument '{args[i]}': options are written --name value.");
        return 2;
    }

    options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
}

var selected = args[0] == "all" ? benchmarks : benchmarks.Where(b => b.Name == args[0]).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"No benchmark named '{args[0]}'. Run without arguments to list them.");
    return 2;
}

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
foreach (var benchmark in selected)
{
    var code = await benchmark.RunAsync(options, Console.Out, CancellationToken.None);
    if (code != 0)
    {
        return code;
    }
}

return 0;
