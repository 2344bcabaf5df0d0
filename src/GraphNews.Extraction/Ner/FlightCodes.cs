using System.Globalization;
using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A flight named by its code is a named event of the news: "Malaysia Airlines flight MH17" and, once the document has
/// said so, "MH17: rebels limit access to the crash site". A code is an airline's two capital letters and one to four
/// digits ("MH370", "AF447"); after a word of <c>flight-word</c> in Data/syntax.tsv it names the flight wherever the
/// document writes it, headline too. So does the code of an airline the document names (<c>airline-code</c>: "4U9525
/// down" in a report that names Germanwings), whose two characters may hold a digit. Any other code stays as the model
/// read it ("G20", "SU35" are no flights).
/// </summary>
public sealed class FlightCodes(WordLists words)
{
    private const string EventType = "EVENT";

    /// <param name="sentences">A document's sentences.</param>
    /// <param name="tags">Their BIO tags, rewritten in place.</param>
    public void Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags)
    {
        HashSet<string>? codes = null;
        string? text = null;
        foreach (var tokens in sentences)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var airline = AirlineOf(tokens[i]);
                var afterFlightWord = i > 0 && (airline is not null || IsCode(tokens[i])) && words.Contains("flight-word", tokens[i - 1].ToLower(CultureInfo.InvariantCulture));
                if (afterFlightWord || (airline is not null && (text ??= Joined(sentences)).Contains($" {airline} ", StringComparison.Ordinal)))
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

    /// <summary>The airline whose code begins a flight code ("Germanwings" of "4U9525"); null for no listed airline's code.</summary>
    private string? AirlineOf(string token) => IsFlightNumber(token, IsDesignatorCharacter) ? words.ValueOf("airline-code", token[..2]) : null;

    private static bool IsDesignatorCharacter(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);

    /// <summary>The document's tokens joined by spaces and framed by them, so a name is found as whole words.</summary>
    private static string Joined(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        " " + string.Join(' ', sentences.Select(tokens => string.Join(' ', tokens))) + " ";

    private static bool IsCode(string token) => IsFlightNumber(token, char.IsAsciiLetterUpper);

    /// <summary>Two designator characters and one to four digits.</summary>
    private static bool IsFlightNumber(string token, Func<char, bool> isDesignator) =>
        token.Length is >= 3 and <= 6 && isDesignator(token[0]) && isDesignator(token[1]) && !token.AsSpan(2).ContainsAnyExcept("0123456789");
}
