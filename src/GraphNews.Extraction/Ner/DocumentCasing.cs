namespace GraphNews.Extraction.Ner;

/// <summary>
/// Per-document evidence about each word's case: whether it occurs capitalised or lower-case away from
/// the start of a sentence. A capitalised sentence-initial word that appears capitalised mid-sentence
/// elsewhere is probably a name; one that appears lower-case elsewhere probably is not.
/// </summary>
public sealed class DocumentCasing
{
    public const byte SeenCapitalised = 1;
    public const byte SeenLower = 2;

    private readonly Dictionary<ulong, byte> seen = [];

    public static DocumentCasing Build(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var casing = new DocumentCasing();
        foreach (var sentence in sentences)
        {
            if (SentenceCasing.IsShouting(sentence) || SentenceCasing.IsWhispering(sentence))
            {
                continue;
            }

            for (var i = 1; i < sentence.Count; i++)
            {
                var word = sentence[i] ?? string.Empty;
                var kind = CasingLexicon.Classify(word);
                var flag = kind switch
                {
                    CaseClass.Lower => SeenLower,
                    CaseClass.Title or CaseClass.Upper or CaseClass.Mixed => SeenCapitalised,
                    _ => (byte)0,
                };
                if (flag != 0)
                {
                    var key = FeatureHash.Lower(word);
                    casing.seen[key] = (byte)(casing.seen.GetValueOrDefault(key) | flag);
                }
            }
        }

        return casing;
    }

    public byte Flags(ulong lowerHash) => seen.GetValueOrDefault(lowerHash);
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
