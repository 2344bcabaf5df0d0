using System.Text.RegularExpressions;
using GraphNews.Extraction.KnowledgeBase;
using static GraphNews.Extraction.Ner.TokenCase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Span conventions on which CoNLL-2003, GUM and wikigold agree, applied to BIO tags after the model
/// and the knowledge overlay:
/// a name does not start or end with lower-case words ("the Netherlands", "eastern Sudan", "US navy"),
/// punctuation or a possessive 's, and a comma ends it ("Washington , D.C." is two places); a name
/// that starts with a person's title followed by a bare name ("Justice Scalia", "Ms Bauchtman") is that person, even when the model typed it as an organisation
/// (a habit learned from the silver GMB data, which tags "General Mladic" org); a name after an
/// event prefix ("Cyclone Phailin", "Hurricane Katrina") is an event; a law, treaty or award
/// ("HEROES Act", "Nobel Prize", which GMB tags org) is MISC, and so is a religion, a branch of one or a people named alone
/// (<c>misc-name</c>: "Islam", "Sunni", "Tutsi", which GMB's silver data tags as places, organisations and people); a name of two words or more that ends in an
/// organisation or place word, or starts with one before "of", takes that type ("Hanved Parish" and "Municipality of
/// Culion" are places whatever the model guessed), unless a known first name starts a person ("Frank Church"); a person or place name that a lower-case organisation noun
/// introduces or follows ("security firm Secunia", "Interfax news agency") is an organisation. Word classes are data: the
/// <c>person-particle</c>, <c>event-prefix</c>, <c>misc-word</c>, <c>org-word</c>, <c>location-word</c>,
/// <c>event-word</c>, <c>connector</c>, <c>title-in-name</c>, <c>org-noun-before</c>, <c>org-phrase-before</c>, <c>org-noun-after</c> and <c>person-descriptor</c> lists of Data/names.tsv and the model's title words.
/// </summary>
/// <param name="isKnownPlace">Whether tokens [start, end) are a place the knowledge base knows: "the U.S. space agency" is the country's.</param>
/// <param name="isKnownName">Whether tokens [start, end) are a name the knowledge base knows: "Standard & Poor 's" keeps its possessive.</param>
public sealed partial class NameSpanConventions(
    WordLists words,
    PersonTitles titles,
    IReadOnlyDictionary<string, char?>? firstNames = null,
    Func<IReadOnlyList<string>, int, int, bool>? isKnownPlace = null,
    Func<IReadOnlyList<string>, int, int, bool>? isKnownName = null)
{
    private const string Person = "PER";
    private const string Event = "EVENT";
    private const string Misc = "MISC";
    private const string Location = "LOC";
    private const string Organisation = "ORG";
    private const int MaxListLookBack = 8;
    private const int MaxNamedAfterWords = 3;
    private const int MaxPlaceNameWords = 3;

    /// <param name="tokens">One sentence.</param>
    /// <param name="tags">Its BIO tags, rewritten in place.</param>
    /// <param name="hyphenEndsName">A hyphen standing alone ends a name, as in an all-capitals wire headline ("RUSSIA - YELTSIN
    /// RESTS"); elsewhere it may join the parts of a hyphenated name a tokenizer split ("Hartsell - Gundy").</param>
    public void Apply(IReadOnlyList<string> tokens, string[] tags, bool hyphenEndsName = false)
    {
        var pieces = new List<(int Start, int End, string Type)>();
        foreach (var span in SpanReader.Read(tags))
        {
            var original = EntityLabels.Types[span.Type];
            if (IsClockTime(tokens, span.Start, span.End))
            {
                Array.Fill(tags, EntityLabels.OutsideTag, span.Start, span.Length);
                continue;
            }

            if (span.Length == 1 && original != Person && (IsPostNominal(tokens, tags, span.Start) || IsStateOfATitle(tokens, span.Start)))
            {
                tags[span.Start] = EntityLabels.OutsideTag;
                continue;
            }

            // "Brewer Zywiec fell …": an organisation noun capitalised at a sentence's start introduces the company's name.
            if (span.Start == 0 && span.Length >= 2 && original is Person or Location && IsCapitalised(tokens[0]) && !IsAllCapitals(tokens[0])
                && words.Contains("org-noun-before", tokens[0].ToLowerInvariant()) && isKnownPlace?.Invoke(tokens, 1, span.End) != true)
            {
                tags[0] = EntityLabels.OutsideTag;
                SpanReader.Write(tags, 1, span.End, Organisation);
                continue;
            }

            var spanEnd = original == Person && IsRegnalNumeral(tokens, tags, span.End) ? span.End + 1
                : original == Person ? EndOfThingNamedAfter(tokens, tags, span.End)
                : span.End;
            var spanStart = span.Start;
            while (original == Person && IsInitialBefore(tokens, tags, spanStart))
            {
                spanStart--;
            }

            // A numeral alone names nothing: "World War II" where GMB's silver data tags only "II" (57 times).
            if (original is Event or Misc && IsNumeralOnly(tokens, span.Start, span.End))
            {
                while (spanStart > 0 && tags[spanStart - 1] == EntityLabels.OutsideTag && tokens[spanStart - 1] is [var first, ..] && char.IsUpper(first) && tokens[spanStart - 1].Any(char.IsLower))
                {
                    spanStart--;
                }
            }

            if (original != Person)
            {
                spanEnd = BeforeTitlesOfAPerson(tokens, tags, spanStart, spanEnd);
            }

            pieces.Clear();
            var pieceStart = spanStart;
            for (var i = spanStart; i <= spanEnd; i++)
            {
                // A comma ends a name ("Washington , D.C." is two places), and so does an e-mail or web address
                // ("Lotte Wilms lotte.wilms@kb.nl National Library") or a lower-case word inside a person's name
                // ("Jeffrey succeeds Christopher Hill").
                if (i < spanEnd && tokens[i] != "," && !(tokens[i] == "-" && (hyphenEndsName || IsPlaceBeforeHyphen(tokens, original, pieceStart, i))) && !IsAddress(tokens[i]) && !IsPlacesPossessive(tokens, pieceStart, i) && !(i > spanStart && (original == Person ? IsBreakInPersonName(tokens, i) : IsBreakInName(tokens[i])) && HasCapital(tokens, spanStart, spanEnd)))
                {
                    continue;
                }

                // After a lower-case title ("Supreme Court justice Alexandre de Moraes") the rest of the span is a person.
                var afterTitle = pieceStart > spanStart && titles.Words.Contains(tokens[pieceStart - 1]);
                AddPieces(tokens, pieceStart, i, afterTitle ? Person : original, split: pieceStart != spanStart || i != spanEnd, pieces);
                pieceStart = i + 1;
            }

            if (pieces is [var only] && only.Start == span.Start && only.End == span.End && only.Type == original)
            {
                continue;
            }

            Array.Fill(tags, EntityLabels.OutsideTag, span.Start, span.End - span.Start);
            foreach (var (start, end, type) in pieces)
            {
                SpanReader.Write(tags, start, end, type);
            }
        }
    }

    private void AddPieces(IReadOnlyList<string> tokens, int from, int to, string type, bool split, List<(int, int, string)> pieces)
    {
        var (start, end) = Trim(tokens, from, to, type);
        if (end <= start || (split && OnlyCompanyWords(tokens, start, end)))
        {
            // A piece that is only a company suffix ("… Corporation , Inc.") is not a name of its own.
            return;
        }

        if (end - start == 1 && words.Contains("function", tokens[start]) && !IsAllCapitals(tokens[start]))
        {
            // A pronoun or other function word alone names nothing ("Doctor Who", "All of Us"), though "US" and "WHO" do.
            return;
        }

        if (type == Organisation && end - start == 2 && words.Contains("party-adjective", tokens[start]) && words.Contains("office-body", tokens[start + 1]))
        {
            // "the Republican Senate": the party's adjective describes the body it names.
            pieces.Add((start, start + 1, Misc));
            pieces.Add((start + 1, end, Organisation));
            return;
        }

        if (type is Organisation or Location && end - start >= 2 && words.Contains("contest-word", tokens[end - 1]))
        {
            // "Hopman Cup", "Australian Open": a sports contest, not a body or a place.
            pieces.Add((start, end, Event));
            return;
        }

        if (type != Event && IsHoliday(tokens, start, end, type))
        {
            // "Easter", "New Year 's Eve", "Orthodox Christmas": a day of the calendar, an event as GUM types it, no body or place.
            pieces.Add((start, end, Event));
            return;
        }

        if (type != Event && words.StartsWith("event-prefix", tokens, start, end) is var prefix && prefix > 0 && prefix < end - start)
        {
            pieces.Add((start, end, Event));
            return;
        }

        if (type != Event && type != Misc && (words.EndsWith("misc-word", tokens, start, end) || (end - start == 1 && words.Contains("misc-name", tokens[start]))))
        {
            pieces.Add((start, end, Misc));
            return;
        }

        if (IsNameAfterLowerCaseTitle(tokens, start, end, type))
        {
            pieces.Add((start, end, Person));
            return;
        }

        var (titles, name) = TitlesBeforeName(tokens, start, end, type);
        if (titles < 0)
        {
            // A known first name keeps a person of two words a person ("Frank Church"), though not a longer name a head word ends
            // ("Bill Gates Foundation"); a piece split off a longer name becomes one when a known first name leads it and no head
            // word types it ("Yashar chair Gadi Eisenkot", not "George Mason University").
            var ledByFirstName = firstNames?.ContainsKey(tokens[start]) == true;
            var pieceType = type == Person && ledByFirstName && (end - start <= 2 || HeadWordType(tokens, start, end) is null)
                ? Person
                : type == Person && end - start >= 2 && words.EndsWith("event-word", tokens, start, end)
                    ? Event // "Davis Cup", which GMB's silver data tags as a person
                : HeadWordType(tokens, start, end) ?? (split && ledByFirstName && end - start >= 2 ? Person
                    : NamedAsPlace(tokens, start, end, type) ? Location
                    : NamedAsOrganisation(tokens, start, end, type) ? Organisation : type);
            pieces.Add((start, end, pieceType));
            return;
        }

        // "U.N. Secretary-General Ban Ki-moon": the organisation keeps its type, the name is a person;
        // what precedes the titles of a person span ("Marine Major-General …") is not part of the name.
        if (titles > start && type != Person)
        {
            pieces.Add((start, titles, type));
        }

        pieces.Add((name, end, Person));
    }

    /// <summary>
    /// The span is a holiday (<c>holiday</c>), alone or, unless the model read a person, after one word that says whose
    /// ("Orthodox Christmas", "Lunar New Year"); not a person's name that ends in one ("Taha Yassin Ramadan").
    /// </summary>
    private bool IsHoliday(IReadOnlyList<string> tokens, int start, int end, string type)
    {
        for (var from = start; from < end && from <= start + 1; from++)
        {
            if (words.StartsWith("holiday", tokens, from, end) == end - from)
            {
                return from == start || type != Person;
            }
        }

        return false;
    }

    /// <summary>
    /// "opposition leader Raila Odinga", which the model read as an organisation: two or three bare name words right after
    /// a lower-case title are the holder's name, unless the knowledge base knows them, or their first word, as a place, or the
    /// title word only modifies what follows (<c>title-adjective</c>: "former White House aide", "the major Shi'ite festival").
    /// </summary>
    private bool IsNameAfterLowerCaseTitle(IReadOnlyList<string> tokens, int start, int end, string type) =>
        type is Organisation or Location && end - start is 2 or 3 && start > 0 && IsLowerCase(tokens[start - 1]) && titles.Words.Contains(tokens[start - 1])
        && !words.Contains("title-adjective", tokens[start - 1])
        && Enumerable.Range(start, end - start).All(i => IsBareNameWord(tokens[i], Person) && !IsAllCapitals(tokens[i]))
        && isKnownPlace?.Invoke(tokens, start, end) != true && isKnownPlace?.Invoke(tokens, start, start + 1) != true;

    /// <summary>
    /// "the Euphrates river", "the Erez crossing", "the Swat valley": a short name right before a lower-case noun of a place's
    /// kind (<c>place-noun-after</c>) is that place, though the model read an organisation or a person.
    /// </summary>
    private bool NamedAsPlace(IReadOnlyList<string> tokens, int start, int end, string type) =>
        type is Organisation or Person && end - start <= MaxPlaceNameWords && end < tokens.Count && words.Contains("place-noun-after", tokens[end]);

    /// <summary>
    /// A person or place name that a lower-case organisation noun introduces ("security firm Secunia", "news agency
    /// Yonhap"; its plural a list: "store chains Woolworths and Coles") or follows ("Interfax news agency", "the Likud party")
    /// is an organisation, and so is a one-word "person" of letters and digits ("TVN24").
    /// </summary>
    private bool NamedAsOrganisation(IReadOnlyList<string> tokens, int start, int end, string type)
    {
        if (type is not (Person or Location) || isKnownPlace?.Invoke(tokens, start, end) == true)
        {
            return false;
        }

        if (start > 0 && IsLowerCase(tokens[start - 1]) && words.Contains("org-noun-before", tokens[start - 1]))
        {
            return true;
        }

        // "Shares in Sumber Agro closed …": a company's capital held.
        if (start >= 2 && words.EndsWith("org-phrase-before", tokens, start - 2, start))
        {
            return true;
        }

        if (end - start == 1 && tokens[start].Any(char.IsAsciiDigit) && tokens[start].Any(char.IsLetter) && type == Person)
        {
            // "TVN24 reported": letters and digits make no person's name.
            return true;
        }

        // "store chains Woolworths and Coles": a later name of a list a plural organisation noun introduces.
        var before = start - 1;
        var listed = false;
        while (before >= 0 && start - before <= MaxListLookBack && (tokens[before] is "," or "and" or "or" || IsCapitalised(tokens[before])))
        {
            listed |= tokens[before] is "," or "and" or "or";
            before--;
        }

        if (listed && before >= 0 && IsLowerCase(tokens[before]) && tokens[before].EndsWith('s') && words.Contains("org-noun-before", tokens[before]))
        {
            return true;
        }

        // "Interfax news agency": up to one lower-case word between the name and the noun, though not a verb of the name's
        // deeds ("Iliescu tells party members").
        for (var i = end; i < Math.Min(end + 2, tokens.Count) && IsLowerCase(tokens[i]) && !words.Contains("agent-verb", tokens[i]) && tokens[i] is not ("said" or "says"); i++)
        {
            if (words.Contains("org-noun-after", tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>ORG or LOC when a name of two words or more ends in an organisation or place word ("Hanved Parish", "Heaven Sent Gaming Ltd"); a place the knowledge base knows stays a place ("West Bank"), and so does a square or street ("Place de la Bourse").</summary>
    private string? HeadWordType(IReadOnlyList<string> tokens, int start, int end) =>
        end - start < 2 ? null
        : isKnownPlace?.Invoke(tokens, start, end) == true ? "LOC"
        : words.IsStreetName(tokens, start, end) ? "LOC"
        : words.EndsWith("org-word", tokens, start, end) ? "ORG"
        : words.EndsWith("location-word", tokens, start, end) ? "LOC"
        : end - start >= 3 && tokens[start + 1] == "of" ? HeadBeforeOf(tokens[start])
        : (words.Contains("place-prefix", tokens[start]) || words.Contains("street-prefix", tokens[start])) && char.IsUpper(tokens[start][0]) ? "LOC"
        : null;

    /// <summary>The type a head word gives a name "HEAD of …": "Municipality of Culion" is a place, "University of Lagos" an organisation.</summary>
    private string? HeadBeforeOf(string head) =>
        words.Contains("org-word", head) ? "ORG" : words.Contains("location-word", head) ? "LOC" : null;

    private bool OnlyCompanyWords(IReadOnlyList<string> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!words.Contains("org-word", tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The span without lower-case words, punctuation and possessives at its edges.</summary>
    private (int Start, int End) Trim(IReadOnlyList<string> tokens, int start, int end, string type)
    {
        var hasCapital = HasCapital(tokens, start, end);

        // A hyphenated modifier and what it is made of lead the name without being part of it ("Islamic State-aligned"); one
        // ending a person's span leaves no name ("Nobel Prize-winning economist"), though GMB tags "United Nations-run" a body.
        for (var i = type == Person ? end - 1 : end - 2; i >= start; i--)
        {
            if (words.ContainsLastHyphenPart("hyphen-modifier", tokens[i]))
            {
                start = i + 1;
                break;
            }
        }

        // A rank before a name is no part of it ("9 - Les Ferdinand", "1 . Michael Johnson"), and a number is no part of a
        // person's name of two words or more ("70 Colin Montgomerie" in a list of golf scores; "50 Cent" is a name).
        while (start + 2 < end && tokens[start].All(char.IsDigit) && !tokens[start + 1].Any(char.IsLetterOrDigit))
        {
            start += 2;
        }

        while (type == Person && start + 2 < end && tokens[start].All(char.IsDigit))
        {
            start++;
        }

        while (type == Person && end > start && tokens[end - 1].All(char.IsDigit))
        {
            end--;
        }

        // A score or a bowler's figures end no name ("Wasim Akram 4-50", "Leeds 2-1"), though a product's number may ("Boeing 737-800").
        while (type != Misc && end > start && IsScoreOrFigures(tokens[end - 1]))
        {
            end--;
        }

        // In all-lower-case text every name is lower case; only punctuation can be trimmed there.
        while (start < end && IsEdgeNoise(tokens[start], hasCapital, leading: true))
        {
            start++;
        }

        while (end > start && IsEdgeNoise(tokens[end - 1], hasCapital, leading: false) && !(type == Person && IsHyphenatedSyllable(tokens, end - 1)))
        {
            end--;
        }

        // "Standard & Poor 's", "McDonald 's": a known name's own possessive is part of it, as the corpora tag it.
        if (end > start && end < tokens.Count && tokens[end] is "'s" or "’s" && isKnownName?.Invoke(tokens, start, end + 1) == true)
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Numbers joined by hyphens or dashes: "4-50", "2-1", "7-6".</summary>
    private static bool IsScoreOrFigures(string token) =>
        token.Length >= 3 && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[^1]) && token.Any(c => c is '-' or '–') && token.All(c => char.IsAsciiDigit(c) || c is '-' or '–');

    /// <summary>
    /// "Bangkok - Chiang Mai", "Kabul - Kandahar highway": a known place before a hyphen standing alone in a place's name, and a
    /// capitalised word after it, are two places, the ends of a route ("US - 75", a road's number, stays one name).
    /// </summary>
    private bool IsPlaceBeforeHyphen(IReadOnlyList<string> tokens, string type, int start, int hyphen) =>
        type == Location && hyphen > start && hyphen + 1 < tokens.Count && IsCapitalised(tokens[hyphen + 1]) && isKnownPlace?.Invoke(tokens, start, hyphen) == true;

    /// <summary>A known place's possessive inside a name ends the place's name: "Italy 's ENI" is Italy and ENI ("People 's Republic" is no place).</summary>
    private bool IsPlacesPossessive(IReadOnlyList<string> tokens, int start, int at) =>
        tokens[at] is "'s" or "’s" && at > start && isKnownPlace?.Invoke(tokens, start, at) == true;

    private static bool IsAddress(string token) =>
        token.Contains('@', StringComparison.Ordinal) || token.StartsWith("http", StringComparison.OrdinalIgnoreCase) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private bool IsEdgeNoise(string token, bool lowerCaseIsNoise, bool leading)
    {
        if (token.Length == 0 || !token.Any(char.IsLetterOrDigit))
        {
            return true;
        }

        if (token is "'s" or "’s" or "'S" or "’S")
        {
            return true;
        }

        return lowerCaseIsNoise && token.All(char.IsLower) && !(leading && words.Contains("person-particle", token));
    }

    /// <summary>
    /// The last run of titles in the span that is followed by a bare name up to the span's end, as (first
    /// title, first name word), or (−1, −1). A bare name has no organisation, place or event word and no
    /// connector ("Prince of Wales"); a word that modifies a title belongs to the run (<c>title-modifier</c>: "House Minority
    /// Leader Hakeem Jeffries"); a run starting the span with a title that also begins organisation names
    /// ("General Motors", "Supreme Court") does not count, though after a name and before a person a known first name
    /// leads it does ("House Speaker Nancy Pelosi", "SVR Director Sergey Naryshkin"; not "Defense Direction Centers").
    /// </summary>
    private (int Titles, int Name) TitlesBeforeName(IReadOnlyList<string> tokens, int start, int end, string type)
    {
        if (titles.Words.Count == 0)
        {
            return (-1, -1);
        }

        var name = end;
        while (name > start && IsBareNameWord(tokens[name - 1], type))
        {
            name--;
        }

        var first = name;
        while (first > start && (IsTitle(tokens[first - 1], type) || (first < name && words.Contains("title-modifier", tokens[first - 1]))))
        {
            first--;
        }

        // "Hassan Sheikh Mohamud": an honorific that names carry, after a known first name in a person's span, is part of the name.
        if (name == end || first == name
            || (words.Contains("title-in-name", tokens[first]) && (first == start || firstNames?.ContainsKey(tokens[name]) != true))
            || (type == Person && first > start && name - first == 1 && words.Contains("honorific-in-name", tokens[first])
                && firstNames?.ContainsKey(tokens[first - 1]) == true))
        {
            return (-1, -1);
        }

        return (first, name);
    }

    /// <summary>A word of a person's bare name: capitalised, and no title, connector or organisation, place or event word.</summary>
    internal bool IsBareNameWord(string token) => IsBareNameWord(token, Organisation);

    private bool IsBareNameWord(string token, string type) =>
        IsCapitalised(token) && !IsTitle(token, type) && !words.Contains("connector", token) &&
        !words.Contains("org-word", token) && !words.Contains("location-word", token) && !words.Contains("event-word", token);

    /// <summary>
    /// A title, or a word that describes a person the way a title does ("Podcaster Spike Cohen"), read only in a span the
    /// model typed as a person: "Explorer SUV" and "Boxer Indemnity Scholarship" are names of things.
    /// </summary>
    private bool IsTitle(string token, string type) =>
        titles.IsTitle(token) || IsPluralTitle(token) || (type == Person && words.Contains("person-descriptor", token));

    /// <summary>
    /// The plural of a title before several people ("Senators Kamala Harris, Elizabeth Warren"), not of a title word that
    /// also begins names of things, whose plural is another noun ("Interiors", "Generals").
    /// </summary>
    private bool IsPluralTitle(string token) =>
        token.Length > 3 && token[^1] == 's' && titles.IsTitleWord(token.AsSpan(0, token.Length - 1)) && !words.Contains("title-in-name", token[..^1]);

    /// <summary>
    /// Where a name ends that the model ran on into the titles of the person named right after it, after what the title leads
    /// ("US Ambassador to Germany Richard Grenell") or in apposition to it ("Mitch McConnell , the Senate Majority Leader ,",
    /// "Senate Minority Leader , Chuck Schumer"): "Senate Majority Leader"
    /// + "John Thune" is the Senate, "New Jersey Governor" + "Phil Murphy" New Jersey, "Republican Governor" + a person no
    /// name at all (what is left is a single common word that names nothing on its own); so is a title whose possessive
    /// names something of its holder ("the Texas Governor 's office" is Texas). A title after "of" is the body's
    /// ("European Court of Justice", "Office of the Mayor"), and a title ending a known place stays ("Notre Dame").
    /// </summary>
    private int BeforeTitlesOfAPerson(IReadOnlyList<string> tokens, string[] tags, int start, int end)
    {
        var apposition = start >= 1 && tokens[start - 1] == "the" ? start - 1 : start;
        var personAround = (end < tags.Length && tags[end] == "B-PER")
            || (end + 1 < tags.Length && tokens[end] == "," && tags[end + 1] == "B-PER")
            || (apposition >= 2 && tokens[apposition - 1] == "," && EntityLabels.IsPersonTag(tags[apposition - 2]))
            || IsPersonAfterWhatTheTitleLeads(tokens, tags, end)
            || (IsHoldersPossessive(tokens, end) && titles.IsTitle(tokens[end - 1]) && !titles.IsTitle(tokens[start]));
        if (!personAround || !IsTitle(tokens[end - 1], Person) || isKnownPlace?.Invoke(tokens, start, end) == true)
        {
            return end;
        }

        var cut = end;
        while (cut > start && (IsTitle(tokens[cut - 1], Person) || words.Contains("title-modifier", tokens[cut - 1])))
        {
            cut--;
        }

        var beforeTitles = cut > start && tokens[cut - 1] == "the" ? cut - 1 : cut;
        if (beforeTitles > start && tokens[beforeTitles - 1] is "of" or "for")
        {
            return end;
        }

        var namesNothing = cut - start == 1 && EnglishWords.Contains(tokens[start]) && isKnownPlace?.Invoke(tokens, start, cut) != true
            && !words.Contains("national-institution", tokens[start]);
        return namesNothing ? start : cut;
    }

    /// <summary>"the Texas Governor 's office": a title's possessive before a lower-case word is its holder's, a person's ("Lord 's", a ground, is no title's).</summary>
    private static bool IsHoldersPossessive(IReadOnlyList<string> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end] is "'s" or "’s" && IsLowerCase(tokens[end + 1]);

    /// <summary>"US Ambassador to Germany Richard Grenell": a title, "to", "of" or "for" and the name of what it leads, then the holder.</summary>
    private static bool IsPersonAfterWhatTheTitleLeads(IReadOnlyList<string> tokens, string[] tags, int end)
    {
        if (end + 1 >= tags.Length || tokens[end] is not ("to" or "of" or "for"))
        {
            return false;
        }

        var led = end + 1 < tags.Length && tokens[end + 1] == "the" ? end + 2 : end + 1;
        if (led >= tags.Length || !tags[led].StartsWith("B-", StringComparison.Ordinal) || EntityLabels.IsPersonTag(tags[led]))
        {
            return false;
        }

        var after = SpanReader.EndOf(tags, led);
        return after < tags.Length && tags[after] == "B-PER";
    }

    /// <summary>An initial left outside the person's name right before it: "A. Stewart" at the start of a line or sentence, where "A." reads as a word.</summary>
    private static bool IsInitialBefore(IReadOnlyList<string> tokens, string[] tags, int start) =>
        start > 0 && tags[start - 1] == EntityLabels.OutsideTag && tokens[start - 1] is { Length: 2 } initial && char.IsUpper(initial[0]) && initial[1] == '.';

    private static bool IsNumeralOnly(IReadOnlyList<string> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsRomanNumeral(tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRomanNumeral(string token) => token is "I" or "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII" or "IX" or "X" or "XI" or "XII" or "XIII" or "XIV" or "XV" or "XVI";

    /// <summary>"Mark Tedeschi , QC ,", "John Smith MP": letters for an honour or office right after a person's name are no name (<c>post-nominal</c>).</summary>
    private bool IsPostNominal(IReadOnlyList<string> tokens, string[] tags, int at)
    {
        var before = at > 0 && tokens[at - 1] == "," ? at - 2 : at - 1;
        return words.Contains("post-nominal", tokens[at]) && before >= 0 && EntityLabels.IsPersonTag(tags[before]);
    }

    /// <summary>
    /// A time of day and its zone is no name: "05am GMT" of "10:05am GMT", "CET" of "3:30pm CET" or "10:05 CET" (time-stamp lines
    /// above wire copy): clock times and zones only, with a zone after a clock time or a number.
    /// </summary>
    private bool IsClockTime(IReadOnlyList<string> tokens, int start, int end)
    {
        var zones = 0;
        for (var i = start; i < end; i++)
        {
            if (words.Contains("time-zone", tokens[i]))
            {
                zones++;
            }
            else if (!ClockTime().IsMatch(tokens[i]))
            {
                return false;
            }
        }

        return zones < end - start || (start > 0 && (ClockTime().IsMatch(tokens[start - 1]) || tokens[start - 1].All(char.IsAsciiDigit)));
    }

    [GeneratedRegex(@"^(?:[0-9]{1,2}(?:[:.][0-9]{2})?(?:[aApP][mM]|[ap]\.m\.)|am|pm|a\.m\.|p\.m\.)$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    /// <summary>"State" of "Secretary of State" or "Minister of State" is part of the office's title, no organisation.</summary>
    private bool IsStateOfATitle(IReadOnlyList<string> tokens, int at) =>
        tokens[at] == "State" && at >= 2 && tokens[at - 1] == "of" && titles.IsTitle(tokens[at - 2]);

    /// <summary>
    /// Where a name ends that goes on from a person's name through untagged capitalised words to a word that types it: a
    /// thing named after the person ("James Webb Space Telescope", "Bill Gates Foundation", "Trump Tower"), which the model
    /// had cut at the person. <paramref name="end"/> itself when no such word comes within <see cref="MaxNamedAfterWords"/>.
    /// </summary>
    private int EndOfThingNamedAfter(IReadOnlyList<string> tokens, string[] tags, int end)
    {
        for (var at = end; at < tokens.Count && at < end + MaxNamedAfterWords && tags[at] == EntityLabels.OutsideTag
                           && IsCapitalised(tokens[at]) && !IsAllCapitals(tokens[at]) && !words.Contains("function", tokens[at]); at++)
        {
            if (words.Contains("misc-word", tokens[at]) || words.Contains("org-word", tokens[at]) || words.Contains("location-word", tokens[at]))
            {
                return at + 1;
            }
        }

        return end;
    }

    private static bool IsRegnalNumeral(IReadOnlyList<string> tokens, string[] tags, int at)
    {
        if (at >= tokens.Count || tags[at] != EntityLabels.OutsideTag)
        {
            return false;
        }

        // "I" only before punctuation ("Norton I ,"), where it cannot be the pronoun.
        return (IsRomanNumeral(tokens[at]) && tokens[at] != "I")
            || (tokens[at] == "I" && (at + 1 == tokens.Count || !tokens[at + 1].Any(char.IsLetterOrDigit)));
    }

    /// <summary>A lower-case word that is no function word or particle ("Flemish nationalist Vlaams Blok"), unlike "of", "for", "de" in "Bank of America".</summary>
    private bool IsBreakInName(string token) =>
        IsBreakInPersonName(token) && !words.Contains("connector", token) && !words.Contains("function", token);

    private bool IsBreakInPersonName(string token) =>
        token.Length > 0 && token.All(char.IsLower) && !words.Contains("person-particle", token);

    /// <summary>
    /// A lower-case word in a person's name breaks it, unless a hyphen a tokenizer split off joins it to the capitalised
    /// word before: the second syllable of a Chinese or Korean given name ("Lee Cheuk - yan", "Kim Jong - un").
    /// </summary>
    private bool IsBreakInPersonName(IReadOnlyList<string> tokens, int at) => IsBreakInPersonName(tokens[at]) && !IsHyphenatedSyllable(tokens, at);

    /// <summary>
    /// "yan" of "Lee Cheuk - yan", "cheung" of "Leung Che - cheung": a syllable after a hyphen and a capitalised word, a
    /// lower-case word of at most four letters or one of six that is no English word ("Mehdi - senior adviser" is no name).
    /// </summary>
    private static bool IsHyphenatedSyllable(IReadOnlyList<string> tokens, int at) =>
        at >= 2 && tokens[at - 1] == "-" && IsCapitalised(tokens[at - 2]) && tokens[at].All(char.IsLower)
        && (tokens[at].Length <= 4 || (tokens[at].Length <= 6 && !EnglishWords.Contains(tokens[at])));

    private static bool HasCapital(IReadOnlyList<string> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Any(char.IsUpper))
            {
                return true;
            }
        }

        return false;
    }
}
