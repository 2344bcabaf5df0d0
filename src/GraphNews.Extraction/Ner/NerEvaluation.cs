using System.Globalization;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Ner;

/// <summary>Exact-span counts for one entity type.</summary>
public sealed class SpanCounts
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Gold => TruePositives + FalseNegatives;

    public void Add(SpanCounts other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

/// <summary>Exact-span precision, recall and F1 per type, and micro-averaged over PER, LOC and ORG.</summary>
public sealed class NerScore
{
    public static readonly IReadOnlyList<string> MicroTypes = ["PER", "LOC", "ORG"];

    public Dictionary<string, SpanCounts> ByType { get; } = EntityLabels.Types.ToDictionary(t => t, _ => new SpanCounts());

    public long Tokens { get; set; }

    public SpanCounts Micro
    {
        get
        {
            var total = new SpanCounts();
            foreach (var type in MicroTypes)
            {
                total.Add(ByType[type]);
            }

            return total;
        }
    }

    public void AddSentence(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var goldSpans = SpanReader.Read(gold).ToHashSet();
        var predictedSpans = SpanReader.Read(predicted).ToHashSet();
        foreach (var span in predictedSpans)
        {
            var counts = ByType[EntityLabels.Types[span.Type]];
            if (goldSpans.Contains(span))
            {
                counts.TruePositives++;
            }
            else
            {
                counts.FalsePositives++;
            }
        }

        foreach (var span in goldSpans.Where(s => !predictedSpans.Contains(s)))
        {
            ByType[EntityLabels.Types[span.Type]].FalseNegatives++;
        }

        Tokens += gold.Count;
    }

    /// <summary>Tags every document with <paramref name="tagger"/> and scores against the gold tags.</summary>
    public static NerScore Evaluate(INamedEntityTagger tagger, IEnumerable<ConllDocument> documents)
    {
        var score = new NerScore();
        foreach (var document in documents)
        {
            var predicted = tagger.Tag(document.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList());
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                score.AddSentence(document.Sentences[s].Tags, predicted[s]);
            }
        }

        return score;
    }

    /// <summary>A Markdown table: one row per type, then the PER/LOC/ORG micro average.</summary>
    public void WriteTable(TextWriter output, string title)
    {
        output.WriteLine($"{title} ({Tokens:N0} tokens)");
        output.WriteLine();
        output.WriteLine("| type | gold | precision | recall | F1 |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var type in EntityLabels.Types)
        {
            WriteRow(output, type, ByType[type]);
        }

        WriteRow(output, "micro PER/LOC/ORG", Micro);
        output.WriteLine();
    }

    private static void WriteRow(TextWriter output, string name, SpanCounts counts) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {counts.Gold} | {counts.Precision:F3} | {counts.Recall:F3} | {counts.F1:F3} |"));
}
