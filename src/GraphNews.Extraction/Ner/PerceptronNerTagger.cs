using System.Collections.Concurrent;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// The statistical recogniser the pipeline uses: a structured averaged perceptron over BILOU labels
/// with Viterbi decoding, followed by a document-consistency pass. Thread-safe: the model is
/// immutable and every call has scratch space of its own, taken from a pool and given back.
/// </summary>
public sealed class PerceptronNerTagger(NerModel model, bool documentConsistency = true) : INamedEntityTagger
{
    public const string DefaultModelResource = "GraphNews.Extraction.Ner.Model.ner.bin";

    /// <summary>Longer "sentences" (run-on input without breaks) are decoded in pieces of this many tokens.</summary>
    public const int MaxDecodeLength = 256;

    private static readonly Lazy<PerceptronNerTagger> Default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HeadlineCasing headlineCasing = HeadlineCasing.For(model);

    // Feature buffers sized for a document cost more to allocate and clear than a short article costs to tag.
    private readonly ConcurrentBag<TaggerScratch> scratches = [];

    public NerModel Model => model;

    /// <summary>The tagger with the model embedded in this assembly, loaded once on first use.</summary>
    public static PerceptronNerTagger LoadDefault() => Default.Value;

    public static PerceptronNerTagger LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return new PerceptronNerTagger(NerModelFormat.Load(stream));
    }

    public IReadOnlyList<string[]> Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var clean = sentences.Select(Clean).ToList();
        var labels = TagLabels(clean);
        return labels.Select(l => EntityLabels.ToBio(l)).ToList();
    }

    /// <summary>
    /// BILOU labels per token; all-capitals sentences are read in their restored case (see <see cref="HeadlineCasing"/>),
    /// and the consistency pass is included when enabled.
    /// </summary>
    public List<int[]> TagLabels(IReadOnlyList<IReadOnlyList<string>> input)
    {
        var document = DocumentContext.Build(input);
        var sentences = headlineCasing.Restore(input);
        var scratch = scratches.TryTake(out var reused) ? reused : new TaggerScratch();
        var labels = new List<int[]>(sentences.Count);
        try
        {
            foreach (var sentence in sentences)
            {
                labels.Add(model.Tag(sentence, document, scratch));
            }
        }
        finally
        {
            scratches.Add(scratch);
        }

        if (documentConsistency)
        {
            DocumentConsistency.Apply(sentences, labels);
        }

        return labels;
    }

    private static IReadOnlyList<string> Clean(IReadOnlyList<string> sentence)
    {
        foreach (var token in sentence)
        {
            if (token is null)
            {
                return sentence.Select(t => t ?? string.Empty).ToArray();
            }
        }

        return sentence;
    }

    private static PerceptronNerTagger LoadEmbedded()
    {
        using var stream = typeof(PerceptronNerTagger).Assembly.GetManifestResourceStream(DefaultModelResource)
            ?? throw new InvalidOperationException($"The NER model resource '{DefaultModelResource}' is missing from the assembly; retrain it with 'graphnews train-ner'.");
        return new PerceptronNerTagger(NerModelFormat.Load(stream));
    }
}
