using System.CommandLine;
using GraphNews.Cli.Commands;

var root = new RootCommand("GraphNews: turn news articles into a knowledge graph and serve it over GraphQL.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
