namespace GraphNews.Extraction.Ner;

/// <summary>
/// A chain of names separated by commas that ends in a known country or place names places from the smallest to the
/// largest ("in Bannu , Khyber Pakhtunkhwa , Pakistan", "Katlang , Khyber Pakhtunkhwa , Pakistan"): a name inside
/// such a chain is a place, whatever the model made of a region it has never seen. The chain must start after a
/// locative preposition or with a place; a name whose last word makes it an organisation ("… University , Pakistan"),
/// a person led by a known first name, and a country followed by a possessive ("Imran Khan , Pakistan 's leader")
/// break it. In a list of three names or more that are places but one ("Bryansk , Saratov , and Tula oblasts"), a one-word
/// "person" no known first name leads is a place too, and so is every such "person" of a list a place word's plural follows
/// ("Barracuda and Kayangan lakes"; "British , French and German cities" stay nationalities) or of a list after a locative
/// preposition that is half places or more ("in Ad-Doueir , Tibnin , Burj el-Shamali , and Shebaa"). One unknown word set
/// off by commas after a place a locative preposition leads is its region ("in Southport , Merseyside , to …").
/// </summary>
/// <param name="isKnownPlace">Whether tokens [start, end) are a country or place the knowledge base knows.</param>
/// <param name="isLocative">Whether a word is a locative preposition ("in", "near").</param>
/// <param name="isOrganisationHead">Whether a word, ending a name, makes it an organisation ("University").</param>
/// <param name="isFirstName">Whether a word is a known given name.</param>
/// <param name="isPlaceHead">Whether a capitalised word, ending a name, makes it a place ("Lake", "Oblast").</param>
/// <param name="isKnownName">Whether tokens [start, end) are exactly a name the knowledge base knows (a person's surname too).</param>
public sealed class PlaceChains(
    Func<IReadOnlyList<string>, int, int, bool> isKnownPlace,
    Func<string, bool> isLocative,
    Func<string, bool> isOrganisationHead,
    Func<string, bool> isFirstName,
    Func<string, bool>? isPlaceHead = null,
    Func<IReadOnlyList<string>, int, int, bool>? isKnownName = null)
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
        RegionsAfterPlaces(tokens, tags);
    }

    /// <summary>
    /// "in Southport , Merseyside , to life imprisonment": one unknown word after a place, a comma and a locative preposition
    /// before them, and set off by a comma or the sentence's end, is the place's region, whatever "person" the model read;
    /// not a name a known first name leads or the knowledge base knows ("in Washington , Obama , …").
    /// </summary>
    private void RegionsAfterPlaces(IReadOnlyList<string> tokens, string[] tags)
    {
        var spans = SpanReader.Read(tags);
        for (var k = 1; k < spans.Count; k++)
        {
            var (place, region) = (spans[k - 1], spans[k]);
            if (region.Length == 1 && EntityLabels.Types[region.Type] == "PER" && EntityLabels.Types[place.Type] == Location
                && place.End + 1 == region.Start && tokens[place.End] == "," && place.Start > 0 && isLocative(tokens[place.Start - 1])
                && (region.End >= tokens.Count - 1 || tokens[region.End] == ",")
                && !isFirstName(tokens[region.Start]) && isKnownName?.Invoke(tokens, region.Start, region.End) != true)
            {
                SpanReader.Write(tags, region.Start, region.End, Location);
            }
        }
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
            else if (k - first >= 3 && spans[first].Start > 0 && isLocative(tokens[spans[first].Start - 1]) && tokens[spans[k - 1].Start - 1] is "and" or "or"
                     && AtLeastHalfPlacesOthersWithoutFirstNames(tokens, spans, first, k))
            {
                // "in Ad-Doueir , Tibnin , Burj el-Shamali , and Shebaa": a list after "in" with places in it lists places ("in
                // Damascus , Syria , Khaled Mashaal rejected …" is no list: no "and" before its last name).
                for (var n = first; n < k; n++)
                {
                    SpanReader.Write(tags, spans[n].Start, spans[n].End, Location);
                }
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

    /// <summary>Half the names of spans [first, end) or more are places, and the others are people no known first name leads.</summary>
    private bool AtLeastHalfPlacesOthersWithoutFirstNames(IReadOnlyList<string> tokens, IReadOnlyList<EntitySpan> spans, int first, int end)
    {
        var places = 0;
        for (var k = first; k < end; k++)
        {
            if (EntityLabels.Types[spans[k].Type] == Location)
            {
                places++;
            }
            else if (EntityLabels.Types[spans[k].Type] != "PER" || isFirstName(tokens[spans[k].Start]))
            {
                return false;
            }
        }

        return 2 * places >= end - first;
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
