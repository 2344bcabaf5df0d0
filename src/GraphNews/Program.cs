using System.CommandLine;
using GraphNews.Cli.Commands;
using GraphNews.Cli.Hosting;

var root = new RootCommand("GraphNews: turn news articles into a knowledge graph and serve it over GraphQL.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

foreach (var option in Neo4jCliOptions.All)
{
    root.Options.Add(option);
}

var parse = root.Parse(args);
var code = await parse.InvokeAsync();

// A command line that does not parse is a usage error, whatever System.CommandLine's own default code.
return parse.Errors.Count > 0 && code != ExitCodes.Ok ? ExitCodes.Usage : code;
