using static GraphNews.Extraction.Ner.TokenCase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A second pass over a tagged document: the same name should get the same type throughout, a person's
/// surname alone ("Obama" after "Barack Obama") is that person, and a capitalised repeat of a name
/// tagged elsewhere in the document is tagged too.
/// </summary>
public static class DocumentConsistency
{
    private static readonly int PersonType = EntityLabels.TypeIndex("PER");
    private static readonly int MiscType = EntityLabels.TypeIndex("MISC");
    private const int MaxNameExtension = 3;

    public static void Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<int[]> labels)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in SpanReader.FromLabels(labels[s]))
            {
                Vote(votes, SpanReader.Text(sentences[s], span.Start, span.End), span.Type);
                if (span.Type == PersonType && span.Length >= 2 && IsCapitalised(sentences[s][span.End - 1]))
                {
                    surnames.Add(sentences[s][span.End - 1]);
                }
            }
        }

        if (votes.Count == 0)
        {
            return;
        }

        // Folded forms only for documents with an all-capitals headline: most have none, and this runs per document.
        Dictionary<string, int[]>? byFoldedKey = null;
        HashSet<string>? foldedSurnames = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            Relabel(sentences[s], labels[s], votes);
            ExtendToLongerNames(sentences[s], labels[s], votes);
            TagRepeats(sentences[s], labels[s], votes, surnames);
            if (IsAllCapitals(sentences[s]))
            {
                // "Bonn" in the text and "BONN" in a dateline are one name: their votes add up.
                byFoldedKey ??= votes.GroupBy(v => v.Key.ToUpperInvariant(), StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => SumVotes(g.Select(v => v.Value)), StringComparer.Ordinal);
                foldedSurnames ??= surnames.Select(w => w.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
                TagAllCapitalRepeats(sentences[s], labels[s], byFoldedKey, foldedSurnames);
            }
        }
    }

    /// <summary>
    /// For the final tags, after the knowledge overlay and the conventions have typed names the model missed: in each
    /// all-capitals sentence, untagged words the rest of the document tags as a name take that tag ("CHELSEA" after
    /// "Leeds beat Chelsea 2-1"), when their restored case (<paramref name="restored"/>, see <see cref="HeadlineCasing"/>) lets them
    /// be a name ("IODINE" restored as "iodine" stays a word). Types the sentence already has stay: the model read them in their restored case.
    /// </summary>
    public static void ApplyToAllCapitalSentences(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<string>> restored, IReadOnlyList<int[]> labels)
    {
        var capitals = Enumerable.Range(0, sentences.Count).Where(s => IsAllCapitals(sentences[s])).ToHashSet();
        if (capitals.Count == 0)
        {
            return;
        }

        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in capitals.Contains(s) ? [] : SpanReader.FromLabels(labels[s]))
            {
                Vote(votes, SpanReader.Text(sentences[s], span.Start, span.End).ToUpperInvariant(), span.Type);
                if (span.Type == PersonType && span.Length >= 2)
                {
                    surnames.Add(sentences[s][span.End - 1].ToUpperInvariant());
                }
            }
        }

        foreach (var s in capitals)
        {
            TagAllCapitalRepeats(sentences[s], labels[s], votes, surnames: [], restored[s]);
            RetypeSurnames(sentences[s], labels[s], surnames);
            RetypeAsTheTextDoes(sentences[s], labels[s], votes);
        }
    }

    /// <summary>
    /// A name of an all-capitals headline that the text names with one other type takes the text's: "GRAND SLAM CUP" read as
    /// a place beside "the Grand Slam Cup", an event, in the text; the text's case tells more than the headline's. A
    /// nationality or language the knowledge base typed stays ("ILOCANO", which a text may misread as a person).
    /// </summary>
    private static void RetypeAsTheTextDoes(IReadOnlyList<string> tokens, int[] labels, Dictionary<string, int[]> votes)
    {
        foreach (var span in SpanReader.FromLabels(labels))
        {
            if (span.Type != MiscType && votes.TryGetValue(SpanReader.Text(tokens, span.Start, span.End).ToUpperInvariant(), out var byType)
                && byType[span.Type] == 0 && byType.Count(n => n > 0) == 1)
            {
                EntityLabels.Write(labels, span.Start, span.End, Array.FindIndex(byType, n => n > 0));
            }
        }
    }

    /// <summary>A one-word name of an all-capitals headline that is the surname of a person the text names in full is that person ("ARAFAT" of "Yasser Arafat").</summary>
    private static void RetypeSurnames(IReadOnlyList<string> tokens, int[] labels, HashSet<string> surnames)
    {
        foreach (var span in SpanReader.FromLabels(labels))
        {
            if (span.Length == 1 && span.Type != PersonType && surnames.Contains(tokens[span.Start].ToUpperInvariant()))
            {
                EntityLabels.Write(labels, span.Start, span.End, PersonType);
            }
        }
    }

    /// <summary>
    /// In an all-capitals headline every word is capitalised, so runs cannot be told apart by case: a word (or run of
    /// words) the rest of the document tags as a name ("SAMPRAS" of "Pete Sampras", "AUGUSTA") takes that tag.
    /// </summary>
    private static void TagAllCapitalRepeats(IReadOnlyList<string> tokens, int[] labels, Dictionary<string, int[]> votes, HashSet<string> surnames, IReadOnlyList<string>? restored = null)
    {
        bool MayBeName(int start, int end) => restored is null || (IsCapitalised(restored[start]) && IsCapitalised(restored[end - 1]));

        var i = 0;
        while (i < tokens.Count)
        {
            if (labels[i] != EntityLabels.Outside)
            {
                i++;
                continue;
            }

            var matched = 0;
            for (var end = tokens.Count; end > i && matched == 0; end--)
            {
                if (Enumerable.Range(i, end - i).All(k => labels[k] == EntityLabels.Outside)
                    && MayBeName(i, end)
                    && votes.TryGetValue(SpanReader.Text(tokens, i, end).ToUpperInvariant(), out var byType))
                {
                    EntityLabels.Write(labels, i, end, Array.IndexOf(byType, byType.Max()));
                    matched = end - i;
                }
            }

            if (matched == 0 && surnames.Contains(tokens[i].ToUpperInvariant()))
            {
                EntityLabels.Write(labels, i, i + 1, PersonType);
                matched = 1;
            }

            i += Math.Max(1, matched);
        }
    }

    private static void Vote(Dictionary<string, int[]> votes, string key, int type)
    {
        if (!votes.TryGetValue(key, out var byType))
        {
            byType = new int[EntityLabels.Types.Count];
            votes[key] = byType;
        }

        byType[type]++;
    }

    private static int[] SumVotes(IEnumerable<int[]> votes)
    {
        var sum = new int[EntityLabels.Types.Count];
        foreach (var byType in votes)
        {
            for (var t = 0; t < sum.Length; t++)
            {
                sum[t] += byType[t];
            }
        }

        return sum;
    }

    /// <summary>Three or more words, and every word with letters written in capitals.</summary>
    internal static bool IsAllCapitals(IReadOnlyList<string> tokens)
    {
        var words = 0;
        foreach (var token in tokens)
        {
            var letters = false;
            foreach (var c in token)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters |= char.IsLetter(c);
            }

            words += letters ? 1 : 0;
        }

        return words >= 3;
    }

    private static void Relabel(IReadOnlyList<string> tokens, int[] labels, Dictionary<string, int[]> votes)
    {
        foreach (var span in SpanReader.FromLabels(labels))
        {
            var byType = votes[SpanReader.Text(tokens, span.Start, span.End)];
            var best = Array.IndexOf(byType, byType.Max());
            if (best != span.Type && byType[best] > byType[span.Type])
            {
                EntityLabels.Write(labels, span.Start, span.End, best);
            }
        }
    }

    /// <summary>
    /// A name that stops short of capitalised words it runs on into elsewhere in the document takes them in ("The Doris Day
    /// Show" read as "Doris" alone, beside "Doris Day" tagged in full): one name, one span.
    /// </summary>
    private static void ExtendToLongerNames(IReadOnlyList<string> tokens, int[] labels, Dictionary<string, int[]> votes)
    {
        foreach (var span in SpanReader.FromLabels(labels))
        {
            for (var end = span.End + 1; end <= Math.Min(tokens.Count, span.End + MaxNameExtension); end++)
            {
                if (labels[end - 1] != EntityLabels.Outside || !IsCapitalised(tokens[end - 1]))
                {
                    break;
                }

                if (votes.TryGetValue(SpanReader.Text(tokens, span.Start, end), out var byType))
                {
                    EntityLabels.Write(labels, span.Start, end, Array.IndexOf(byType, byType.Max()));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "As coauthor Colette Heald told …" left untagged, where the document tags "Heald" alone as a person: two capitalised
    /// words whose second is a person's name elsewhere and whose first is no name of its own there nor a common word ("If
    /// Iodine deficiency", "Hurricane Stan") are that person in full.
    /// </summary>
    private static bool IsFullNameOfTaggedSurname(IReadOnlyList<string> tokens, int first, Dictionary<string, int[]> votes) =>
        votes.TryGetValue(tokens[first + 1], out var byType) && Array.IndexOf(byType, byType.Max()) == PersonType
        && !votes.ContainsKey(tokens[first]) && tokens[first].All(char.IsLetter) && !TokenCase.IsAllCapitals(tokens[first])
        && !EnglishWords.Contains(tokens[first]);

    /// <summary>Tags untagged capitalised runs that exactly match a name tagged elsewhere in the document.</summary>
    private static void TagRepeats(IReadOnlyList<string> tokens, int[] labels, Dictionary<string, int[]> votes, HashSet<string> surnames)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (labels[i] != EntityLabels.Outside || !IsCapitalised(tokens[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < tokens.Count && labels[end] == EntityLabels.Outside && IsCapitalised(tokens[end]))
            {
                end++;
            }

            var bordered = (i > 0 && IsCapitalised(tokens[i - 1])) || (end < tokens.Count && IsCapitalised(tokens[end]));
            if (!bordered && votes.TryGetValue(SpanReader.Text(tokens, i, end), out var byType))
            {
                EntityLabels.Write(labels, i, end, Array.IndexOf(byType, byType.Max()));
            }
            else if (!bordered && end - i == 1 && surnames.Contains(tokens[i]))
            {
                EntityLabels.Write(labels, i, end, PersonType);
            }
            else if (!bordered && end - i == 2 && IsFullNameOfTaggedSurname(tokens, i, votes))
            {
                EntityLabels.Write(labels, i, end, PersonType);
            }

            i = end;
        }
    }

}
