using System.CommandLine;
using System.Text;
using GraphNews.Extraction;
using GraphNews.Extraction.Ner;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Cli.Commands;

/// <summary><c>graphnews ner</c>: tags a one-token-per-line file with the pipeline's recogniser.</summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Input file, one token per line, blank line between sentences ('-' for stdin).", Required = true };
        var output = new Option<string>("--output") { Description = "Output file of token<TAB>BIO-tag lines ('-' for stdout).", Required = true };
        var model = new Option<string?>("--model") { Description = "A model file to use instead of the embedded one." };
        var modelOnly = new Option<bool>("--model-only") { Description = "The statistical model alone, without the knowledge base (countries, organisations, demonyms) laid over it." };
        var command = new Command("ner", "Tag named entities (PER, LOC, ORG, EVENT, MISC) in a CoNLL-style token file.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(model);
        command.Options.Add(modelOnly);
        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var inputPath = result.GetValue(input)!;
            var outputPath = result.GetValue(output)!;
            try
            {
                var modelPath = result.GetValue(model);
                var statistical = modelPath is null ? PerceptronNerTagger.LoadDefault() : PerceptronNerTagger.LoadFile(modelPath);
                INamedEntityTagger tagger = result.GetValue(modelOnly) ? statistical : GazetteerAwareTagger.Over(statistical, NewsExtractor.Knowledge);
                using var reader = inputPath == "-" ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(inputPath, Encoding.UTF8);
                var temporary = outputPath == "-" ? null : outputPath + ".tmp";
                await using (var writer = temporary is null ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) : new StreamWriter(temporary, false, new UTF8Encoding(false)))
                {
                    writer.NewLine = "\n";
                    new ConllTagging(tagger).Run(reader, writer);
                }

                if (temporary is not null)
                {
                    File.Move(temporary, outputPath, overwrite: true);
                }

                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"ner: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
