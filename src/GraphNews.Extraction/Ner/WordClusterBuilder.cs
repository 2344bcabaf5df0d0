using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Learns hierarchical word clusters from unlabelled text: each frequent word is described by its
/// left and right neighbours (PPMI-weighted counts over the most frequent context words), and the
/// vocabulary is split into bit paths by <see cref="SphericalBisection"/>. Deterministic for a given seed.
/// </summary>
public sealed partial class WordClusterBuilder(int vocabularySize = 30_000, int contextWords = 500, int minimumCount = 3, int depth = 13, int seed = 1)
{
    public WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var corpus = sentences.Select(s => s.Select(t => t.ToLowerInvariant()).ToArray()).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in corpus)
        {
            foreach (var word in sentence)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var ranked = frequency.Where(kv => kv.Value >= minimumCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key).ToList();
        var vocabulary = ranked.Take(vocabularySize).ToList();
        var contexts = ranked.Take(contextWords).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var wordIndex = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var dimensions = 2 * contextWords;
        var vectors = new float[vocabulary.Count * dimensions];
        foreach (var sentence in corpus)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!wordIndex.TryGetValue(sentence[i], out var row))
                {
                    continue;
                }

                if (i > 0 && contexts.TryGetValue(sentence[i - 1], out var left))
                {
                    vectors[(row * dimensions) + left]++;
                }

                if (i + 1 < sentence.Length && contexts.TryGetValue(sentence[i + 1], out var right))
                {
                    vectors[(row * dimensions) + contextWords + right]++;
                }
            }
        }

        WeightPpmi(vectors, vocabulary.Count, dimensions);
        var paths = new SphericalBisection(depth, seed).Paths(vectors, dimensions);
        var result = new Dictionary<ulong, uint>();
        for (var i = 0; i < vocabulary.Count; i++)
        {
            result[FeatureHash.Lower(vocabulary[i])] = paths[i];
        }

        return new WordClusters(result);
    }

    /// <summary>Sentences of running text from .jsonl (a "text" field per line) or plain text files.</summary>
    public static IEnumerable<IReadOnlyList<string>> ReadText(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var text = line;
            if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                using var json = JsonDocument.Parse(line);
                text = json.RootElement.TryGetProperty("text", out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() ?? string.Empty : string.Empty;
            }

            foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return Words().Matches(paragraph).Select(m => m.Value).ToArray();
            }
        }
    }

    private static void WeightPpmi(float[] vectors, int rows, int dimensions)
    {
        var columnTotals = new double[dimensions];
        var rowTotals = new double[rows];
        double total = 0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < dimensions; c++)
            {
                var v = vectors[(r * dimensions) + c];
                columnTotals[c] += v;
                rowTotals[r] += v;
                total += v;
            }
        }

        for (var r = 0; r < rows; r++)
        {
            double norm = 0;
            for (var c = 0; c < dimensions; c++)
            {
                var index = (r * dimensions) + c;
                var v = vectors[index];
                var pmi = v > 0 ? Math.Log(v * total / (rowTotals[r] * columnTotals[c])) : 0;
                vectors[index] = pmi > 0 ? (float)pmi : 0f;
                norm += vectors[index] * vectors[index];
            }

            var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
            for (var c = 0; c < dimensions; c++)
            {
                vectors[(r * dimensions) + c] *= scale;
            }
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
