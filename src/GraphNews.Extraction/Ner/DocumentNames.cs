using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Document rules for the final tags, after the knowledge overlay and the conventions: a named event's name alone is
/// that event ("Cyclone Phailin … Phailin"), a company's name without its legal form is that company ("Cesaroni Design
/// Associates … Cesaroni Design", which the model reads as a person; "Lagardere Groupe … Lagardere", a place to the model;
/// not a person a known first name leads, who may be the founder: "Ralph Lauren" of "Ralph Lauren Corp."), and a one-word person at the start of a sentence whose word the document
/// otherwise writes in lower case is no person ("Iodine deficiency is …" beside "iodine"), nor is such a common English word
/// after a lower-case word ("WHO say Iodine deficiency"; "Mrs May" keeps her title's capital before her), unless it is the surname of a
/// person the document names in full ("Theresa May … May said"); and a one-word place, organisation or event that is the surname
/// of a person the document names in full is that person ("Jacob Blake … spoke to Blake", "Pete Buttigieg … Buttigieg"), unless
/// the knowledge base knows the word as something else ("Jordan", "Ford") or the document as a company; a one-word person
/// that names a place of the document with a place's word is that place ("Saratov , Saratov Oblast").
/// </summary>
public static class DocumentNames
{
    private static readonly int PersonType = EntityLabels.TypeIndex("PER");
    private static readonly int EventType = EntityLabels.TypeIndex("EVENT");
    private static readonly int OrganisationType = EntityLabels.TypeIndex("ORG");
    private static readonly int MiscType = EntityLabels.TypeIndex("MISC");
    private static readonly int LocationType = EntityLabels.TypeIndex("LOC");

    /// <param name="sentences">The document's sentences as the tags were read (headlines in their restored case).</param>
    /// <param name="labels">BILOU labels per sentence, rewritten in place.</param>
    /// <param name="words">The word lists: <c>event-prefix</c> ("Cyclone", "Hurricane", "Operation"), <c>company-suffix</c> ("Associates", "Groupe"), <c>legal-form</c> ("Inc.", "GmbH"), <c>company-word</c> ("Electric", "Bank", "Systems").</param>
    /// <param name="isFirstName">Whether a word is a known given name.</param>
    /// <param name="isKnownPlace">Whether a word or a name is a place the knowledge base knows: "China" of "China Group" stays a country, "West Bank" a place.</param>
    /// <param name="isKnownNonPerson">Whether a word is a name the knowledge base knows, or the document defines, as no person: "Jordan" beside "Michael Jordan" stays a country, and "Mérida is a city" beside "Turismo Mérida" keeps the city.</param>
    public static void Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<int[]> labels, WordLists words, Func<string, bool> isFirstName, Func<string, bool>? isKnownPlace = null,
        Func<string, bool>? isKnownNonPerson = null)
    {
        var eventNames = new HashSet<string>(StringComparer.Ordinal);
        var companyNames = new HashSet<string>(StringComparer.Ordinal);
        var companyFirstWords = new HashSet<string>(StringComparer.Ordinal);
        var legalFormFirstWords = new HashSet<string>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var lowerCase = new HashSet<string>(StringComparer.Ordinal);
        var typesOfNames = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var placeWords = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            foreach (var span in SpanReader.FromLabels(labels[s]))
            {
                if (span.Length >= 2)
                {
                    var name = SpanReader.Text(tokens, span.Start, span.End);
                    if (!typesOfNames.TryGetValue(name, out var byType))
                    {
                        byType = new int[EntityLabels.Types.Count];
                        typesOfNames[name] = byType;
                    }

                    byType[span.Type]++;
                }

                var prefix = span.Type == EventType ? words.StartsWith("event-prefix", tokens, span.Start, span.End) : 0;
                if (prefix > 0 && prefix < span.Length)
                {
                    eventNames.Add(SpanReader.Text(tokens, span.Start + prefix, span.End));
                }

                if (span.Type == PersonType && span.Length >= 2 && IsSurname(tokens, span.Start, span.End, words))
                {
                    surnames.Add(tokens[span.End - 1]);
                }

                // "Saratov Oblast": "Saratov" names a place the document names.
                if (span.Type == LocationType && span.Length == 2 && words.Contains("location-word", tokens[span.End - 1]))
                {
                    placeWords.Add(tokens[span.Start]);
                }

                // "Cesaroni Design Associates" → "Cesaroni Design"; "Lagardere Groupe" → "Lagardere", unless the word is a known place or given name.
                if (span.Type == OrganisationType && span.Length >= 2 && (words.Contains("company-suffix", tokens[span.End - 1]) || words.Contains("legal-form", tokens[span.End - 1]))
                    && (span.Length > 2 || (isKnownPlace is not null && !isKnownPlace(tokens[span.Start]) && !isFirstName(tokens[span.Start]))))
                {
                    companyNames.Add(SpanReader.Text(tokens, span.Start, span.End - 1));
                }

                // "Schneider Electric" → "Schneider", "Coldline Thermal Systems" → "Coldline": the first word of a company named by its trade;
                // "Brightway Stores Inc." → "Brightway": the first word of one of three words or more named with its legal form, where
                // the model read it as a person (a town may share the name: "Oshkosh Truck Corp., Oshkosh, Wis.").
                if (span.Type == OrganisationType && span.Length >= 2 && isKnownPlace is not null
                    && TokenCase.IsCapitalised(tokens[span.Start]) && !TokenCase.IsAllCapitals(tokens[span.Start]) && !isKnownPlace(tokens[span.Start]) && !isFirstName(tokens[span.Start]))
                {
                    if (words.Contains("company-word", tokens[span.End - 1]))
                    {
                        companyFirstWords.Add(tokens[span.Start]);
                    }
                    else if (span.Length >= 3 && words.Contains("legal-form", tokens[span.End - 1]))
                    {
                        legalFormFirstWords.Add(tokens[span.Start]);
                    }
                }
            }

            for (var i = 1; i < tokens.Count; i++)
            {
                if (tokens[i].Length > 0 && char.IsLower(tokens[i][0]))
                {
                    lowerCase.Add(tokens[i]);
                }
            }
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in SpanReader.FromLabels(labels[s]))
            {
                if (span.Length >= 2 && span.Type != PersonType && typesOfNames[SpanReader.Text(sentences[s], span.Start, span.End)] is var byType
                    && byType[PersonType] > byType.Where((_, type) => type != PersonType).Max())
                {
                    // A name of two words or more that the document mostly names as a person is that person wherever a rule typed
                    // it otherwise ("video game developer Perttu Ahola", an organisation by its noun, beside 20 "Perttu Ahola").
                    EntityLabels.Write(labels[s], span.Start, span.End, PersonType);
                }

                // Most documents name no event with a prefix: the span's text is only built when one might match.
                if (span.Type != EventType && eventNames.Count > 0 && eventNames.Contains(SpanReader.Text(sentences[s], span.Start, span.End)))
                {
                    EntityLabels.Write(labels[s], span.Start, span.End, EventType);
                }
                else if (span.Type != OrganisationType && companyNames.Count > 0 && companyNames.Contains(SpanReader.Text(sentences[s], span.Start, span.End))
                         && !(span.Type == PersonType && isFirstName(sentences[s][span.Start])))
                {
                    EntityLabels.Write(labels[s], span.Start, span.End, OrganisationType);
                }
                else if (span.Length >= 2 && (span.Type == PersonType || span.Type == LocationType) && words.Contains("company-word", sentences[s][span.End - 1])
                         && isKnownPlace is not null && !isKnownPlace(SpanReader.Text(sentences[s], span.Start, span.End)))
                {
                    // "Vaal Ridge Steel", "Halvern Therapeutics": a name ending in a company's trade is the company, not a place or a person.
                    EntityLabels.Write(labels[s], span.Start, span.End, OrganisationType);
                }
                else if (span.Length == 1 && (span.Type == PersonType || span.Type == LocationType) && !surnames.Contains(sentences[s][span.Start])
                         && (companyFirstWords.Contains(sentences[s][span.Start]) || (span.Type == PersonType && legalFormFirstWords.Contains(sentences[s][span.Start])))
                         && !(span.Start > 0 && sentences[s][span.Start - 1] is "the" or "The"))
                {
                    EntityLabels.Write(labels[s], span.Start, span.End, OrganisationType);
                }
                else if (span.Length == 1 && span.Type == PersonType && placeWords.Contains(sentences[s][span.Start]) && !surnames.Contains(sentences[s][span.Start])
                         && !isFirstName(sentences[s][span.Start]))
                {
                    // "Saratov, Saratov Oblast, Russia": a one-word "person" that names a place of the document with a place's word is that place.
                    EntityLabels.Write(labels[s], span.Start, span.End, LocationType);
                }
                else if (span.Length == 1 && span.Type != PersonType && span.Type != MiscType && surnames.Contains(sentences[s][span.Start])
                         && !companyNames.Contains(sentences[s][span.Start]) && isKnownNonPerson?.Invoke(sentences[s][span.Start]) != true)
                {
                    EntityLabels.Write(labels[s], span.Start, span.End, PersonType);
                }
                else if (span.Length == 1 && span.Type == PersonType && sentences[s][span.Start] is var word
                         && (span.Start == 0 || (char.IsLower(sentences[s][span.Start - 1][0]) && EnglishWords.Contains(word)))
                         && !surnames.Contains(word) && lowerCase.Contains(word.ToLowerInvariant()))
                {
                    labels[s][span.Start] = EntityLabels.Outside;
                }
            }
        }
    }

    /// <summary>
    /// The last word of a person's name is a surname, unless it is a regnal numeral ("Norton I", "Pope John Paul II"), a people or
    /// religion (a "Sunni Muslim" the model read as a person) or follows a possessive ("Abbas ' Fatah" party).
    /// </summary>
    private static bool IsSurname(IReadOnlyList<string> tokens, int start, int end, WordLists words)
    {
        if (tokens[end - 1].All(c => c is 'I' or 'V' or 'X'))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (tokens[i] is "'" or "’" or "'s" or "’s" || words.Contains("misc-name", tokens[i]))
            {
                return false;
            }
        }

        return true;
    }
}
