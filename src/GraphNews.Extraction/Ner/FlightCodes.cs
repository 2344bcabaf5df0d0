using System.Globalization;
using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A flight named by its code is a named event of the news: "Malaysia Airlines flight MH17" and, once the document has
/// said so, "MH17: rebels limit access to the crash site". A code is an airline's two capital letters and one to four
/// digits ("MH370", "AF447"); after a word of <c>flight-word</c> in Data/syntax.tsv it names the flight wherever the
/// document writes it, headline too. A code no such word leads stays as the model read it ("G20", "SU35" are no flights).
/// </summary>
public sealed class FlightCodes(WordLists words)
{
    private const string EventType = "EVENT";

    /// <param name="sentences">A document's sentences.</param>
    /// <param name="tags">Their BIO tags, rewritten in place.</param>
    public void Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags)
    {
        HashSet<string>? codes = null;
        foreach (var tokens in sentences)
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                if (IsCode(tokens[i]) && words.Contains("flight-word", tokens[i - 1].ToLower(CultureInfo.InvariantCulture)))
                {
                    (codes ??= new(StringComparer.Ordinal)).Add(tokens[i]);
                }
            }
        }

        if (codes is null)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            for (var i = 0; i < sentences[s].Count; i++)
            {
                if (codes.Contains(sentences[s][i]) && SpanReader.IsWholeRun(tags[s], i, i + 1))
                {
                    SpanReader.Write(tags[s], i, i + 1, EventType);
                }
            }
        }
    }

    private static bool IsCode(string token) =>
        token.Length is >= 3 and <= 6 && char.IsAsciiLetterUpper(token[0]) && char.IsAsciiLetterUpper(token[1])
        && !token.AsSpan(2).ContainsAnyExcept("0123456789");
}
