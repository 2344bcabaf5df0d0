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

return await root.Parse(args).InvokeAsync();
