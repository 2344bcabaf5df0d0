using GraphNews.Extraction.KnowledgeBase;
using static GraphNews.Extraction.Ner.TokenCase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A name given as another name's other name is the same kind of thing: "Typhoon Kalmaegi, known locally as Tino" (a
/// storm, not a place), "Ahmed al-Sharaa, also known as Abu Mohammed al-Jolani" (a person), "Islamic State (known as
/// ISIS)", "Typhoon Tokei (locally Bagwis)". The other name is the capitalised words after "known … as" (up to two words
/// between, "known in the Philippines as"), following the name right after a comma or an opening parenthesis (with a word
/// of <c>known-as-adverb</c> in Data/syntax.tsv between: "formerly known as"), or after "(locally". Words the model named
/// already keep their type, since the name before may be the one it misread ("Mohsen Khayber, also known as Abdul Rahim",
/// read as an organisation and a person), but for an event's other name: a storm's local name is read as a place or a
/// person ("Tino").
/// </summary>
public sealed class KnownAsNames(WordLists words)
{
    private const int MaxWordsBetween = 2;
    private const int MaxNameWords = 5;
    private const string EventType = "EVENT";

    /// <param name="sentences">A document's sentences.</param>
    /// <param name="tags">Their BIO tags, rewritten in place.</param>
    public void Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags)
    {
        Dictionary<string, string>? otherNames = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            for (var start = 1; start < tokens.Count; start++)
            {
                if (NameBefore(tokens, start) is not { } before || !IsCapitalised(tokens[start])
                    || SpanReader.Read(tags[s]).FirstOrDefault(span => span.End == before) is not { Length: > 0 } named)
                {
                    continue;
                }

                var end = start;
                while (end < tokens.Count && end - start < MaxNameWords && (IsNameWord(tokens[end]) || (end > start && (tokens[end] == "-" || words.Contains("person-particle", tokens[end])))))
                {
                    end++;
                }

                while (!IsNameWord(tokens[end - 1]))
                {
                    end--;
                }

                var type = EntityLabels.Types[named.Type];
                if (SpanReader.IsWholeRun(tags[s], start, end) && (type == EventType || IsUntagged(tags[s], start, end)))
                {
                    SpanReader.Write(tags[s], start, end, type);
                    (otherNames ??= new(StringComparer.Ordinal))[SpanReader.Text(tokens, start, end)] = type;
                }
            }
        }

        // "Typhoon Kalmaegi, known locally as Tino … Tino killed 40": the other name keeps its type wherever the document names it.
        if (otherNames is not null)
        {
            SpanReader.RetypeEverywhere(sentences, tags, otherNames);
        }
    }

    /// <summary>
    /// Where the name ends whose other name starts at <paramref name="start"/>: the name stands right before ", (also)
    /// known (…) as" or "(known as"; null when no such words lead to <paramref name="start"/>.
    /// </summary>
    public int? NameBefore(IReadOnlyList<string> tokens, int start)
    {
        if (start >= 3 && tokens[start - 1] == "locally" && tokens[start - 2] == "(")
        {
            // "Typhoon Tokei (locally Bagwis)".
            return start - 2;
        }

        if (start < 3 || tokens[start - 1] != "as")
        {
            return null;
        }

        for (var known = start - 2; known >= Math.Max(1, start - 2 - MaxWordsBetween); known--)
        {
            if (tokens[known] == "known")
            {
                var mark = known - 1 >= 1 && words.Contains("known-as-adverb", tokens[known - 1]) ? known - 2 : known - 1;
                return tokens[mark] is "," or "(" && !Enumerable.Range(known + 1, start - known - 2).Any(k => IsPunctuation(tokens[k])) ? mark : null;
            }
        }

        return null;
    }

    /// <summary>A capitalised word, or one a lower-case particle and a hyphen lead ("al-Jolani").</summary>
    private static bool IsNameWord(string token) =>
        IsCapitalised(token) || (token.IndexOf('-') is > 0 and var hyphen && hyphen + 1 < token.Length && char.IsUpper(token[hyphen + 1]));

    private static bool IsUntagged(string[] tags, int start, int end) => Enumerable.Range(start, end - start).All(k => tags[k] == EntityLabels.OutsideTag);

    private static bool IsPunctuation(string token) => token.Length > 0 && !char.IsLetterOrDigit(token[0]);

}
