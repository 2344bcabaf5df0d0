namespace GraphNews.Extraction.Ner;

/// <summary>
/// A chain of names separated by commas that ends in a known country or place names places from the smallest to the
/// largest ("in Bannu , Khyber Pakhtunkhwa , Pakistan", "Katlang , Khyber Pakhtunkhwa , Pakistan"): a name inside
/// such a chain is a place, whatever the model made of a region it has never seen. The chain must start after a
/// locative preposition or with a place; a name whose last word makes it an organisation ("… University , Pakistan"),
/// a person led by a known first name, and a country followed by a possessive ("Imran Khan , Pakistan 's leader")
/// break it. In a list of three names or more that are places but one ("Bryansk , Saratov , and Tula oblasts"), a one-word
/// "person" no known first name leads is a place too, and so is every such "person" of a list a place word's plural follows
/// ("Barracuda and Kayangan lakes"; "British , French and German cities" stay nationalities).
/// </summary>
/// <param name="isKnownPlace">Whether tokens [start, end) are a country or place the knowledge base knows.</param>
/// <param name="isLocative">Whether a word is a locative preposition ("in", "near").</param>
/// <param name="isOrganisationHead">Whether a word, ending a name, makes it an organisation ("University").</param>
/// <param name="isFirstName">Whether a word is a known given name.</param>
/// <param name="isPlaceHead">Whether a capitalised word, ending a name, makes it a place ("Lake", "Oblast").</param>
public sealed class PlaceChains(
    Func<IReadOnlyList<string>, int, int, bool> isKnownPlace,
    Func<string, bool> isLocative,
    Func<string, bool> isOrganisationHead,
    Func<string, bool> isFirstName,
    Func<string, bool>? isPlaceHead = null)
{
    private const string Location = "LOC";

    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        var spans = SpanReader.Read(tags);
        for (var last = spans.Count - 1; last >= 1; last--)
        {
            var end = spans[last];
            if (!isKnownPlace(tokens, end.Start, end.End) || (end.End < tokens.Count && tokens[end.End] is "'s" or "’s"))
            {
                continue;
            }

            // Walk left over ", name" links while each link is a single comma between two names.
            var first = last;
            while (first > 0 && spans[first - 1].End + 1 == spans[first].Start && tokens[spans[first - 1].End] == ",")
            {
                first--;
            }

            if (first == last || !StartsAtAPlace(tokens, spans[first]))
            {
                continue;
            }

            for (var k = first; k < last; k++)
            {
                var span = spans[k];
                if (IsOrganisationOrPerson(tokens, span))
                {
                    break;
                }

                SpanReader.Write(tags, span.Start, span.End, Location);
            }

            last = first;
        }

        PlacesAmongPlaces(tokens, tags);
    }

    /// <summary>"Belfast , Carrickfergus , and Newtownabbey": the one "person" of a list of three names or more that are otherwise places is a place.</summary>
    private void PlacesAmongPlaces(IReadOnlyList<string> tokens, string[] tags)
    {
        var spans = SpanReader.Read(tags);
        var first = 0;
        for (var k = 1; k <= spans.Count; k++)
        {
            if (k < spans.Count && IsListSeparator(tokens, spans[k - 1].End, spans[k].Start))
            {
                continue;
            }

            if (k - first >= 3 && OnlyOneNotAPlace(spans, first, k) is { Length: 1 } person && EntityLabels.Types[person.Type] == "PER" && !isFirstName(tokens[person.Start]))
            {
                SpanReader.Write(tags, person.Start, person.End, Location);
            }

            if (k - first >= 2 && spans[k - 1].End < tokens.Count && IsPlaceWordsPlural(tokens[spans[k - 1].End]))
            {
                for (var n = first; n < k; n++)
                {
                    if (EntityLabels.Types[spans[n].Type] == "PER" && !isFirstName(tokens[spans[n].Start]))
                    {
                        SpanReader.Write(tags, spans[n].Start, spans[n].End, Location);
                    }
                }
            }

            first = k;
        }
    }

    /// <summary>"lakes", "oblasts", "counties": the lower-case plural of a word that makes a name a place.</summary>
    private bool IsPlaceWordsPlural(string word)
    {
        if (isPlaceHead is null || word.Length < 4 || !char.IsLower(word[0]) || word[^1] != 's')
        {
            return false;
        }

        var singular = word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word[..^1];
        return isPlaceHead(char.ToUpperInvariant(singular[0]) + singular[1..]);
    }

    /// <summary>The one name of spans [first, end) that is no place, or null when all are places or several are not.</summary>
    private static EntitySpan? OnlyOneNotAPlace(IReadOnlyList<EntitySpan> spans, int first, int end)
    {
        EntitySpan? found = null;
        for (var k = first; k < end; k++)
        {
            if (EntityLabels.Types[spans[k].Type] == Location)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = spans[k];
        }

        return found;
    }

    /// <summary>", ", "and", ", and", "or" or ", or" between two names of a list.</summary>
    private static bool IsListSeparator(IReadOnlyList<string> tokens, int from, int to) => (to - from) switch
    {
        1 => tokens[from] is "," or "and" or "or",
        2 => tokens[from] == "," && tokens[from + 1] is "and" or "or",
        _ => false,
    };

    private bool StartsAtAPlace(IReadOnlyList<string> tokens, EntitySpan span) =>
        EntityLabels.Types[span.Type] == Location || (span.Start > 0 && isLocative(tokens[span.Start - 1]));

    private bool IsOrganisationOrPerson(IReadOnlyList<string> tokens, EntitySpan span) =>
        isOrganisationHead(tokens[span.End - 1]) || (EntityLabels.Types[span.Type] == "PER" && isFirstName(tokens[span.Start]));
}
