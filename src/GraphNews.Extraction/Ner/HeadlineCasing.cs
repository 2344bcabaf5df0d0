namespace GraphNews.Extraction.Ner;

/// <summary>
/// Restores the case of all-capitals sentences (wire headlines such as "GERMAN MINISTER SAYS BONN WILL NOT
/// BACK EU PLAN") before they are tagged, so that the model reads names as names. Each word takes, in order:
/// the form the rest of the document writes it in ("Bonn"); the casing lexicon's usual form; lower case when
/// it is a word the model's vocabulary knows and usually writes in lower case; otherwise capitalised, because a
/// word no vocabulary knows is most often a name ("HOLDERNESS", "OSIJEK"). The result has one token per
/// input token, so tags map back one to one.
/// </summary>
public sealed class HeadlineCasing(CasingLexicon casing, Func<ulong, bool> isKnownWord, IReadOnlyList<IPhraseTypes> namePhrases)
{
    private const int MaxSlugWords = 3;

    private static readonly HashSet<string> Connectors = new(["of", "the", "and", "for", "de", "la", "le", "du", "del", "von", "van", "al", "on", "in"], StringComparer.Ordinal);

    /// <summary>
    /// The casing the model was trained with: its casing lexicon, the words of its corpus clusters as the known vocabulary
    /// (not the sentence encoder's, whose uncased vocabulary holds many names), and the
    /// names it knows (training names and the knowledge base) for names of common words ("NEW YORK STOCK EXCHANGE").
    /// </summary>
    public static HeadlineCasing For(NerModel model)
    {
        var extractor = model.Extractor;
        return new HeadlineCasing(
            extractor.Casing,
            word => extractor.Clusters.Entries.ContainsKey(word),
            [extractor.Names, extractor.Knowledge]);
    }

    /// <summary>The sentences with every all-capitals sentence recased; the same list when there is none.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Restore(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var shouting = sentences.Select(SentenceCasing.IsShouting).ToArray();
        if (!shouting.Contains(true))
        {
            return sentences;
        }

        var forms = DocumentForms(sentences.Where((_, i) => !shouting[i]));
        return [.. sentences.Select((sentence, i) => shouting[i] ? Recase(sentence, forms) : sentence)];
    }

    /// <summary>How the document writes each word away from the start of a sentence, most frequent form first.</summary>
    private static Dictionary<string, string> DocumentForms(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 1; i < sentence.Count; i++)
            {
                var word = sentence[i] ?? string.Empty;
                if (!word.Any(char.IsLetter))
                {
                    continue;
                }

                var key = word.ToUpperInvariant();
                if (!counts.TryGetValue(key, out var byForm))
                {
                    byForm = new Dictionary<string, int>(StringComparer.Ordinal);
                    counts[key] = byForm;
                }

                byForm[word] = byForm.GetValueOrDefault(word) + 1;
            }
        }

        return counts.ToDictionary(c => c.Key, c => c.Value.MaxBy(f => f.Value).Key, StringComparer.Ordinal);
    }

    private string[] Recase(IReadOnlyList<string> sentence, Dictionary<string, string> forms)
    {
        var recased = new string[sentence.Count];
        var inName = KnownNameWords(sentence);
        var start = HeadlineStart(sentence);
        for (var i = 0; i < sentence.Count; i++)
        {
            var word = sentence[i] ?? string.Empty;
            recased[i] = inName[i] ? NameWord(word) : forms.TryGetValue(word, out var form) ? form : string.Join('-', word.Split('-').Select(Part));
            if (i == start && recased[i].Length > 0 && char.IsLower(recased[i][0]))
            {
                recased[i] = string.Concat(recased[i][..1].ToUpperInvariant(), recased[i][1..]);
            }
        }

        return recased;
    }

    /// <summary>
    /// Where the headline proper starts: after a wire service's slug ("SOCCER - LEEDS BEAT CHELSEA", "UPDATE 2 - …"), so that
    /// the slug's word is not capitalised as a sentence start and read as part of the first name.
    /// </summary>
    private static int HeadlineStart(IReadOnlyList<string> sentence)
    {
        for (var i = 1; i < Math.Min(sentence.Count - 1, MaxSlugWords + 1); i++)
        {
            if (sentence[i] is "-" or "--" or "\u2013" or "\u2014")
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Tokens inside a name of two or more words that the model knows, matched case-insensitively.</summary>
    private bool[] KnownNameWords(IReadOnlyList<string> sentence)
    {
        var lower = sentence.Select(w => FeatureHash.Lower(w ?? string.Empty)).ToArray();
        var inName = new bool[sentence.Count];
        for (var start = 0; start < sentence.Count; start++)
        {
            var longest = 0;
            foreach (var lexicon in namePhrases)
            {
                longest = Math.Max(longest, lexicon.LongestMatch(lower, start, out _));
            }

            for (var k = start; longest >= 2 && k < start + longest; k++)
            {
                inName[k] = true;
            }
        }

        return inName;
    }

    /// <summary>A word of a known name: capitalised, unless it is a connector ("of", "de") or the lexicon writes it otherwise ("U.N.", "NATO").</summary>
    private string NameWord(string word)
    {
        var usual = casing.UsualCase(FeatureHash.Lower(word));
        if (usual != CaseClass.Lower || word.Contains('.'))
        {
            return usual == CaseClass.Lower ? word : CasingLexicon.Apply(word, usual);
        }

        return Connectors.Contains(word.ToLowerInvariant()) ? word.ToLowerInvariant() : CasingLexicon.Apply(word, CaseClass.Title);
    }

    /// <summary>One word, or one part of a hyphenated word, in its usual case. Abbreviations with points ("U.S.") keep theirs.</summary>
    private string Part(string word)
    {
        if (word.Count(char.IsLetter) < 2 || word.Contains('.') || word.Any(char.IsLower))
        {
            return word;
        }

        var lower = FeatureHash.Lower(word);
        var usual = casing.UsualCase(lower);
        if (usual != CaseClass.Lower)
        {
            return CasingLexicon.Apply(word, usual);
        }

        return CasingLexicon.Apply(word, isKnownWord(lower) ? CaseClass.Lower : CaseClass.Title);
    }
}
