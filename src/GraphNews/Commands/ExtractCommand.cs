using System.CommandLine;
using GraphNews.Cli.Hosting;
using GraphNews.Domain;
using GraphNews.Ingestion.Reading;

namespace GraphNews.Cli.Commands;

/// <summary><c>graphnews extract FILE [--published yyyy-MM-dd] --format json</c>: print an article's graph without storing it.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A .txt article (first line is the title), or a .jsonl or .json file of articles (one graph printed per line)." };
        var published = CommonOptions.Published();
        var format = new Option<string>("--format") { Description = "Output format: json.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var command = new Command("extract", "Extract the graph of an article and print it as JSON.") { file, published, format };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such file.");
            }

            var extractor = Composition.CreateExtractor();
            var results = ArticleInputs.ReadFile(path, ReaderOptions.Default with { DefaultPublished = parse.GetValue(published) }).ToList();
            var graphs = new List<ArticleGraph>();
            foreach (var result in results)
            {
                if (result.IsSuccess)
                {
                    graphs.Add(extractor.Extract(result.Article!));
                }
                else
                {
                    await Console.Error.WriteLineAsync($"{result.Location}: {result.Error}");
                }
            }

            var single = graphs.Count == 1 && Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);
            foreach (var graph in graphs)
            {
                await Console.Out.WriteLineAsync(ArticleGraphJson.Serialize(graph, indented: single));
            }

            return graphs.Count == results.Count ? ExitCodes.Ok : graphs.Count == 0 ? ExitCodes.Failed : ExitCodes.PartialInput;
        }));
        return command;
    }
}
