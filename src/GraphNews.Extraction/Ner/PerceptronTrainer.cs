using System.Diagnostics;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// One training corpus, how much each of its sentences counts (gold sets count more than silver) and whether it is
/// gold (hand-annotated) or silver (machine-tagged).
/// </summary>
public sealed record TrainingSource(string Name, IReadOnlyList<ConllDocument> Documents, int Weight, bool IsGold = false);

/// <summary>How the trainer keeps the conventions of the silver data apart from those of the gold data.</summary>
public enum DomainFeatures
{
    /// <summary>Every sentence trains the same weights.</summary>
    Shared,

    /// <summary>
    /// Feature augmentation (Daumé 2007, "Frustratingly easy domain adaptation"): each feature also has a silver copy and
    /// a gold copy, trained only by sentences of that kind; the model keeps the shared weights plus the gold copies,
    /// so what only the silver data does (its own span and type conventions) stays in the dropped silver copies.
    /// </summary>
    GoldTarget,

    /// <summary>As <see cref="GoldTarget"/> with silver copies only: the model keeps the shared weights.</summary>
    SilverApart,
}

/// <summary>
/// What the model reads besides the labelled data: word clusters and usual casing (both from running text), title words,
/// the knowledge base and word clusters made from word embeddings.
/// </summary>
public sealed record NerResources(WordClusters Clusters, CasingLexicon Casing, PersonTitles Titles, KnowledgeLexicon? Knowledge = null, WordClusters? EmbeddingClusters = null);

public sealed record TrainingOptions
{
    public int Epochs { get; init; } = 5;

    public int Seed { get; init; } = 1;

    /// <summary>Features seen fewer times than this in training get no weights.</summary>
    public int MinimumFeatureCount { get; init; } = 1;

    /// <summary>Folds for the jack-knifed name lexicon: each document's lexicon features come from the other folds.</summary>
    public int LexiconFolds { get; init; } = 5;

    /// <summary>Share of sentences added again in upper case and in lower case, so the model copes with headlines.</summary>
    public double CaseAugmentation { get; init; } = 0.04;

    /// <summary>Rows whose largest absolute averaged weight is below this are dropped from the model.</summary>
    public float PruneBelow { get; init; } = 0.05f;

    /// <summary>Perceptrons trained on this many shuffled orders of the data are averaged into the model.</summary>
    public int Orders { get; init; } = 3;

    public DomainFeatures Domains { get; init; } = DomainFeatures.Shared;
}

/// <summary>
/// Trains the tagger as a structured averaged perceptron (Collins 2002): Viterbi-decode each sentence
/// with the current weights and, where the decoding is wrong, move the weights toward the gold labels.
/// Deterministic for a given seed.
/// </summary>
public sealed class PerceptronTrainer(TrainingOptions options, TextWriter log)
{
    private const int L = 21;
    private const ulong SilverCopy = 0x5117E5;
    private const ulong GoldCopy = 0x601D;

    public NerModel Train(IReadOnlyList<TrainingSource> sources, NerResources resources, Action<int, NerModel>? afterEpoch = null)
    {
        var clock = Stopwatch.StartNew();
        var documents = sources.SelectMany(s => s.Documents.Select(d => (Document: d, s.Weight, s.IsGold))).ToList();
        var (clusters, casing, titles, knowledge, embeddingClusters) = resources;
        var fullNames = LexiconBuilder.Names(documents.Select(d => (d.Document, d.Weight)));
        var foldExtractors = Enumerable.Range(0, options.LexiconFolds)
            .Select(fold => new FeatureExtractor(
                LexiconBuilder.Names(documents.Where((_, index) => index % options.LexiconFolds != fold).Select(d => (d.Document, d.Weight))),
                casing,
                clusters,
                knowledge,
                embeddingClusters))
            .ToArray();
        log.WriteLine($"lexicons: {fullNames.Count:N0} name phrases, {casing.Count:N0} cased words, {clusters.Count:N0} clustered words, {embeddingClusters?.Count ?? 0:N0} embedding-clustered words ({clock.Elapsed.TotalSeconds:F1} s)");

        var instances = BuildInstances(documents, foldExtractors);
        log.WriteLine($"instances: {instances.Sentences.Count:N0} sentences, {instances.Tokens:N0} tokens, {instances.Keys.Count:N0} features kept ({clock.Elapsed.TotalSeconds:F1} s)");

        var rows = instances.Keys.Count;
        var order = new List<int>();
        for (var s = 0; s < instances.Sentences.Count; s++)
        {
            for (var r = 0; r < instances.Sentences[s].Weight; r++)
            {
                order.Add(s);
            }
        }

        var extractor = new FeatureExtractor(fullNames, casing, clusters, knowledge, embeddingClusters);
        var summed = new AveragedWeights(new float[rows * L], new float[(L + 1) * L]);
        for (var run = 0; run < options.Orders; run++)
        {
            var completed = run;
            var averaged = TrainOneOrder(instances, order, run, clock, afterEpoch is null ? null : (epoch, current) =>
                afterEpoch(epoch, Model(instances.Keys, summed.Plus(current), completed + 1, extractor, titles)));
            summed = summed.Plus(averaged);
        }

        return Model(instances.Keys, summed, options.Orders, extractor, titles);
    }

    /// <summary>
    /// One averaged perceptron over the data in one series of shuffled orders. Perceptrons trained on other orders
    /// make different mistakes; averaging several (<see cref="TrainingOptions.Orders"/>) takes out much of the
    /// difference one seed makes on small test sets.
    /// </summary>
    private AveragedWeights TrainOneOrder(Instances instances, List<int> order, int run, Stopwatch clock, Action<int, AveragedWeights>? afterEpoch)
    {
        var rows = instances.Keys.Count;
        var weights = new float[rows * L];
        var totals = new double[rows * L];
        var transitions = new float[(L + 1) * L];
        var transitionTotals = new double[(L + 1) * L];
        var decode = new DecodeBuffer();
        var emissions = new float[1024 * L];
        var predicted = new int[1024];
        long step = 1;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffle(order, new Random((options.Seed * 1000) + (run * 100) + epoch));
            var wrong = 0;
            foreach (var s in order)
            {
                var sentence = instances.Sentences[s];
                var n = sentence.Labels.Length;
                if (emissions.Length < n * L)
                {
                    emissions = new float[n * L];
                    predicted = new int[n];
                }

                Score(instances, sentence, weights, emissions);
                Viterbi.Decode(emissions, transitions, n, decode, predicted);
                var gold = sentence.Labels;
                var mistaken = false;
                for (var i = 0; i < n; i++)
                {
                    var previousGold = i == 0 ? L : gold[i - 1];
                    var previousPredicted = i == 0 ? L : predicted[i - 1];
                    if (gold[i] != predicted[i])
                    {
                        mistaken = true;
                        var start = sentence.FeatureStart[i];
                        var end = sentence.FeatureStart[i + 1];
                        for (var k = start; k < end; k++)
                        {
                            var row = instances.Rows[k] * L;
                            Update(weights, totals, row + gold[i], 1, step);
                            Update(weights, totals, row + predicted[i], -1, step);
                        }
                    }

                    if (gold[i] != predicted[i] || previousGold != previousPredicted)
                    {
                        Update(transitions, transitionTotals, (previousGold * L) + gold[i], 1, step);
                        Update(transitions, transitionTotals, (previousPredicted * L) + predicted[i], -1, step);
                    }
                }

                wrong += mistaken ? 1 : 0;
                step++;
            }

            log.WriteLine($"order {run + 1}, epoch {epoch}: {wrong:N0} of {order.Count:N0} sentences wrong ({clock.Elapsed.TotalSeconds:F1} s)");
            if (afterEpoch is not null || epoch == options.Epochs)
            {
                var averaged = new AveragedWeights(Averaged(weights, totals, step), Averaged(transitions, transitionTotals, step));
                if (epoch == options.Epochs)
                {
                    afterEpoch?.Invoke(epoch, averaged);
                    return averaged;
                }

                afterEpoch?.Invoke(epoch, averaged);
            }
        }

        throw new InvalidOperationException("Training needs at least one epoch.");
    }

    private static float[] Averaged(float[] weights, double[] totals, long step)
    {
        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - (totals[i] / step));
        }

        return averaged;
    }

    /// <summary>Averaged emission and transition weights, summed over orders until divided in <see cref="Model"/>.</summary>
    private sealed record AveragedWeights(float[] Emissions, float[] Transitions)
    {
        public AveragedWeights Plus(AveragedWeights other) => new(Add(Emissions, other.Emissions), Add(Transitions, other.Transitions));

        private static float[] Add(float[] a, float[] b)
        {
            var sum = new float[a.Length];
            for (var i = 0; i < a.Length; i++)
            {
                sum[i] = a[i] + b[i];
            }

            return sum;
        }
    }

    private static void Update(float[] weights, double[] totals, int index, int delta, long step)
    {
        weights[index] += delta;
        totals[index] += (double)delta * step;
    }

    private static void Score(Instances instances, TrainingSentence sentence, float[] weights, float[] emissions)
    {
        var n = sentence.Labels.Length;
        Array.Clear(emissions, 0, n * L);
        for (var i = 0; i < n; i++)
        {
            var target = emissions.AsSpan(i * L, L);
            for (var k = sentence.FeatureStart[i]; k < sentence.FeatureStart[i + 1]; k++)
            {
                var source = weights.AsSpan(instances.Rows[k] * L, L);
                for (var y = 0; y < L; y++)
                {
                    target[y] += source[y];
                }
            }
        }
    }

    /// <summary>
    /// The model's rows: the shared weights of every feature, plus its gold copy's under <see cref="DomainFeatures.GoldTarget"/>;
    /// domain copies are no features of their own at tagging time.
    /// </summary>
    private NerModel Model(List<ulong> keys, AveragedWeights summed, int orders, FeatureExtractor extractor, PersonTitles titles)
    {
        var rowOf = new Dictionary<ulong, int>(keys.Count);
        for (var r = 0; r < keys.Count; r++)
        {
            rowOf[keys[r]] = r;
        }

        var copies = new HashSet<int>();
        if (options.Domains != DomainFeatures.Shared)
        {
            foreach (var key in keys)
            {
                foreach (var seed in new[] { SilverCopy, GoldCopy })
                {
                    if (rowOf.TryGetValue(FeatureHash.Combine(seed, key), out var copy))
                    {
                        copies.Add(copy);
                    }
                }
            }
        }

        var keptKeys = new List<ulong>();
        var kept = new List<float>();
        var row = new float[L];
        for (var r = 0; r < keys.Count; r++)
        {
            if (copies.Contains(r))
            {
                continue;
            }

            var gold = options.Domains == DomainFeatures.GoldTarget && rowOf.TryGetValue(FeatureHash.Combine(GoldCopy, keys[r]), out var g) ? g : -1;
            var largest = 0f;
            for (var y = 0; y < L; y++)
            {
                row[y] = (summed.Emissions[(r * L) + y] + (gold >= 0 ? summed.Emissions[(gold * L) + y] : 0)) / orders;
                largest = Math.Max(largest, Math.Abs(row[y]));
            }

            if (largest >= options.PruneBelow)
            {
                keptKeys.Add(keys[r]);
                kept.AddRange(row);
            }
        }

        return new NerModel(extractor, keptKeys, [.. kept], [.. summed.Transitions.Select(t => t / orders)], titles);
    }

    private Instances BuildInstances(List<(ConllDocument Document, int Weight, bool IsGold)> documents, FeatureExtractor[] foldExtractors)
    {
        var random = new Random(options.Seed);
        var buffer = new FeatureBuffer();
        var sentences = new List<(int[] Labels, ulong[] Keys, int[] Counts, int Weight)>();
        var keyCounts = new Dictionary<ulong, int>();
        for (var d = 0; d < documents.Count; d++)
        {
            var (document, weight, isGold) = documents[d];
            var copy = DomainCopy(isGold);
            var extractor = foldExtractors[d % foldExtractors.Length];
            var tokens = document.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList();
            var casing = DocumentContext.Build(tokens);
            foreach (var sentence in document.Sentences)
            {
                var labels = EntityLabels.FromBio(sentence.Tags);
                sentences.Add(Collect(extractor, sentence.Tokens, casing, buffer, labels, weight, copy, keyCounts));
                var draw = random.NextDouble();
                if (draw < options.CaseAugmentation)
                {
                    var upper = sentence.Tokens.Select(t => t.ToUpperInvariant()).ToArray();
                    sentences.Add(Collect(extractor, upper, casing, buffer, labels, weight, copy, keyCounts));
                }
                else if (draw < 2 * options.CaseAugmentation)
                {
                    var lower = sentence.Tokens.Select(t => t.ToLowerInvariant()).ToArray();
                    sentences.Add(Collect(extractor, lower, casing, buffer, labels, weight, copy, keyCounts));
                }
            }
        }

        var keys = keyCounts.Where(kv => kv.Value >= options.MinimumFeatureCount).Select(kv => kv.Key).Order().ToList();
        var rowOf = new Dictionary<ulong, int>(keys.Count);
        for (var r = 0; r < keys.Count; r++)
        {
            rowOf[keys[r]] = r;
        }

        var rows = new List<int>();
        var result = new List<TrainingSentence>();
        long tokenCount = 0;
        foreach (var (labels, sentenceKeys, counts, weight) in sentences)
        {
            var starts = new int[labels.Length + 1];
            var offset = 0;
            for (var i = 0; i < labels.Length; i++)
            {
                starts[i] = rows.Count;
                for (var k = 0; k < counts[i]; k++)
                {
                    if (rowOf.TryGetValue(sentenceKeys[offset + k], out var row))
                    {
                        rows.Add(row);
                    }
                }

                offset += counts[i];
            }

            starts[labels.Length] = rows.Count;
            result.Add(new TrainingSentence(labels, starts, weight));
            tokenCount += labels.Length;
        }

        return new Instances(keys, [.. rows], result, tokenCount);
    }

    /// <summary>The seed of the domain copies a sentence's features get under <see cref="TrainingOptions.Domains"/>, if any.</summary>
    private ulong? DomainCopy(bool isGold) => options.Domains switch
    {
        DomainFeatures.GoldTarget => isGold ? GoldCopy : SilverCopy,
        DomainFeatures.SilverApart => isGold ? null : SilverCopy,
        _ => null,
    };

    private static (int[] Labels, ulong[] Keys, int[] Counts, int Weight) Collect(
        FeatureExtractor extractor, string[] tokens, DocumentContext casing, FeatureBuffer buffer, int[] labels, int weight, ulong? copy, Dictionary<ulong, int> keyCounts)
    {
        extractor.Extract(tokens, casing, buffer);
        var counts = new int[tokens.Length];
        var keys = new List<ulong>();
        for (var i = 0; i < tokens.Length; i++)
        {
            counts[i] = buffer.Count[i] * (copy is null ? 1 : 2);
            foreach (var key in buffer.KeysOf(i)[..buffer.Count[i]])
            {
                Add(key);
                if (copy is { } seed)
                {
                    Add(FeatureHash.Combine(seed, key));
                }
            }
        }

        return (labels, [.. keys], counts, weight);

        void Add(ulong key)
        {
            keys.Add(key);
            keyCounts[key] = keyCounts.GetValueOrDefault(key) + 1;
        }
    }

    private static void Shuffle(List<int> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private sealed record TrainingSentence(int[] Labels, int[] FeatureStart, int Weight);

    private sealed record Instances(List<ulong> Keys, int[] Rows, List<TrainingSentence> Sentences, long Tokens);
}
