using System.Text.RegularExpressions;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A wire-story dateline ("LONDON 1996-08-30", "ROSTOCK , Germany 1996-08-22", "GRAND RAPIDS , Mich . 1996-08-30")
/// names where the story was filed: every name in it is a place, whatever the model made of an all-capital word
/// it has never seen. A dateline is a sentence of capitalised words, commas and abbreviation dots that ends in a date; a
/// news brief's opening town is one too (<see cref="ApplyToBrief"/>).
/// </summary>
public static partial class Datelines
{
    public static void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        if (!IsDateline(tokens))
        {
            return;
        }

        var inName = false;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (IsNameWord(tokens[i]))
            {
                tags[i] = inName ? "I-LOC" : "B-LOC";
                inName = true;
            }
            else
            {
                tags[i] = EntityLabels.OutsideTag;
                inName = false;
            }
        }
    }

    /// <summary>
    /// A brief of a news round-up opens with the town it comes from in capitals and a hyphen ("AMMAN - Jordanian Prime Minister
    /// …", "KABUL - The Taleban …"): a listed place there is that place, where the model had read an organisation. Not a
    /// headline (its words are all capitals) nor a word no place list knows ("NOTE - …"). A town dated before the dash is
    /// one whatever the lists say ("JOHANNESBURG , Sept 19 - …"), and so is one before a long dash, as agencies write datelines
    /// ("LARANTUKA — Residents …"), or before its country ("FLORIANOPOLIS , Brazil , June 7 …", "CONSTITUCIÓN , Chile - …").
    /// </summary>
    /// <param name="isListedPlace">Whether tokens [start, end) are a place the lists know.</param>
    /// <param name="monthEnd">Where a month's name that starts at a token ends ("Sept", "September": the knowledge base's date
    /// words), or null when none starts there.</param>
    public static void ApplyToBrief(IReadOnlyList<string> tokens, string[] tags, Func<IReadOnlyList<string>, int, int, bool> isListedPlace, Func<IReadOnlyList<string>, int, int?> monthEnd)
    {
        const int maxPlaceWords = 3;
        var dash = 0;
        while (dash < Math.Min(tokens.Count, maxPlaceWords) && TokenCase.IsAllCapitals(tokens[dash]) && tokens[dash].All(char.IsLetter))
        {
            dash++;
        }

        if (dash > 0 && dash + 1 < tokens.Count && tokens.Skip(dash + 1).Any(t => t.Any(char.IsLower))
            && ((IsDash(tokens[dash]) && isListedPlace(tokens, 0, dash)) || tokens[dash] is "–" or "—"
                || IsDateAndDash(tokens, dash, monthEnd) || IsTownAndCountry(tokens, dash, isListedPlace, monthEnd)))
        {
            SpanReader.Write(tags, 0, dash, "LOC");
            if (tags[dash].StartsWith("I-", StringComparison.Ordinal))
            {
                tags[dash] = EntityLabels.OutsideTag;
            }
        }
    }

    /// <summary>
    /// A comma, a month and a day, and a dash after the town: "JOHANNESBURG , Sept 19 - …", "LONDON , Sept. 9 – …", as today's wire
    /// copy dates its stories. The date makes the capitals a dateline's town, whether or not a place list knows it.
    /// </summary>
    private static bool IsDateAndDash(IReadOnlyList<string> tokens, int at, Func<IReadOnlyList<string>, int, int?> monthEnd)
    {
        if (tokens[at] != "," || at + 1 >= tokens.Count || monthEnd(tokens, at + 1) is not { } end)
        {
            return false;
        }

        var day = end < tokens.Count && tokens[end] == "." ? end + 1 : end;
        return day + 1 < tokens.Count && tokens[day].Length <= 2 && tokens[day].All(char.IsAsciiDigit) && IsDash(tokens[day + 1]);
    }

    /// <summary>
    /// A comma and a listed country or region after the town, then a dash or a comma and a month: "CONSTITUCIÓN , Chile - …",
    /// "FLORIANOPOLIS , Brazil , June 7 , 2017 ( Atlas Wire ) —".
    /// </summary>
    private static bool IsTownAndCountry(IReadOnlyList<string> tokens, int at, Func<IReadOnlyList<string>, int, int, bool> isListedPlace, Func<IReadOnlyList<string>, int, int?> monthEnd)
    {
        const int maxCountryWords = 3;
        if (tokens[at] != ",")
        {
            return false;
        }

        for (var end = at + 2; end <= Math.Min(tokens.Count - 2, at + 1 + maxCountryWords); end++)
        {
            if (IsDash(tokens[end]) || (tokens[end] == "," && monthEnd(tokens, end + 1) is not null))
            {
                return isListedPlace(tokens, at + 1, end);
            }
        }

        return false;
    }

    /// <summary>A hyphen, an en dash or an em dash: the marks a dateline's town is followed by.</summary>
    internal static bool IsDash(string token) => token is "-" or "–" or "—";

    internal static bool IsDateline(IReadOnlyList<string> tokens) =>
        tokens.Count >= 2
        && Date().IsMatch(tokens[^1])
        && IsNameWord(tokens[0])
        && tokens.Take(tokens.Count - 1).All(t => IsNameWord(t) || t is "," or ".");

    private static bool IsNameWord(string token) => token.Length > 0 && char.IsUpper(token[0]) && token.Any(char.IsLetter);

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$")]
    private static partial Regex Date();
}
