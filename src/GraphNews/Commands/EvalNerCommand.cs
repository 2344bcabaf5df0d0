using System.CommandLine;
using System.Globalization;
using GraphNews.Extraction;
using GraphNews.Extraction.Ner;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Cli.Commands;

/// <summary><c>graphnews eval-ner</c>: exact-span precision/recall/F1 of the recogniser on each dev file.</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder with gmb/, gum/, wikigold/ dev.conll files.", DefaultValueFactory = _ => "../shared/data/ner" };
        var model = new Option<string?>("--model") { Description = "A model file to evaluate instead of the embedded one." };
        var noConsistency = new Option<bool>("--no-consistency") { Description = "Skip the document-consistency pass." };
        var modelOnly = new Option<bool>("--model-only") { Description = "Score the statistical model alone, without the knowledge base laid over it." };
        var headlines = new Option<string?>("--headlines") { Description = "Write each document's first sentence as a headline, to measure how the recogniser copes with them: 'capitals' (as wire services write them) or 'title' (Title Case)." };
        headlines.AcceptOnlyFromAmong("capitals", "title");
        var command = new Command("eval-ner", "Score the named-entity recogniser on the dev files (exact span match).");
        command.Options.Add(data);
        command.Options.Add(model);
        command.Options.Add(noConsistency);
        command.Options.Add(modelOnly);
        command.Options.Add(headlines);
        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var directory = result.GetValue(data)!;
            try
            {
                var sets = NerCorpus.DevSets(directory);
                if (result.GetValue(headlines) is { } style)
                {
                    Func<string, int, string> write = style == "title" ? TitleCase : (token, _) => token.ToUpperInvariant();
                    sets = [.. sets.Select(set => (set.Name, set.Documents.Select(d => WithHeadline(d, write)).ToList()))];
                }

                if (sets.Count == 0)
                {
                    await Console.Error.WriteLineAsync($"eval-ner: no */dev.conll files under '{directory}'.");
                    return 2;
                }

                var modelPath = result.GetValue(model);
                var loaded = modelPath is null ? PerceptronNerTagger.LoadDefault().Model : PerceptronNerTagger.LoadFile(modelPath).Model;
                var statistical = new PerceptronNerTagger(loaded, documentConsistency: !result.GetValue(noConsistency));
                INamedEntityTagger tagger = result.GetValue(modelOnly) ? statistical : GazetteerAwareTagger.Over(statistical, NewsExtractor.Knowledge);
                foreach (var (name, documents) in sets)
                {
                    NerScore.Evaluate(tagger, documents).WriteTable(Console.Out, name + " dev");
                }

                Summarise(Console.Out, "summary", tagger, sets);
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"eval-ner: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static ConllDocument WithHeadline(ConllDocument document, Func<string, int, string> write) => document with
    {
        Sentences = [.. document.Sentences.Select((sentence, i) => i == 0 ? sentence with { Tokens = [.. sentence.Tokens.Select(write)] } : sentence)],
    };

    /// <summary>A headline word in title case: capitalised, except short function words after the first.</summary>
    private static string TitleCase(string token, int position) =>
        token.Length == 0 || !char.IsLower(token[0]) || (position > 0 && token is "a" or "an" or "the" or "and" or "or" or "of" or "in" or "on" or "at" or "to" or "for" or "by")
            ? token
            : string.Concat(token[..1].ToUpperInvariant(), token[1..]);

    /// <summary>One line: micro-F1 over PER/LOC/ORG on each dev set.</summary>
    public static void Summarise(TextWriter output, string title, INamedEntityTagger tagger, IEnumerable<(string Name, List<ConllDocument> Documents)> sets)
    {
        var parts = sets.Select(set => string.Create(CultureInfo.InvariantCulture, $"{set.Name} {NerScore.Evaluate(tagger, set.Documents).Micro.F1:F3}"));
        output.WriteLine($"{title}: micro-F1 PER/LOC/ORG  {string.Join("  ", parts)}");
    }
}
