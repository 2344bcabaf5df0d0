using GraphNews.Extraction.KnowledgeBase;
using static GraphNews.Extraction.Ner.TokenCase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// An abbreviation the text spells out in lower-case words is a term, not a name: "sea surface salinity (SSS)",
/// "non-governmental organisations (NGOs)", "an improvised explosive device (IED)". Wherever the document writes it
/// alone, it names nothing, whatever the model made of capitals it had not seen. So is one spelled out in capitalised
/// common English words that no name holds, as technical writing capitalises its terms: "System Under Test (SUT)",
/// "Reactive Oxygen Species (ROS)". One spelled out in a name's words keeps its tags: a word no English list holds
/// ("Korean Central News Agency (KCNA)", "Mojahedin-e-Khalq (MEK)"), a head word of organisations or places
/// ("Geographic Information Systems (GIS)", "Rapid Support Forces (RSF)") or of laws and treaties, or words the model read
/// as a name.
/// </summary>
public sealed class SpelledOutAbbreviations(WordLists words)
{
    private const int MaxLetters = 8;

    private static readonly string[] NameWordLists = ["org-word", "location-word", "event-word", "company-word", "misc-word"];

    public void Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags)
    {
        HashSet<string>? terms = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            for (var i = 1; i + 1 < tokens.Count; i++)
            {
                if (tokens[i - 1] == "(" && tokens[i + 1] == ")" && Letters(tokens[i]) is { } letters && IsSpelledOutBefore(tokens, tags[s], i - 1, letters))
                {
                    (terms ??= new(StringComparer.Ordinal)).Add(tokens[i]);
                }
            }
        }

        if (terms is null)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in SpanReader.Read(tags[s]))
            {
                if (span.Length == 1 && terms.Contains(sentences[s][span.Start]))
                {
                    tags[s][span.Start] = EntityLabels.OutsideTag;
                }
            }
        }
    }

    /// <summary>
    /// A capitalised word that may spell out a term: a common English word the model left untagged, and no head word of
    /// organisations, places, events or companies, nor a law's or a treaty's ("Free Trade Agreement (FTA)").
    /// </summary>
    private bool IsCapitalisedTermWord(string word, string tag) =>
        tag == EntityLabels.OutsideTag && IsCapitalised(word) && !TokenCase.IsAllCapitals(word) && EnglishWords.Contains(word)
        && !NameWordLists.Any(list => words.Contains(list, word));

    /// <summary>The capitals of an abbreviation ("SSS", "NGOs" → "NGO"), or null for any other token.</summary>
    private static string? Letters(string token)
    {
        var letters = token.EndsWith('s') ? token[..^1] : token;
        return letters.Length is >= 2 and <= MaxLetters && letters.All(char.IsAsciiLetterUpper) ? letters : null;
    }

    /// <summary>
    /// The lower-case words before <paramref name="end"/> begin with the abbreviation's letters, in order, function words
    /// between them read or skipped ("rate of return" for ROR and "freedom of information" for FOI alike); hyphenated words
    /// count by their parts ("non-governmental organisation"). The sentence's first word may be capitalised, and so may
    /// common words that name nothing (see <see cref="IsCapitalisedTermWord"/>).
    /// </summary>
    private bool IsSpelledOutBefore(IReadOnlyList<string> tokens, string[] tags, int end, string letters)
    {
        var next = letters.Length - 1;
        for (var k = end - 1; k >= 0; k--)
        {
            if (tokens[k] == "-")
            {
                continue;
            }

            var parts = tokens[k].Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (var p = parts.Length - 1; p >= 0; p--)
            {
                if (!IsLowerCase(parts[p]) && !(k == 0 && p == 0 && IsCapitalised(parts[p]) && !TokenCase.IsAllCapitals(parts[p]))
                    && !IsCapitalisedTermWord(parts[p], tags[k]))
                {
                    return false;
                }

                if (char.ToUpperInvariant(parts[p][0]) == letters[next])
                {
                    if (--next < 0)
                    {
                        return true;
                    }
                }
                else if (!words.Contains("function", parts[p].ToLowerInvariant()))
                {
                    return false;
                }
            }
        }

        return false;
    }
}
