namespace GraphNews.Extraction.Ner;

/// <summary>
/// Restores the case of all-capitals sentences (wire headlines such as "GERMAN MINISTER SAYS BONN WILL NOT
/// BACK EU PLAN") before they are tagged, so that the model reads names as names. Each word takes, in order:
/// the form the rest of the document writes it in ("Bonn"); the casing lexicon's usual form; lower case when
/// it is a word the model's vocabulary knows and usually writes in lower case; otherwise capitalised, because a
/// word no vocabulary knows is most often a name ("HOLDERNESS", "OSIJEK"). The result has one token per
/// input token, so tags map back one to one.
/// </summary>
/// <param name="isHeadWord">Whether a word (lower-case hash) ends organisation or place names ("Council", "School", "City"):
/// one right after a name word is part of that name ("BRAMPTON CITY COUNCIL").</param>
/// <param name="isDemonym">Whether a word (lower-case hash) is a nationality or another MISC name of the training data: "IRAQI
/// ARMY", "ENGLISH LEAGUE" are not read as names by it.</param>
/// <param name="isCommonWord">Whether a word (lower-case hash) is a common English word: a wire slug of such words ("TENNIS -",
/// "RUGBY LEAGUE -") names no team or organisation; a slug that is a name ("RUSSIA -") keeps its capital.</param>
/// <param name="isCountry">Whether a phrase (its <see cref="PhraseLexicon"/> hash of lower-case words) is a country's name: a
/// head word after one is the country's institution in lower case, as the text would write it ("PAKISTAN POLICE ARREST FOUR"
/// is Pakistan's police; not an event's head word, <paramref name="isEventWord"/>: "U.S. OPEN"), and a slug that names one
/// keeps its capitals ("SOUTH AFRICA - …", though "south" is a common word).</param>
/// <param name="isEventWord">Whether a word (lower-case hash) ends event names ("Open", "Cup").</param>
public sealed class HeadlineCasing(CasingLexicon casing, Func<ulong, bool> isKnownWord, IReadOnlyList<IPhraseTypes> namePhrases, Func<ulong, bool>? isHeadWord = null, Func<ulong, bool>? isDemonym = null, Func<ulong, bool>? isCommonWord = null, Func<ulong, bool>? isCountry = null, Func<ulong, bool>? isEventWord = null)
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
            word => extractor.Clusters.Entries.ContainsKey(word) || EnglishWords.Contains(word),
            [extractor.Names, extractor.Knowledge],
            word => (extractor.Knowledge.CueOf(word) & (CueWord.Organization | CueWord.Location | CueWord.Event)) != 0,
            word => (extractor.Knowledge.Find(PhraseLexicon.Extend(PhraseLexicon.Start, word), out var category) == PhraseLookup.Match && category == (int)KnowledgeCategory.Demonym)
                || (extractor.Names.Find(PhraseLexicon.Extend(PhraseLexicon.Start, word), out var type) == PhraseLookup.Match && type == EntityLabels.TypeIndex("MISC")),
            EnglishWords.Contains,
            phrase => extractor.Knowledge.Find(phrase, out var category) == PhraseLookup.Match && category == (int)KnowledgeCategory.Country,
            word => (extractor.Knowledge.CueOf(word) & CueWord.Event) != 0);
    }

    /// <summary>The sentences with every all-capitals sentence recased; the same list when there is none.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Restore(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        // A short wire headline with a possessive ("TENNIS - FRIDAY 'S RESULTS") is shouting too, though "'S" is one capital letter.
        var shouting = sentences.Select(s => SentenceCasing.IsShouting(s) || DocumentConsistency.IsAllCapitals(s)).ToArray();
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
        var capitalisedAsStart = -1;
        for (var i = 0; i < sentence.Count; i++)
        {
            var word = sentence[i] ?? string.Empty;
            recased[i] = inName[i] ? NameWord(word) : forms.TryGetValue(word, out var form) ? form : string.Join('-', word.Split('-').Select(Part));
            if (i == start && recased[i].Length > 0 && char.IsLower(recased[i][0]))
            {
                recased[i] = string.Concat(recased[i][..1].ToUpperInvariant(), recased[i][1..]);
                capitalisedAsStart = i;
            }
        }

        var slugIsCountry = start > 1 && isCountry?.Invoke(PhraseLexicon.Hash(sentence, 0, start - 1)) == true;
        for (var i = 0; i < start - 1 && !slugIsCountry; i++)
        {
            if (isCommonWord?.Invoke(FeatureHash.Lower(recased[i])) == true)
            {
                recased[i] = recased[i].ToLowerInvariant();
            }
        }

        KeepHeadWordsOfNames(recased, capitalisedAsStart);
        return recased;
    }

    /// <summary>
    /// A head word restored in lower case right after a name word ("Brampton" + "city" + "council") is part of the name.
    /// The headline's first word, capitalised only as its start, is no name word, nor is a nationality ("IRAQI ARMY") or a
    /// country ("PAKISTAN POLICE": the text writes "Pakistan police"). A head
    /// word before "of" may start a description ("ILLINOIS CITY OF GIBSON CITY", "THE CAPITAL CITY OF GREECE"), so it stays as restored.
    /// </summary>
    /// <param name="capitalisedAsStart">The word capitalised only because it starts the headline, or -1.</param>
    private void KeepHeadWordsOfNames(string[] recased, int capitalisedAsStart)
    {
        if (isHeadWord is null)
        {
            return;
        }

        bool IsNameWord(int i) => i != capitalisedAsStart && recased[i].Length > 0 && char.IsUpper(recased[i][0])
            && (recased[i].Any(char.IsLower) || recased[i].Contains('.')) && isDemonym?.Invoke(FeatureHash.Lower(recased[i])) != true;
        bool IsLowerHead(int i) => recased[i].Length > 0 && char.IsLower(recased[i][0]) && isHeadWord(FeatureHash.Lower(recased[i]));
        for (var i = 1; i < recased.Length; i++)
        {
            if (IsLowerHead(i) && IsNameWord(i - 1) && !(i + 1 < recased.Length && recased[i + 1] == "of") && !IsCountrysInstitution(recased, i))
            {
                recased[i] = string.Concat(recased[i][..1].ToUpperInvariant(), recased[i][1..]);
            }
        }
    }

    private bool IsCountrysInstitution(string[] recased, int head) =>
        isCountry?.Invoke(PhraseLexicon.Hash(recased, head - 1, head)) == true && isEventWord?.Invoke(FeatureHash.Lower(recased[head])) != true;

    /// <summary>
    /// Where the headline proper starts: after a wire service's slug ("SOCCER - LEEDS BEAT CHELSEA", "UPDATE 2 - …"), so that
    /// the slug's word is not capitalised as a sentence start and read as part of the first name.
    /// </summary>
    internal static int HeadlineStart(IReadOnlyList<string> sentence)
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
        if (word is "'S" or "\u2019S")
        {
            return word.ToLowerInvariant();
        }

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
