using GraphNews.Extraction.KnowledgeBase;
using static GraphNews.Extraction.Ner.TokenCase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A name the text defines takes the type its definition gives, wherever the document names it: an apposition
/// ("Staedtler, a stationery company with global presence"), a sentence that opens with the name and "is" or "was"
/// ("Eberhard Faber is a brand of pencils", "Bilje is a village and municipality"), or a class noun right before it
/// ("the nature park Kopački Rit", "the village of Bilje"). The class noun of an apposition or a definition is the
/// head of the noun phrase after its article: the last lower-case word before a function word or punctuation
/// ("a company director" defines a person's job, not a company). Class nouns and their types are the <c>class-noun</c>
/// list of Data/names.tsv. An apposition that gives an office ("Rosario Murillo, co-President of Nicaragua", "Jagdeep
/// Dhankhar, the Vice President of India") defines a person, and so does what happens only to a person ("the death of Mahsa
/// Amini": the <c>person-event</c> list) or an age right before the name ("the 27-year-old Hadi Matar"). A name defined as
/// two different things keeps the model's types.
/// </summary>
/// <param name="startsReport">Whether a reporting verb starts at a token ("said", "told reporters"): ", the agency said" opens a
/// clause whose subject the phrase is, no apposition ("Kabul, the agency said").</param>
public sealed class DefiningPhrases(WordLists words, PersonTitles? titles = null, Func<IReadOnlyList<string>, int, bool>? startsReport = null)
{
    private const int MaxNounPhrase = 6;
    private const int MaxOpeningName = 4;
    private const int MaxTitleWords = 3;
    private static readonly int[] NameTypes = [EntityLabels.TypeIndex("PER"), EntityLabels.TypeIndex("LOC"), EntityLabels.TypeIndex("ORG")];

    /// <returns>The names the document defines, with their types ("Mérida": "LOC"), for rules that run later.</returns>
    public IReadOnlyDictionary<string, string> Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags)
    {
        var defined = new Dictionary<string, string>(StringComparer.Ordinal);
        var contested = new HashSet<string>(StringComparer.Ordinal);
        void Define(string name, string type)
        {
            if (defined.TryGetValue(name, out var earlier) && earlier != type)
            {
                contested.Add(name);
            }

            defined[name] = type;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            foreach (var span in SpanReader.Read(tags[s]).Where(span => NameTypes.Contains(span.Type)))
            {
                var given = InIntroductoryPhrase(tokens, span.Start) ? null : DefinedType(tokens, tags[s], span.Start, span.End, opening: span.Start == 0);
                if ((given ?? ClassNounBefore(tokens, span.Start, span.End) ?? PersonEventBefore(tokens, span.Start, span.End) ?? AgeBefore(tokens, span.Start, span.End)) is { } type)
                {
                    Define(SpanReader.Text(tokens, span.Start, span.End), type);
                }
            }

            if (UntaggedOpeningName(tokens, tags[s]) is { } end && DefinedType(tokens, tags[s], 0, end, opening: true) is { } openingType)
            {
                SpanReader.Write(tags[s], 0, end, openingType);
                Define(SpanReader.Text(tokens, 0, end), openingType);
            }
        }

        defined = defined.Where(d => !contested.Contains(d.Key)).ToDictionary(StringComparer.Ordinal);
        if (defined.Count > 0)
        {
            SpanReader.RetypeEverywhere(sentences, tags, defined, span => NameTypes.Contains(span.Type));
        }

        return defined;
    }

    /// <summary>The type the words after name [start, end) define it as: ", a/an/the … NOUN" or, opening the sentence, "is/was a/an/the … NOUN".</summary>
    private string? DefinedType(IReadOnlyList<string> tokens, string[] tags, int start, int end, bool opening)
    {
        if (end + 1 >= tokens.Count || !(tokens[end] == "," || (opening && tokens[end] is "is" or "was")))
        {
            return null;
        }

        if (tokens[end] == "," && (start == 0 || !words.Contains("place-preposition", tokens[start - 1])) && OfficeAfter(tokens, tags, end + 1))
        {
            return "PER";
        }

        if (tokens[end + 1].ToLowerInvariant() is not ("a" or "an" or "the"))
        {
            return null;
        }

        string? head = null;
        for (var i = end + 2; i < Math.Min(tokens.Count, end + 2 + MaxNounPhrase); i++)
        {
            var word = tokens[i];
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                // "Smith, the team's captain": the phrase goes on after a possessive, and its head is not "team".
                return word is "'s" or "'" ? null : Type(head);
            }

            if (char.IsUpper(word[0]))
            {
                continue;
            }

            if (head is not null && startsReport?.Invoke(tokens, i) == true)
            {
                return null;
            }

            if (head is not null && (words.Contains("function", word) || (Type(head) is not null && !word.Contains('-') && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)))))
            {
                // "a company founded in 1948", "a village and municipality", "a brand of pencils"; not "a film actor-turned politician".
                return Type(head);
            }

            if (!words.Contains("function", word))
            {
                head = word;
            }
        }

        return null;
    }

    /// <summary>
    /// An office from <paramref name="start"/>: an optional article, one to three title words, then "of", "for" or "to"
    /// ("co-President of Nicaragua", "the Vice President of India", "spokesman for the ministry"), and no person named
    /// before the phrase ends: "AFP, Secretary of State Condoleezza Rice says" gives Rice's office, not AFP's.
    /// </summary>
    private bool OfficeAfter(IReadOnlyList<string> tokens, string[] tags, int start)
    {
        if (titles is null)
        {
            return false;
        }

        var i = start < tokens.Count && tokens[start].ToLowerInvariant() is "a" or "an" or "the" ? start + 1 : start;
        var first = i;
        while (i < tokens.Count && i - first < MaxTitleWords && titles.IsTitle(tokens[i]))
        {
            i++;
        }

        if (i == first || i >= tokens.Count || tokens[i] is not ("of" or "for" or "to"))
        {
            return false;
        }

        for (; i < tokens.Count && tokens[i] is not ("," or "." or ";" or ")"); i++)
        {
            if (EntityLabels.IsPersonTag(tags[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The type a lower-case class noun right before the name gives it ("nature park Kopački Rit", "television network
    /// Al-Arabiya"), or a place noun and "of" ("the town of Tyler"; "the party of Lenin" is not named Lenin), unless the
    /// name ends in an organisation word ("city Council" names the council).
    /// </summary>
    private string? ClassNounBefore(IReadOnlyList<string> tokens, int start, int end)
    {
        var afterOf = start > 1 && tokens[start - 1] == "of";
        var noun = afterOf ? start - 2 : start - 1;
        if (noun < 0 || !IsLowerCase(tokens[noun]) || words.Contains("org-word", tokens[end - 1]))
        {
            return null;
        }

        var type = Type(tokens[noun]);
        if (afterOf)
        {
            return type == "LOC" ? type : null;
        }

        // The noun must modify the name ("the band Chicago as …"), not end a phrase of its own ("the Sindh province Jehangir
        // Mirza says", "a distribution company Ramirez built"): nothing capitalised before it but a sentence's opening
        // article ("The tanker Al Rekayyat") or an acronym ("the Qatari LNG tanker Al Rekayyat"), and a function word, an
        // auxiliary ("the chatbot Grok would …") or punctuation after the name.
        var modifies = (noun == 0 || !IsCapitalised(tokens[noun - 1]) || IsAcronym(tokens[noun - 1]) || (noun == 1 && words.Contains("function", tokens[0].ToLowerInvariant())))
            && EndsNounPhrase(tokens, end);
        return modifies ? type : null;
    }

    /// <summary>
    /// "PER" for a name after what happens only to a person and "of" ("the death of Mahsa Amini", "the arrest of Hadi Matar
    /// on Friday"), when the name is the whole object: not a modifier ("the killing of Hamas leaders"), not a possessive
    /// ("the death of Iran's president"), and no organisation or place by its head word.
    /// </summary>
    private string? PersonEventBefore(IReadOnlyList<string> tokens, int start, int end)
    {
        if (start < 2 || tokens[start - 1] != "of" || !words.Contains("person-event", tokens[start - 2]) || !IsCapitalised(tokens[start])
            || words.Contains("org-word", tokens[end - 1]) || words.Contains("location-word", tokens[end - 1]))
        {
            return null;
        }

        return IsWholeObject(tokens, end) ? "PER" : null;
    }

    /// <summary>
    /// The name ends its noun phrase: punctuation (a possessive included), a function word or an auxiliary follows, not a
    /// noun it modifies ("Hamas leaders") or another name ("Federal Reserve Chairman Alan Greenspan").
    /// </summary>
    private bool EndsNounPhrase(IReadOnlyList<string> tokens, int end) =>
        end == tokens.Count || (!IsCapitalised(tokens[end]) && !IsLowerCase(tokens[end]))
        || words.Contains("function", tokens[end]) || words.Contains("aux", tokens[end]);

    /// <summary>The name is the whole object of what comes before it: it ends its noun phrase and owns nothing ("the death of Iran's president").</summary>
    private bool IsWholeObject(IReadOnlyList<string> tokens, int end) =>
        EndsNounPhrase(tokens, end) && !(end < tokens.Count && tokens[end] is "'s" or "'" or "’s");

    /// <summary>"PER" for a whole name right after an age: "the 27-year-old Hadi Matar", "27-year old Hadi Matar".</summary>
    private string? AgeBefore(IReadOnlyList<string> tokens, int start, int end)
    {
        static bool Years(string token, string suffix) =>
            token.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && token.Length > suffix.Length && token[..^suffix.Length].All(char.IsAsciiDigit);
        var afterAge = start >= 1 && (Years(tokens[start - 1], "-year-old") || (start >= 2 && tokens[start - 1] == "old" && Years(tokens[start - 2], "-year")));
        return afterAge && IsWholeObject(tokens, end) ? "PER" : null;
    }

    private static bool IsAcronym(string token) => token.Length >= 2 && token.All(char.IsUpper);

    /// <summary>"In Paris, the foreign ministry said …": a name after nothing but function words is a sentence's opening phrase, and what follows its comma is the clause.</summary>
    private bool InIntroductoryPhrase(IReadOnlyList<string> tokens, int start)
    {
        for (var i = 0; i < start; i++)
        {
            if (!words.Contains("function", tokens[i].ToLowerInvariant()))
            {
                return false;
            }
        }

        return start > 0;
    }

    private string? Type(string? head) => head is null ? null : words.ValueOf("class-noun", head);

    /// <summary>
    /// The end of an untagged run of capitalised words that opens the sentence ("Bilje is a village"), or null. Common
    /// English words are left out: "Nearby is the city of Jos" names Jos, not "Nearby".
    /// </summary>
    private int? UntaggedOpeningName(IReadOnlyList<string> tokens, string[] tags)
    {
        var end = 0;
        while (end < Math.Min(tokens.Count, MaxOpeningName) && tags[end] == EntityLabels.OutsideTag && tokens[end].Length > 1
               && char.IsUpper(tokens[end][0]) && !words.Contains("function", tokens[end].ToLowerInvariant()) && !EnglishWords.Contains(tokens[end]))
        {
            end++;
        }

        return end > 0 && end < tokens.Count && tokens[end] is "is" or "was" ? end : null;
    }
}
