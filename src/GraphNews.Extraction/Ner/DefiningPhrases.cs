using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A name the text defines takes the type its definition gives, wherever the document names it: an apposition
/// ("Staedtler, a stationery company with global presence") or a sentence that opens with the name and "is" or "was"
/// ("Eberhard Faber is a brand of pencils", "Bilje is a village and municipality"). The definition's class noun is the
/// head of the noun phrase after its article: the last lower-case word before a function word or punctuation
/// ("a company director" defines a person's job, not a company). Class nouns and their types are the <c>class-noun</c>
/// list of Data/names.tsv. A name defined as two different things keeps the model's types.
/// </summary>
public sealed class DefiningPhrases(WordLists words)
{
    private const int MaxNounPhrase = 6;
    private const int MaxOpeningName = 4;
    private static readonly int[] NameTypes = [EntityLabels.TypeIndex("PER"), EntityLabels.TypeIndex("LOC"), EntityLabels.TypeIndex("ORG")];

    public void Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags)
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
                if (!InIntroductoryPhrase(tokens, span.Start) && DefinedType(tokens, span.Start, span.End, opening: span.Start == 0) is { } type)
                {
                    Define(SpanReader.Text(tokens, span.Start, span.End), type);
                }
            }

            if (UntaggedOpeningName(tokens, tags[s]) is { } end && DefinedType(tokens, 0, end, opening: true) is { } openingType)
            {
                SpanReader.Write(tags[s], 0, end, openingType);
                Define(SpanReader.Text(tokens, 0, end), openingType);
            }
        }

        defined = defined.Where(d => !contested.Contains(d.Key)).ToDictionary(StringComparer.Ordinal);
        if (defined.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in SpanReader.Read(tags[s]).Where(span => NameTypes.Contains(span.Type)))
            {
                if (defined.TryGetValue(SpanReader.Text(sentences[s], span.Start, span.End), out var type) && EntityLabels.Types[span.Type] != type)
                {
                    SpanReader.Write(tags[s], span.Start, span.End, type);
                }
            }
        }
    }

    /// <summary>The type the words after name [start, end) define it as: ", a/an/the … NOUN" or, opening the sentence, "is/was a/an/the … NOUN".</summary>
    private string? DefinedType(IReadOnlyList<string> tokens, int start, int end, bool opening)
    {
        if (end + 1 >= tokens.Count || !(tokens[end] == "," || (opening && tokens[end] is "is" or "was")))
        {
            return null;
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

            if (head is not null && (words.Contains("function", word) || (Type(head) is not null && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)))))
            {
                // "a company founded in 1948", "a village and municipality", "a brand of pencils".
                return Type(head);
            }

            if (!words.Contains("function", word))
            {
                head = word;
            }
        }

        return null;
    }

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
               && char.IsUpper(tokens[end][0]) && !words.Contains("function", tokens[end].ToLowerInvariant()) && !EnglishWords.Contains(tokens[end].ToLowerInvariant()))
        {
            end++;
        }

        return end > 0 && end < tokens.Count && tokens[end] is "is" or "was" ? end : null;
    }
}
