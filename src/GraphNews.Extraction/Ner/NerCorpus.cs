namespace GraphNews.Extraction.Ner;

/// <summary>
/// The training/dev data layout of <c>shared/data/ner</c>: one folder per corpus, each with
/// <c>train.conll</c> and <c>dev.conll</c>. GMB is silver (machine-tagged, partly corrected); GUM and
/// wikigold are gold and weigh more in training.
/// </summary>
public static class NerCorpus
{
    public static readonly IReadOnlyList<string> Names = ["gmb", "gum", "wikigold"];

    public static readonly IReadOnlySet<string> Gold = new HashSet<string>(["gum", "wikigold"], StringComparer.Ordinal);

    public static List<TrainingSource> TrainingSources(string directory, int goldWeight)
    {
        var sources = new List<TrainingSource>();
        foreach (var name in Names)
        {
            var path = Path.Combine(directory, name, "train.conll");
            if (File.Exists(path))
            {
                sources.Add(new TrainingSource(name, ConllReader.ReadFile(path), Gold.Contains(name) ? goldWeight : 1, Gold.Contains(name)));
            }
        }

        return sources;
    }

    /// <summary>
    /// Every <c>dev.conll</c> one folder below <paramref name="directory"/>: the three corpora first, in their order, then any
    /// other set by its folder's name (the wire-style probes of <c>tests/GraphNews.Benchmarks/Data/wire-probes</c>).
    /// </summary>
    public static List<(string Name, List<ConllDocument> Documents)> DevSets(string directory)
    {
        IEnumerable<string> others = Directory.Exists(directory)
            ? Directory.GetDirectories(directory).Select(Path.GetFileName).OfType<string>().Where(name => !Names.Contains(name)).Order(StringComparer.Ordinal)
            : [];
        var sets = new List<(string, List<ConllDocument>)>();
        foreach (var name in Names.Concat(others))
        {
            var path = Path.Combine(directory, name, "dev.conll");
            if (File.Exists(path))
            {
                sets.Add((name, ConllReader.ReadFile(path)));
            }
        }

        return sets;
    }
}
