using System.Runtime.InteropServices;
using static GraphNews.Extraction.Ner.TokenCase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Per-document evidence about each word: whether it occurs capitalised or lower-case away from the
/// start of a sentence, at the start or end of a run of capitalised words ("Barack Obama" makes a later
/// lone "Obama" look like a surname), and which words precede its capitalised occurrences ("President
/// Obama", "in Irving"). Evidence from elsewhere in the document helps where the local context is poor.
/// </summary>
public sealed class DocumentContext
{
    public const byte SeenCapitalised = 1;
    public const byte SeenLower = 2;
    public const byte SeenRunFirst = 4;
    public const byte SeenRunLast = 8;
    public const int MaxNeighbours = 4;

    /// <summary>Below this many tokens of ordinary text a document says too little about how its words are cased.</summary>
    public const int MinimumEvidenceTokens = 40;

    private readonly Dictionary<ulong, byte> seen = [];
    private readonly Dictionary<ulong, List<ulong>> previousWords = [];
    private readonly Dictionary<ulong, List<ulong>> nextWords = [];
    private int evidenceTokens;

    public static DocumentContext Build(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var context = new DocumentContext();
        foreach (var sentence in sentences)
        {
            if (SentenceCasing.IsShouting(sentence) || SentenceCasing.IsWhispering(sentence))
            {
                continue;
            }

            context.evidenceTokens += sentence.Count;
            for (var i = 0; i < sentence.Count; i++)
            {
                var word = sentence[i] ?? string.Empty;
                var kind = CasingLexicon.Classify(word);
                var capitalised = kind is CaseClass.Title or CaseClass.Upper or CaseClass.Mixed;
                if (!capitalised && kind != CaseClass.Lower)
                {
                    continue;
                }

                var key = FeatureHash.Lower(word);
                byte flags = 0;
                if (i > 0)
                {
                    flags |= capitalised ? SeenCapitalised : SeenLower;
                }

                if (capitalised)
                {
                    var previousCapitalised = i > 0 && IsCapitalised(sentence[i - 1]);
                    var nextCapitalised = i + 1 < sentence.Count && IsCapitalised(sentence[i + 1]);
                    flags |= !previousCapitalised && nextCapitalised ? SeenRunFirst : (byte)0;
                    flags |= previousCapitalised && !nextCapitalised ? SeenRunLast : (byte)0;
                    Add(context.previousWords, key, i > 0 ? FeatureHash.Lower(sentence[i - 1] ?? string.Empty) : 0);
                    Add(context.nextWords, key, i + 1 < sentence.Count ? FeatureHash.Lower(sentence[i + 1] ?? string.Empty) : 0);
                }

                context.seen[key] = (byte)(context.seen.GetValueOrDefault(key) | flags);
            }
        }

        return context;
    }

    /// <summary>Whether the document is long enough for the absence of a word elsewhere to mean something.</summary>
    public bool HasCasingEvidence => evidenceTokens >= MinimumEvidenceTokens;

    public byte Flags(ulong lowerHash) => seen.GetValueOrDefault(lowerHash);

    /// <summary>Distinct words (lower-case hashes; 0 = sentence start) seen before the word's capitalised occurrences.</summary>
    public ReadOnlySpan<ulong> PreviousWords(ulong lowerHash) => previousWords.TryGetValue(lowerHash, out var words) ? CollectionsMarshal.AsSpan(words) : [];

    /// <summary>Distinct words (lower-case hashes; 0 = sentence end) seen after the word's capitalised occurrences.</summary>
    public ReadOnlySpan<ulong> NextWords(ulong lowerHash) => nextWords.TryGetValue(lowerHash, out var words) ? CollectionsMarshal.AsSpan(words) : [];

    private static void Add(Dictionary<ulong, List<ulong>> neighbours, ulong key, ulong neighbour)
    {
        if (!neighbours.TryGetValue(key, out var words))
        {
            words = new List<ulong>(2);
            neighbours[key] = words;
        }

        if (words.Count < MaxNeighbours && !words.Contains(neighbour))
        {
            words.Add(neighbour);
        }
    }

}

/// <summary>Detects all-caps ("shouting") and all-lower-case ("whispering") sentences.</summary>
public static class SentenceCasing
{
    public static bool IsShouting(IReadOnlyList<string> sentence)
    {
        int lettered = 0, upper = 0;
        foreach (var word in sentence)
        {
            var kind = CasingLexicon.Classify(word ?? string.Empty);
            if (kind == CaseClass.NoLetters)
            {
                continue;
            }

            lettered++;
            if (kind == CaseClass.Upper || (kind == CaseClass.Title && word!.Length == 1))
            {
                upper++;
            }
        }

        return lettered >= 3 && upper * 10 >= lettered * 9;
    }

    public static bool IsWhispering(IReadOnlyList<string> sentence)
    {
        int lettered = 0, lower = 0;
        foreach (var word in sentence)
        {
            var kind = CasingLexicon.Classify(word ?? string.Empty);
            if (kind == CaseClass.NoLetters)
            {
                continue;
            }

            lettered++;
            if (kind == CaseClass.Lower)
            {
                lower++;
            }
        }

        return lettered >= 4 && lower == lettered;
    }
}
