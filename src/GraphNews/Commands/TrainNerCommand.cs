using System.CommandLine;
using System.Diagnostics;
using GraphNews.Extraction;
using GraphNews.Extraction.Ner;

namespace GraphNews.Cli.Commands;

/// <summary>
/// <c>graphnews train-ner</c>: trains the recogniser on the CoNLL data folder and writes the model file.
/// Deterministic for a given seed; with the defaults it reproduces the committed model.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder with gmb/, gum/, wikigold/ (train.conll, dev.conll).", DefaultValueFactory = _ => "../shared/data/ner" };
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "src/GraphNews.Extraction/Ner/Model/ner.bin" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new TrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed for shuffling and augmentation.", DefaultValueFactory = _ => new TrainingOptions().Seed };
        var orders = new Option<int>("--orders") { Description = "Shuffled orders of the data trained on and averaged into one model (fewer seed-to-seed swings).", DefaultValueFactory = _ => new TrainingOptions().Orders };
        var goldWeight = new Option<int>("--gold-weight") { Description = "How many times each gold (GUM, wikigold) sentence counts.", DefaultValueFactory = _ => 3 };
        var unlabeled = new Option<string[]>("--unlabeled") { Description = "Running text (.jsonl with a \"text\" field, or .txt) for the word clusters, besides the training text.", DefaultValueFactory = _ => ["../shared/samples/wikinews-large.jsonl"], AllowMultipleArgumentsPerToken = true };
        var titles = new Option<string>("--titles") { Description = "Title words kept outside person spans (one per line).", DefaultValueFactory = _ => "src/GraphNews.Extraction/Ner/Lexicons/titles.txt" };
        var minimumFeatureCount = new Option<int>("--min-feature-count") { Description = "Features seen fewer times get no weights.", DefaultValueFactory = _ => new TrainingOptions().MinimumFeatureCount };
        var evaluateEachEpoch = new Option<bool>("--eval-each-epoch") { Description = "Score the dev files after every epoch." };
        var places = new Option<string?>("--places") { Description = "Place names, one per line, read as a knowledge feature.", DefaultValueFactory = _ => "src/GraphNews.Extraction/Ner/Lexicons/places.txt" };
        var typedNames = new Option<string[]>("--typed-names") { Description = "Typed name lists (\"category<TAB>name\" per line: place, organization, natural-feature, person, structure), read as knowledge features.", DefaultValueFactory = _ => ["src/GraphNews.Extraction/Ner/Lexicons/wordnet-names.tsv"], AllowMultipleArgumentsPerToken = true };
        var embeddingClusters = new Option<string>("--embedding-clusters") { Description = "Word clusters from word embeddings (\"word<TAB>bitpath\" per line, made by the benchmark embed-word-clusters); \"\" leaves them out.", DefaultValueFactory = _ => "src/GraphNews.Extraction/Ner/Lexicons/minilm-clusters.tsv" };
        var domains = new Option<DomainFeatures>("--domains") { Description = "Shared: every sentence trains the same weights; GoldTarget: features also get silver and gold copies and the model keeps the gold ones (domain adaptation); SilverApart: silver copies only.", DefaultValueFactory = _ => new TrainingOptions().Domains };
        var noKnowledge = new Option<bool>("--no-knowledge") { Description = "Leave out the knowledge-base features (known names, cue words)." };
        var command = new Command("train-ner", "Train the named-entity recogniser and write its model file.");
        foreach (var option in new Option[] { data, output, epochs, seed, orders, goldWeight, unlabeled, titles, minimumFeatureCount, evaluateEachEpoch, places, typedNames, embeddingClusters, domains, noKnowledge })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var directory = result.GetValue(data)!;
            var epochCount = result.GetValue(epochs);
            if (!Directory.Exists(directory))
            {
                await Console.Error.WriteLineAsync($"train-ner: data folder '{directory}' does not exist.");
                return 2;
            }

            var titlesPath = result.GetValue(titles)!;
            if (!File.Exists(titlesPath))
            {
                await Console.Error.WriteLineAsync($"train-ner: title list '{titlesPath}' does not exist.");
                return 2;
            }

            if (epochCount < 1 || result.GetValue(orders) < 1)
            {
                await Console.Error.WriteLineAsync("train-ner: --epochs and --orders must be at least 1.");
                return 2;
            }

            try
            {
                var clock = Stopwatch.StartNew();
                var sources = NerCorpus.TrainingSources(directory, result.GetValue(goldWeight));
                if (sources.Count == 0)
                {
                    await Console.Error.WriteLineAsync($"train-ner: no */train.conll files under '{directory}'.");
                    return 2;
                }

                var dev = NerCorpus.DevSets(directory);
                var options = new TrainingOptions { Epochs = epochCount, Seed = result.GetValue(seed), Orders = result.GetValue(orders), MinimumFeatureCount = result.GetValue(minimumFeatureCount), Domains = result.GetValue(domains) };
                var trainer = new PerceptronTrainer(options, Console.Out);
                Action<int, NerModel>? afterEpoch = result.GetValue(evaluateEachEpoch)
                    ? (epoch, model) => EvalNerCommand.Summarise(Console.Out, $"epoch {epoch}", new PerceptronNerTagger(model), dev)
                    : null;
                var clusterText = sources.SelectMany(s => s.Documents).SelectMany(d => d.Sentences).Select(s => (IReadOnlyList<string>)s.Tokens);
                foreach (var file in result.GetValue(unlabeled) ?? [])
                {
                    if (!File.Exists(file))
                    {
                        await Console.Error.WriteLineAsync($"train-ner: unlabelled text '{file}' does not exist.");
                        return 2;
                    }

                    clusterText = clusterText.Concat(WordClusterBuilder.ReadText(file));
                }

                var runningText = clusterText.ToList();
                var clusters = new WordClusterBuilder(seed: options.Seed).Build(runningText);
                Console.WriteLine($"word clusters: {clusters.Count:N0} words ({clock.Elapsed.TotalSeconds:F1} s)");
                var placesPath = result.GetValue(places);
                if (placesPath is { Length: > 0 } && !File.Exists(placesPath))
                {
                    await Console.Error.WriteLineAsync($"train-ner: place list '{placesPath}' does not exist.");
                    return 2;
                }

                var placeNames = placesPath is { Length: > 0 } ? KnowledgeLexicon.ReadList(placesPath) : [];
                var typed = new List<TypedName>();
                foreach (var file in (result.GetValue(typedNames) ?? []).Where(f => f.Length > 0))
                {
                    if (!File.Exists(file))
                    {
                        await Console.Error.WriteLineAsync($"train-ner: typed name list '{file}' does not exist.");
                        return 2;
                    }

                    typed.AddRange(KnowledgeLexicon.ReadTypedList(file));
                }

                var knowledge = result.GetValue(noKnowledge) ? KnowledgeLexicon.Empty : KnowledgeLexicon.From(NewsExtractor.Knowledge, placeNames, typed);
                Console.WriteLine($"knowledge: {knowledge.Count:N0} phrases and first words of phrases, {knowledge.CueWords.Count:N0} cue words");
                var embeddingPath = result.GetValue(embeddingClusters);
                if (embeddingPath is { Length: > 0 } && !File.Exists(embeddingPath))
                {
                    await Console.Error.WriteLineAsync($"train-ner: embedding cluster file '{embeddingPath}' does not exist.");
                    return 2;
                }

                var embedded = embeddingPath is { Length: > 0 } ? WordClusters.Read(embeddingPath) : WordClusters.Empty;
                Console.WriteLine($"embedding clusters: {embedded.Count:N0} words");
                var resources = new NerResources(clusters, LexiconBuilder.Casing(runningText), PersonTitles.Read(titlesPath), knowledge, embedded);
                var model = trainer.Train(sources, resources, afterEpoch);
                var path = result.GetValue(output)!;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                await using (var stream = File.Create(path))
                {
                    NerModelFormat.Save(model, stream);
                }

                Console.WriteLine($"wrote {path}: {new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB, {model.FeatureKeys.Count:N0} features, trained in {clock.Elapsed.TotalSeconds:F0} s");
                EvalNerCommand.Summarise(Console.Out, "final", new PerceptronNerTagger(model), dev);
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
            {
                await Console.Error.WriteLineAsync($"train-ner: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
