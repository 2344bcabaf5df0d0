using System.Globalization;
using System.Text;
using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Ner;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Stages;

/// <summary>
/// Decides which entity each mention names, within the article: knowledge-base names to their entry,
/// demonyms to their country, a capital used as an actor ("Moscow's invasion") to its country, a surname
/// or short form to the full name introduced earlier ("Trump" → Donald Trump), spelling variants to one
/// person. Unknown one-word capitalised words that match nobody are left unlinked. Pronouns are
/// resolved afterwards by <see cref="PronounResolver"/>.
/// </summary>
public sealed class EntityLinkingStage(Knowledge knowledge) : IPipelineStage
{
    private const int SalientMentions = 3;
    private const int SalienceRatio = 3;
    private const int MinPersonInitials = 3;

    private readonly KnownAsNames knownAsNames = new(knowledge.Words);

    public string Name => "link";

    public void Process(Document document)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var otherNames = new Dictionary<string, int>(StringComparer.Ordinal);

        // Unknown acronyms are linked once every name is: "KPA civil police posts … the Korean People's Army [KPA]" uses the
        // acronym before it spells it out. Bracketed ones first, as they say what the acronym stands for.
        var acronyms = document.Mentions.Where(IsUnknownAcronym).ToList();
        foreach (var mention in document.Mentions.Where(m => m.Form != MentionForm.Pronoun && !IsUnknownAcronym(m))
                     .Concat(acronyms.Where(m => IsBracketed(document, m)))
                     .Concat(acronyms.Where(m => !IsBracketed(document, m))))
        {
            var target = OtherNameOf(document, mention, otherNames) ?? Resolve(document, mention, byId);
            if (target is not null)
            {
                Link(document, mention, target.Value);
            }
        }

        WritePlacesNamedInCapitalsAsNames(document);
        new PronounResolver(knowledge).Resolve(document);
    }

    /// <summary>
    /// A place the knowledge base does not know and the text names only in capitals, as a dateline names the town a story was
    /// filed from ("MAIDUGURI, Nigeria (AP) —", "CIUDAD DE MÉXICO —"), is named as names are written ("Maiduguri", "Ciudad de
    /// México"): each word capitalised, the words that join names in lower case. Its id does not change.
    /// </summary>
    private void WritePlacesNamedInCapitalsAsNames(Document document)
    {
        foreach (var entity in document.Entities)
        {
            if (entity is { Known: null, Label: EntityLabel.Location } && entity.Mentions.Count > 0
                && entity.Name.All(c => char.IsLetter(c) || c is ' ' or '-') && entity.Mentions.All(m => IsWrittenInCapitals(document, m)))
            {
                entity.Name = AsName(entity.Name);
            }
        }
    }

    private string AsName(string capitals)
    {
        var name = new StringBuilder(capitals.Length);
        var word = new StringBuilder();
        foreach (var c in capitals.Append(' '))
        {
            if (char.IsLetter(c))
            {
                word.Append(c);
                continue;
            }

            var lower = word.ToString().ToLowerInvariant();
            name.Append(name.Length > 0 && knowledge.Words.Contains("connector", lower) ? lower : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(lower));
            name.Append(c);
            word.Clear();
        }

        return name.ToString(0, name.Length - 1);
    }

    private static bool IsUnknownAcronym(Mention mention) =>
        mention.Known is null && mention.Form != MentionForm.Pronoun && mention.Type != MentionType.Person && IsAcronym(mention.Text);

    /// <summary>
    /// A name in capitals where news writes names so: a dateline ("PORT-AU-PRINCE, Jan 12 -", "JAKARTA -", "TOKYO (Kyodo) -") or a
    /// headline in capitals. Not a short word, which is more often an acronym, nor one opening an ordinary sentence.
    /// </summary>
    private static bool IsWrittenInCapitals(Document document, Mention mention)
    {
        const int minLetters = 4;
        if (!TokenCase.IsAllCapitals(mention.Text) || mention.Text.Count(char.IsLetter) < minLetters)
        {
            return false;
        }

        var tokens = document.TokenTexts;
        var sentence = document.Sentences[mention.Sentence];
        var opensDateline = mention.FirstToken == sentence.FirstToken && mention.EndToken < sentence.EndToken && (tokens[mention.EndToken] is "," or "(" || Datelines.IsDash(tokens[mention.EndToken]));
        var words = Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).Select(i => tokens[i]).Where(t => t.Any(char.IsLetter)).ToList();
        return opensDateline || words.Count(TokenCase.IsAllCapitals) * 2 > words.Count;
    }

    /// <summary>
    /// "The Obamas flew to Hawaii", "the Sams shunned medicine": the plural of the surname of a person the article names in
    /// full, after "the", is the family, no organisation or place of its own.
    /// </summary>
    private static bool IsFamilyOfNamedPerson(Document document, Mention mention)
    {
        const int minLength = 4;
        if (mention.Known is not null || mention.Type is not (MentionType.Organization or MentionType.Location) || mention.EndToken - mention.FirstToken != 1
            || mention.FirstToken == 0 || document.TokenTexts[mention.FirstToken - 1] is not ("the" or "The"))
        {
            return false;
        }

        var word = document.TokenTexts[mention.FirstToken];
        return word.Length >= minLength && word[^1] == 's'
            && document.Mentions.Any(m => m.Type == MentionType.Person && m.EndToken - m.FirstToken >= 2 && document.TokenTexts[m.EndToken - 1] == word[..^1]);
    }

    private static bool IsBracketed(Document document, Mention mention) =>
        mention.FirstToken >= 2 && document.TokenTexts[mention.FirstToken - 1] is "(" or "["
        && mention.EndToken < document.TokenTexts.Count && document.TokenTexts[mention.EndToken] is ")" or "]";

    private int? Resolve(Document document, Mention mention, Dictionary<string, int> byId)
    {
        if (IsFamilyOfNamedPerson(document, mention))
        {
            return null;
        }

        var knownInCapitals = mention.Known is null && IsWrittenInCapitals(document, mention) ? knowledge.Entities.FindNameIgnoringCase(mention.Text) : null;
        mention.Known ??= knownInCapitals;

        if (mention.Known is { } known)
        {
            if (known.Label == EntityLabel.Person && IsSurnameUse(mention, known))
            {
                return PersonBySurname(document, mention.Text) ?? Known(document, known, byId);
            }

            // "Valeska Paris … Paris claims": a person named earlier owns the word before any place or country does.
            if (known.Label != EntityLabel.Person && !AfterLocative(document, mention) && PersonBySurname(document, mention.Text) is { } person)
            {
                return person;
            }

            // A dateline's town is where the story was filed, no actor.
            if (known.IsCapital && known.CountryId is { } countryId && knownInCapitals is null && IsActorUse(document, mention))
            {
                mention.Form = MentionForm.Metonym;
                return Known(document, knowledge.Entities.FindById(countryId)!, byId);
            }

            return OrganisationAfterCountry(document, mention, known, byId) ?? Known(document, known, byId);
        }

        if (NamedEventByLastWord(document, mention) is { } namedEvent)
        {
            return namedEvent;
        }

        if (mention.Type == MentionType.Organization && CompanyByLeadingWords(document, mention) is { } company)
        {
            return company;
        }

        if (mention.Type is MentionType.Organization or MentionType.Location && CountryByLastWord(document, mention) is { } country)
        {
            return country;
        }

        if (mention.Type != MentionType.Person && ExpansionOfAcronym(document, mention) is { } expansion)
        {
            return expansion;
        }

        return mention.Type switch
        {
            MentionType.Person => Person(document, mention, byId),
            MentionType.Misc => PersonBySurname(document, mention.Text) ?? KnownPersonOnly(document, mention, byId),
            MentionType.Organization => Named(document, EntityLabel.Organization, mention, byId),
            MentionType.Location => Named(document, EntityLabel.Location, mention, byId),
            MentionType.Event => Named(document, EntityLabel.Event, mention, byId),
            _ => null,
        };
    }

    /// <summary>
    /// An acronym of a name the article spells out: in brackets right after it and with its first letter ("the National
    /// Hurricane Center (NHC)"; not "Human Rights (SOHR)", the end of a longer name the recogniser cut),
    /// already given to it that way, or the initials of the capitalised words of exactly one name named before ("National
    /// Transportation Safety Board … the NTSB"). A person owns an acronym only by initials ("Mohammed bin Salman (MBS)"), and
    /// unbracketed only by three initials or more ("Dominique Strauss-Kahn … DSK"; two letters are too often a country's).
    /// </summary>
    private static int? ExpansionOfAcronym(Document document, Mention mention)
    {
        var acronym = mention.Text;
        if (!IsAcronym(acronym))
        {
            return null;
        }

        if (IsBracketed(document, mention) && document.Mentions.FirstOrDefault(m => m.EndToken == mention.FirstToken - 1 && m.EntityIndex is not null) is { EntityIndex: { } named }
            && Initials(document.Entities[named].Name) is { Length: > 0 } initials && initials[0] == acronym[0]
            && (document.Entities[named].Label != EntityLabel.Person || initials == acronym))
        {
            return named;
        }

        var given = document.Entities.FindIndex(e => e.Aliases.Contains(acronym) && !string.Equals(e.Name, acronym, StringComparison.Ordinal));
        if (given >= 0)
        {
            return given;
        }

        var byInitials = document.Entities.Select((e, i) => (Entity: e, Index: i))
            .Where(x => (x.Entity.Label != EntityLabel.Person || acronym.Length >= MinPersonInitials) && Initials(x.Entity.Name) == acronym)
            .ToList();
        return byInitials.Count == 1 ? byInitials[0].Index : null;
    }

    /// <summary>Two to eight capital letters (digits and "&amp;" may come between): "NHC", "UNHCR", "M23", "AT&amp;T".</summary>
    private static bool IsAcronym(string text) =>
        text.Length is >= 2 and <= 8 && text.All(c => char.IsUpper(c) || char.IsAsciiDigit(c) || c == '&') && text.Count(char.IsUpper) >= 2;

    /// <summary>The first letters of a name's capitalised words, hyphenated parts counted apart: "National Hurricane Center" → "NHC".</summary>
    private static string Initials(string name) => string.Concat(name
        .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
        .Where(word => char.IsUpper(word[0]))
        .Select(word => word[0]));

    private static bool IsSurnameUse(Mention mention, KnownEntity known) =>
        mention.EndToken - mention.FirstToken == 1 && !string.Equals(mention.Text, known.Name, StringComparison.Ordinal);

    /// <summary>
    /// A capital stands for its government unless the words around it make it a place: a locative preposition or a
    /// place modifier before it ("in Washington", "downtown Taipei"), a country after it ("Taipei, Taiwan"), a place noun it stands in apposition to ("the
    /// nation's capital, Wellington", "the city of Kyiv", "the mayor of Warsaw", "Moscow's mayor", "Bucharest Mayor"), "of" after anything but an actor
    /// noun ("much of Port-au-Prince", "the bombardment of Kyiv"), or a determiner that makes it a
    /// modifier ("the Taipei lantern festival"), unless an actor noun follows ("the Moscow government").
    /// </summary>
    private bool IsActorUse(Document document, Mention mention)
    {
        var tokens = document.TokenTexts;
        var sentence = document.Sentences[mention.Sentence];
        if (AfterLocative(document, mention))
        {
            return false;
        }

        var after = mention.EndToken;
        if (after + 1 < sentence.EndToken && tokens[after] == "," && knowledge.Entities.Gazetteer.Match(tokens, after + 1, sentence.EndToken) is { } next
            && next.Values[0].Entity.Label == EntityLabel.Country)
        {
            return false;
        }

        var before = mention.FirstToken - 1;
        if (before >= sentence.FirstToken && knowledge.Words.Contains("place-modifier", tokens[before]))
        {
            return false;
        }

        var nounBefore = before >= sentence.FirstToken && tokens[before] is "," or "of" ? before - 1 : before;
        if (nounBefore >= sentence.FirstToken && knowledge.Words.Contains("place-noun", tokens[nounBefore]))
        {
            return false;
        }

        if (before >= sentence.FirstToken && tokens[before] == "of" && !(nounBefore >= sentence.FirstToken && knowledge.Words.Contains("actor-noun", tokens[nounBefore])))
        {
            // "much of Port-au-Prince", "the bombing of Kyiv": what happens to a capital happens to the city.
            return false;
        }

        var possessed = after < sentence.EndToken && tokens[after] is "'s" or "’s" ? after + 1 : after;
        if (possessed < sentence.EndToken && knowledge.Words.Contains("place-noun", tokens[possessed]))
        {
            // "Moscow's mayor", "Bucharest Mayor Nicușor Dan": the city's office.
            return false;
        }

        var actorNounAfter = after < sentence.EndToken && knowledge.Words.Contains("actor-noun", tokens[after]);
        return actorNounAfter || before < sentence.FirstToken || !knowledge.Words.Contains("determiner", tokens[before]);
    }

    /// <summary>"in Washington", "at the Kremlin": a locative preposition, perhaps with "the", before the mention.</summary>
    private bool AfterLocative(Document document, Mention mention)
    {
        var tokens = document.TokenTexts;
        var before = mention.FirstToken - 1;
        var first = document.Sentences[mention.Sentence].FirstToken;
        return before >= first && (knowledge.Words.Contains("locative", tokens[before])
            || (tokens[before] == "the" && before - 1 >= first && knowledge.Words.Contains("locative", tokens[before - 1])));
    }

    private int? Person(Document document, Mention mention, Dictionary<string, int> byId)
    {
        var words = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var key = knowledge.NameKeys.NameKey(mention.Text);
        if (words.Length == 1)
        {
            return PersonBySurname(document, mention.Text) ?? PersonByFirstName(document, key) ?? KnownPersonOnly(document, mention, byId)
                ?? PersonBySurnameSlip(document, key) ?? NewEntity(document, EntityLabel.Person, mention.Text, key, null, byId);
        }

        // Every way below of being this person keeps the name's last word: one pass over the article's people finds those
        // that do, so a document naming thousands of people is not read thousands of times ("words" has two or more).
        var lastWord = key[(key.LastIndexOf(' ') + 1)..];
        var candidates = new List<(LinkedEntity Entity, int Index, string Key)>();
        for (var i = 0; i < document.Entities.Count; i++)
        {
            if (document.Entities[i] is { Label: EntityLabel.Person, NameKey: { } other } person && other.EndsWith(lastWord, StringComparison.Ordinal))
            {
                candidates.Add((person, i, other));
            }
        }

        if (candidates.FindIndex(c => c.Key == key) is var existing and >= 0)
        {
            return candidates[existing].Index;
        }

        // "Muammar Gaddafi … Muammar el-Gaddafi": the article before the family name written once and left out once.
        var keyWithoutParticles = knowledge.NameKeys.WithoutParticles(key);
        if (candidates.FindIndex(c => knowledge.NameKeys.WithoutParticles(c.Key) == keyWithoutParticles) is var withParticles and >= 0)
        {
            return candidates[withParticles].Index;
        }

        // "Bart De Wever … De Wever", "Min Aung Hlaing … Aung Hlaing": the last words of one person named earlier.
        var fullerForms = candidates.Where(c => EndsWithWords(c.Key, key)).ToList();
        if (fullerForms.Count == 1)
        {
            return fullerForms[0].Index;
        }

        // "Brian T. Carroll … Brian Carroll", "Robert Gabriel Mugabe … Robert Mugabe": middle names written once and left out later.
        var plainKey = WithoutMiddleNames(key);
        if (candidates.FindIndex(c => WithoutMiddleNames(c.Key) == plainKey && (c.Key == plainKey || key == plainKey)) is var sameButInitials and >= 0)
        {
            return candidates[sameButInitials].Index;
        }

        if (knowledge.Entities.PersonByNameKey(key) is { } known)
        {
            return Known(document, known, byId);
        }

        if (candidates.FindIndex(c => NameSlips.IsVowelSlip(c.Key, key)) is var misspelt and >= 0)
        {
            return candidates[misspelt].Index;
        }

        // "Trump … Donald Trump", "Spike Cohen … Jeremy "Spike" Cohen": a person met first by the last words of the name
        // takes the full name when it comes; the longest such form when several were met ("Cohen", "Spike Cohen"). Two
        // names of two words or more in one sentence are two people: "Reza Pahlavi, son of … Mohammad Reza Pahlavi".
        var shortForm = candidates
            .Where(c => c.Entity.Known is null && EndsWithWords(key, c.Key)
                && !(c.Key.Contains(' ') && c.Entity.Mentions.Any(m => m.Sentence == mention.Sentence)))
            .OrderByDescending(c => c.Key.Length)
            .Select(c => c.Index)
            .DefaultIfEmpty(-1)
            .First();
        if (shortForm >= 0)
        {
            var entity = document.Entities[shortForm];
            entity.Name = mention.Text;
            entity.NameKey = key;
            entity.IdKey = knowledge.NameKeys.IdKey(mention.Text);
            entity.Gender ??= GenderOf(words[0]);
            return shortForm;
        }

        return NewEntity(document, EntityLabel.Person, mention.Text, key, GenderOf(words[0]), byId);
    }

    /// <summary>
    /// A country's own institution ("the Israeli Air Force", "Kenya's Supreme Court", "Pakistan's Senate") is named with its
    /// country, so that every country's army is not one entity called "Army"; "the Air Force" later in the article is
    /// the one named before. Generic institution names are data (<c>national-institution</c> in <c>Data/names.tsv</c>).
    /// </summary>
    private int? NationalInstitution(Document document, Mention mention, int first, PhraseMatch<GazetteerEntry>? leadingCountry, Dictionary<string, int> byId)
    {
        var tokens = document.TokenTexts;
        var country = leadingCountry?.Values[0].Entity;
        var rest = leadingCountry is { } lead ? (tokens[lead.End] is "'s" or "’s" ? lead.End + 1 : lead.End) : first;

        var length = rest < mention.EndToken ? knowledge.Words.StartsWith("national-institution", tokens, rest, mention.EndToken) : 0;
        if (length == 0)
        {
            return null;
        }

        if (length != mention.EndToken - rest)
        {
            // "The Liberal Party of Canada", "the Ministry of Defence of Ukraine": the institution of the country named after it.
            if (leadingCountry is not null || CountryAfterOf(tokens, rest + length, mention.EndToken) is not { } after)
            {
                return null;
            }

            Known(document, after, byId);
            return InstitutionOf(document, mention, after, string.Join(' ', Enumerable.Range(rest, length).Select(i => tokens[i])), byId);
        }

        var phrase = string.Join(' ', Enumerable.Range(rest, mention.EndToken - rest).Select(i => tokens[i]));
        var sentenceStart = document.Sentences[mention.Sentence].FirstToken;
        country ??= CountryRightBefore(tokens, mention.FirstToken, sentenceStart) ?? CountryBeforeTitles(document, mention.FirstToken, sentenceStart);
        if (country is null)
        {
            var listedForm = ListedInstitutionForm(phrase);
            var named = document.Entities.FindIndex(e => e.Label == EntityLabel.Organization && e.Known is null
                && (e.Name.EndsWith(" " + phrase, StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(" " + listedForm, StringComparison.OrdinalIgnoreCase)));
            if (named >= 0)
            {
                return named;
            }

            // "The Senate passed the bill" in a paragraph about one country is that country's Senate, not every country's.
            return CountryOfParagraph(document, mention) is { } ofParagraph
                ? InstitutionOf(document, mention, ofParagraph, phrase, byId)
                : null;
        }

        // The institution's country is named too ("the Honduran National Electoral Council" mentions Honduras).
        Known(document, country, byId);
        return InstitutionOf(document, mention, country, phrase, byId);
    }

    /// <summary>The one form an institution is named by ("Defense Ministry" → "Ministry of Defence"), or the phrase as written.</summary>
    private string ListedInstitutionForm(string phrase) => knowledge.Words.ValueOf("national-institution", phrase) ?? phrase;

    /// <summary>The country that "of" (and "the") before it names, ending the mention: "of Canada", "of the United States".</summary>
    private KnownEntity? CountryAfterOf(IReadOnlyList<string> tokens, int start, int end)
    {
        if (start >= end || tokens[start] != "of")
        {
            return null;
        }

        return CountryNamed(tokens, start + 1 < end && tokens[start + 1] == "the" ? start + 2 : start + 1, end);
    }

    /// <summary>The country whose name (no demonym) is exactly tokens [start, end).</summary>
    private KnownEntity? CountryNamed(IReadOnlyList<string> tokens, int start, int end) =>
        knowledge.Entities.Gazetteer.Match(tokens, start, end) is { } match && match.End == end
        && match.Values[0] is { IsSurnameOnly: false, Form: MentionForm.Name, Entity.Label: EntityLabel.Country } entry
            ? entry.Entity
            : null;

    /// <summary>
    /// An institution the knowledge base knows under the country's name is that one ("U.S. Department of State"); else it is
    /// named with its country, in the listed form of its name ("Russia's Defense Ministry" → Russia Ministry of Defence).
    /// </summary>
    private int InstitutionOf(Document document, Mention mention, KnownEntity country, string phrase, Dictionary<string, int> byId)
    {
        var named = ListedInstitutionForm(phrase);
        if ((KnownOrganisationOf(country, phrase) ?? KnownOrganisationOf(country, named)) is { } known)
        {
            mention.Known = known;
            return Known(document, known, byId);
        }

        return NewEntity(document, EntityLabel.Organization, $"{country.Name} {named}", null, null, byId);
    }

    /// <summary>A known organisation right after a country's name or demonym ("Jamaica's Labour Party"): see <see cref="OrganisationOf"/>.</summary>
    private int? OrganisationAfterCountry(Document document, Mention mention, KnownEntity known, Dictionary<string, int> byId) =>
        known is { Label: EntityLabel.Organization, CountryId: not null }
        && CountryRightBefore(document.TokenTexts, mention.FirstToken, document.Sentences[mention.Sentence].FirstToken) is { } country
            ? OrganisationOf(document, mention, country, known, byId)
            : null;

    /// <summary>
    /// A known organisation named with a country, which the article mentions too: the known organisation when it is that
    /// country's, or no country's ("Sudanese Rapid Support Forces", "Afghan Taliban"); else another country's organisation of
    /// the same name, named with its country ("Jamaica's Labour Party", "the Jamaican Labour Party" → Jamaica Labour Party,
    /// not the UK's).
    /// </summary>
    private int OrganisationOf(Document document, Mention mention, KnownEntity country, KnownEntity organisation, Dictionary<string, int> byId)
    {
        Known(document, country, byId);
        if (organisation.CountryId is null || organisation.CountryId == country.Id)
        {
            mention.Known = organisation;
            return Known(document, organisation, byId);
        }

        mention.Known = null;
        return NewEntity(document, EntityLabel.Organization, $"{country.Name} {organisation.Name}", null, null, byId);
    }

    /// <summary>
    /// The country a mention's paragraph is about: the one its known names (the country, its demonym, its places, people and
    /// institutions) point to at least twice as often as to any other. A paragraph that points to no country takes the
    /// article's, when the whole article points to one at least twice and three times as often as to any other; a digest
    /// of one paragraph per country does not.
    /// </summary>
    private KnownEntity? CountryOfParagraph(Document document, Mention mention)
    {
        var sentence = document.Sentences[mention.Sentence];
        var paragraphStart = sentence.Start == 0 ? 0 : document.Text.LastIndexOf('\n', sentence.Start - 1) + 1;
        var paragraphEnd = document.Text.IndexOf('\n', sentence.End) is var end and >= 0 ? end : document.Text.Length;
        var inParagraph = ClearLead(CountryCounts(document.Mentions.Where(m => m.Start >= paragraphStart && m.Start < paragraphEnd)), minimum: 1, factor: 2, out var named);
        if (inParagraph is not null || named)
        {
            return inParagraph is null ? null : knowledge.Entities.FindById(inParagraph);
        }

        return ClearLead(CountryCounts(document.Mentions), minimum: 2, factor: 3, out _) is { } inArticle ? knowledge.Entities.FindById(inArticle) : null;
    }

    private static Dictionary<string, int> CountryCounts(IEnumerable<Mention> mentions)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var known in mentions.Select(m => m.Known).OfType<KnownEntity>())
        {
            if ((known.Label == EntityLabel.Country ? known.Id : known.CountryId) is { } id)
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        return counts;
    }

    private static string? ClearLead(Dictionary<string, int> counts, int minimum, int factor, out bool any)
    {
        any = counts.Count > 0;
        var ranked = counts.OrderByDescending(kv => kv.Value).Take(2).ToList();
        return ranked is [var top, ..] && top.Value >= minimum && (ranked.Count == 1 || top.Value >= factor * ranked[1].Value) ? top.Key : null;
    }

    /// <summary>The country named (or its demonym) right before a token, possibly with a possessive: "Sudanese", "Kenya's", "the United States'".</summary>
    private KnownEntity? CountryRightBefore(List<string> tokens, int token, int sentenceStart)
    {
        var end = token > sentenceStart && tokens[token - 1] is "'s" or "’s" or "'" ? token - 1 : token;
        for (var start = Math.Max(sentenceStart, end - 3); start < end; start++)
        {
            if (knowledge.Entities.Gazetteer.Match(tokens, start, end) is { } match && match.End == end
                && match.Values[0] is { IsSurnameOnly: false, Entity.Label: EntityLabel.Country } entry)
            {
                return entry.Entity;
            }
        }

        return null;
    }

    /// <summary>
    /// The country before the titles whose "of" leads to the institution: "Cuban president and First Secretary of the
    /// Communist Party" is Cuba's party, whichever country the rest of the paragraph names most.
    /// </summary>
    private KnownEntity? CountryBeforeTitles(Document document, int token, int sentenceStart)
    {
        var tokens = document.TokenTexts;
        var i = token > sentenceStart && tokens[token - 1] == "the" ? token - 1 : token;
        if (i <= sentenceStart || tokens[i - 1] != "of")
        {
            return null;
        }

        i--;
        var titles = 0;
        while (document.Titles.FirstOrDefault(t => t.EndToken == i && t.FirstToken >= sentenceStart) is { } title)
        {
            titles++;
            i = title.FirstToken;
            if (i - 1 > sentenceStart && tokens[i - 1] is not ("and" or "of" or "the") && knowledge.Words.Contains("function", tokens[i - 1]))
            {
                i--; // "First Secretary"
            }

            if (i - 1 > sentenceStart && tokens[i - 1] == "and" && document.Titles.Any(t => t.EndToken == i - 1))
            {
                i--;
            }
        }

        return titles > 0 ? CountryRightBefore(tokens, i, sentenceStart) : null;
    }

    /// <summary>
    /// "Hurricane Dorian … Dorian": one word that ends an event named earlier with an event prefix is that event; and a storm
    /// named again by its new strength is the same storm ("Tropical Storm Humberto … Hurricane Humberto": the <c>event-prefix</c>
    /// rows of value <c>storm</c>).
    /// </summary>
    private int? NamedEventByLastWord(Document document, Mention mention)
    {
        string? stormName = null;
        if (mention.EndToken - mention.FirstToken != 1)
        {
            if (knowledge.Words.StartsWith("event-prefix", document.TokenTexts, mention.FirstToken, mention.EndToken) == 0
                || StormName([.. document.TokenTexts.Skip(mention.FirstToken).Take(mention.EndToken - mention.FirstToken)]) is not { } name)
            {
                return null;
            }

            stormName = name;
        }

        var last = document.TokenTexts[mention.EndToken - 1];

        for (var i = document.Entities.Count - 1; i >= 0; i--)
        {
            var entity = document.Entities[i];
            if (entity.Label != EntityLabel.Event || !entity.Name.EndsWith(last, StringComparison.Ordinal))
            {
                continue;
            }

            var named = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var prefix = knowledge.Words.StartsWith("event-prefix", named, 0, named.Length);
            if (stormName is null ? prefix > 0 && prefix < named.Length && named[^1] == last : StormName(named) == stormName)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// "South Korea … Korea": one word the knowledge base does not know, which ends the name of exactly one country the
    /// article has named, is that country (a report of a match names the side by it: "Korea substituted Park Joo-Ho").
    /// </summary>
    private static int? CountryByLastWord(Document document, Mention mention)
    {
        if (mention.EndToken - mention.FirstToken != 1)
        {
            return null;
        }

        var word = document.TokenTexts[mention.FirstToken];
        var countries = document.Entities
            .Select((entity, index) => (Entity: entity, Index: index))
            .Where(e => e.Entity.Label == EntityLabel.Country && e.Entity.Name.EndsWith(" " + word, StringComparison.Ordinal))
            .Take(2)
            .ToList();
        return countries.Count == 1 ? countries[0].Index : null;
    }

    /// <summary>The name after a storm's prefix ("Humberto" of "Tropical Storm Humberto"), or null for any other name.</summary>
    private string? StormName(string[] words)
    {
        var prefix = knowledge.Words.StartsWith("event-prefix", words, 0, words.Length);
        return prefix > 0 && prefix < words.Length && knowledge.Words.ValueOf("event-prefix", string.Join(' ', words.Take(prefix))) == "storm"
            ? string.Join(' ', words.Skip(prefix))
            : null;
    }

    /// <summary>
    /// The entity a name is given as the other name of, when it is of the same kind: "Typhoon Kalmaegi, known locally as
    /// Tino", "Ahmed al-Sharaa, also known as Abu Mohammed al-Jolani"; and that entity again wherever the article uses the other
    /// name alone ("Tino killed 40"). The other name becomes one of its aliases, so articles that use only it find the same
    /// entity.
    /// </summary>
    /// <param name="otherNames">The other names given so far in the article, and their entities.</param>
    private int? OtherNameOf(Document document, Mention mention, Dictionary<string, int> otherNames)
    {
        if (otherNames.TryGetValue(mention.Text, out var given) && IsSameKind(mention.Type, document.Entities[given].Label))
        {
            return given;
        }

        if (knownAsNames.NameBefore(document.TokenTexts, mention.FirstToken) is not { } end
            || document.Mentions.FirstOrDefault(m => m.EndToken == end && m.EntityIndex is not null) is not { EntityIndex: { } named }
            || !IsSameKind(mention.Type, document.Entities[named].Label))
        {
            return null;
        }

        otherNames[mention.Text] = named;
        return named;
    }

    private static bool IsSameKind(MentionType type, EntityLabel label) => (type, label) switch
    {
        (MentionType.Person, EntityLabel.Person) or (MentionType.Organization, EntityLabel.Organization) or (MentionType.Event, EntityLabel.Event)
            or (MentionType.Location, EntityLabel.Location or EntityLabel.Country) => true,
        _ => false,
    };

    /// <summary>
    /// "Schneider Electric … Schneider", "Brandt Kessler AG … Brandt Kessler": the leading words of exactly one company named
    /// earlier by its trade, a generic last word or its legal form (<c>company-word</c>, <c>company-suffix</c>, <c>legal-form</c> in
    /// <c>Data/names.tsv</c>) are that company.
    /// </summary>
    private int? CompanyByLeadingWords(Document document, Mention mention)
    {
        int? found = null;
        for (var i = 0; i < document.Entities.Count; i++)
        {
            var entity = document.Entities[i];
            if (entity.Label != EntityLabel.Organization || !StartsWithWords(entity.Name, mention.Text))
            {
                continue;
            }

            if (entity.Aliases.Append(entity.Name).Select(name => name[(name.LastIndexOf(' ') + 1)..])
                .Any(last => knowledge.Words.Contains("company-word", last) || knowledge.Words.Contains("company-suffix", last) || knowledge.Words.Contains("legal-form", last)))
            {
                if (found is not null && found != i)
                {
                    return null;
                }

                found = i;
            }
        }

        return found;
    }

    /// <summary>
    /// The most recent person of this article whose last name (variant-folded) is <paramref name="word"/>, or an earlier one
    /// of that name the article has named far more often (<see cref="IsFarMoreNamed"/>); failing that,
    /// the one person with it among the later words of a longer name ("Rosselló" of "Ricardo Rosselló Nevares").
    /// </summary>
    private int? PersonBySurname(Document document, string word)
    {
        if (word.Contains(' '))
        {
            return null;
        }

        // A hyphenated surname is keyed as the words it joins ("Strauss-Kahn" is "strauss kahn", as in "Dominique Strauss-Kahn").
        var key = knowledge.NameKeys.NameKey(word);
        if (key.Length == 0)
        {
            return null;
        }

        var keyWords = key.Split(' ');
        var inside = new List<int>();
        int? newest = null;
        int? chosen = null;
        for (var i = document.Entities.Count - 1; i >= 0; i--)
        {
            var entity = document.Entities[i];
            if (entity.Label != EntityLabel.Person)
            {
                continue;
            }

            // Both ways of owning the word need the key to hold it: most people are passed over unsplit.
            var nameKey = entity.NameKey ?? knowledge.NameKeys.NameKey(entity.Name);
            if (!nameKey.Contains(key, StringComparison.Ordinal))
            {
                continue;
            }

            var words = nameKey.Split(' ');
            if (words.Length >= keyWords.Length && words.AsSpan()[^keyWords.Length..].SequenceEqual(keyWords))
            {
                newest ??= i;
                if (chosen is not { } current || (current == newest && IsFarMoreNamed(entity, document.Entities[current])))
                {
                    chosen = i;
                }

                continue;
            }

            if (newest is null && keyWords.Length == 1 && words.Length >= 3 && words[1..^1].Contains(key))
            {
                inside.Add(i);
            }
        }

        return chosen ?? (inside.Count == 1 ? inside[0] : null);
    }

    /// <summary>
    /// The one person named in full before whose surname this lone word misspells ("Lydia Buchtmann … Ms Bauchtman said",
    /// "K.C. Maurer … said Mauer"; see <see cref="NameSlips.IsSurnameSlip"/>), when no one of the article bears it as written.
    /// Two such people leave it unlinked.
    /// </summary>
    private static int? PersonBySurnameSlip(Document document, string key) =>
        TheOne(document, e => e is { Label: EntityLabel.Person, NameKey: { } nameKey } && nameKey.LastIndexOf(' ') is var space and > 0
            && NameSlips.IsSurnameSlip(nameKey[(space + 1)..], key));

    /// <summary>
    /// A person of the surname the article has named far more often than the one of it introduced last: "President Donald
    /// Trump" named twenty times, then "First Lady Melania Trump" once, and "Pelosi accused Trump" is still the president.
    /// </summary>
    private static bool IsFarMoreNamed(LinkedEntity person, LinkedEntity newest) =>
        person.Mentions.Count >= SalientMentions && person.Mentions.Count >= SalienceRatio * newest.Mentions.Count;

    /// <summary>
    /// The one person named before in full whose first word this is, when no one's surname is: "Thomas Sam and his wife
    /// Manju Sam … Thomas' sister", "Daniel Montalvo … lied to Daniel", and "Kim Jong Un … Kim", whose family name comes first.
    /// Two people of that first word leave it unlinked.
    /// </summary>
    private static int? PersonByFirstName(Document document, string key) =>
        TheOne(document, e => e is { Label: EntityLabel.Person, NameKey: { } nameKey } && StartsWithWords(nameKey, key));

    private int? KnownPersonOnly(Document document, Mention mention, Dictionary<string, int> byId)
    {
        var key = knowledge.NameKeys.NameKey(mention.Text);
        var known = mention.Text.Contains(' ') ? knowledge.Entities.PersonByNameKey(key) : knowledge.Entities.PersonBySurnameKey(key);
        return known is null ? null : Known(document, known, byId);
    }

    /// <summary>
    /// A name the tagger typed that is, word for word, a knowledge-base name ("the United States" inside a longer span the
    /// span rules cut) is that entry, whatever type the tagger gave it: one article must not hold a country and a place of one name.
    /// </summary>
    private int? Named(Document document, EntityLabel label, Mention mention, Dictionary<string, int> byId)
    {
        var first = mention.FirstToken < mention.EndToken - 1 && document.TokenTexts[mention.FirstToken] is "the" or "The" ? mention.FirstToken + 1 : mention.FirstToken;
        var atStart = knowledge.Entities.Gazetteer.Match(document.TokenTexts, first, mention.EndToken);
        if (atStart is { } match && match.End == mention.EndToken
            && match.Values.FirstOrDefault(v => v.Form == MentionForm.Name && !v.IsSurnameOnly) is { } entry)
        {
            if (OrganisationAfterCountry(document, mention, entry.Entity, byId) is { } organisation)
            {
                return organisation;
            }

            mention.Known = entry.Entity;
            return Known(document, entry.Entity, byId);
        }

        // A country (or its demonym) that begins a longer organisation name: "Kenya's Supreme Court", "U.S. Central Command".
        var leadingCountry = atStart is { } lead && lead.End < mention.EndToken && lead.Values[0] is { IsSurnameOnly: false, Entity.Label: EntityLabel.Country } ? lead : null;
        if (label == EntityLabel.Organization && NationalInstitution(document, mention, first, leadingCountry, byId) is { } institution)
        {
            return institution;
        }

        if (label == EntityLabel.Organization && CountryAgency(document, mention, first, leadingCountry, byId) is { } agency)
        {
            return agency;
        }

        var name = mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? mention.Text[4..] : mention.Text;
        if (label == EntityLabel.Organization)
        {
            name = WithoutLegalForm(name);
            if (OrganisationNamedWithItsCountry(document, name) is { } qualified)
            {
                return qualified;
            }

            if (OrganisationNamedByWhatItIsOf(document, name) is { } organisation)
            {
                return organisation;
            }
        }

        return name.Length == 0 ? null : NewEntity(document, label, name, null, null, byId);
    }

    /// <summary>
    /// "The United Kingdom Home Office … the Home Office", "Comic Corps of Canada … the Comic Corps": the one organisation
    /// named earlier in the article with its country before or after the name is the one a later mention names without it.
    /// </summary>
    private int? OrganisationNamedWithItsCountry(Document document, string name) =>
        TheOneUnknownOrganisation(document, named => IsNamedWithItsCountry(named, name));

    /// <summary>
    /// "Church of Scientology … Scientology", in either order: the one organisation named as an institution of something (an
    /// <c>org-word</c> before "of") is the one a mention names by that something alone; met first by the short name, the
    /// organisation takes the full name when it comes.
    /// </summary>
    private int? OrganisationNamedByWhatItIsOf(Document document, string name)
    {
        var shortName = WhatInstitutionIsOf(name);
        var found = TheOneUnknownOrganisation(document, named => shortName is not null ? named == shortName : WhatInstitutionIsOf(named) == name);
        if (found is { } index && shortName is not null)
        {
            document.Entities[index].Name = name;
        }

        return found;
    }

    /// <summary>The article's one organisation the knowledge base does not know whose name fits; null when none or several do.</summary>
    private static int? TheOneUnknownOrganisation(Document document, Func<string, bool> fits) =>
        TheOne(document, e => e.Label == EntityLabel.Organization && e.Known is null && fits(e.Name));

    /// <summary>The index of the article's one entity that fits; null when none or several do (a choice the text leaves open).</summary>
    private static int? TheOne(Document document, Func<LinkedEntity, bool> fits)
    {
        int? found = null;
        for (var i = 0; i < document.Entities.Count; i++)
        {
            if (!fits(document.Entities[i]))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = i;
        }

        return found;
    }

    /// <summary>"Scientology" of "Church of Scientology": what a name after an organisation word and "of" names; else null.</summary>
    private string? WhatInstitutionIsOf(string name)
    {
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0)
        {
            return null;
        }

        var institution = name[..of];
        var rest = name[(of + 4)..];
        var lastWord = institution[(institution.LastIndexOf(' ') + 1)..];
        return knowledge.Words.Contains("org-word", lastWord) && rest.Length > 0 && char.IsUpper(rest[0]) && !rest.Contains(" of ", StringComparison.Ordinal) ? rest : null;
    }

    /// <summary>"United Kingdom Home Office" or "Comic Corps of Canada" for "Home Office" or "Comic Corps": the name with a country's name before it, or after "of".</summary>
    private bool IsNamedWithItsCountry(string qualified, string name)
    {
        var words = qualified.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= nameWords.Length)
        {
            return false;
        }

        return words.AsSpan(words.Length - nameWords.Length).SequenceEqual(nameWords)
            ? CountryNamed(words, 0, words.Length - nameWords.Length) is not null
            : words.AsSpan(0, nameWords.Length).SequenceEqual(nameWords) && CountryAfterOf(words, nameWords.Length, words.Length) is not null;
    }

    /// <summary>
    /// A company's name without its legal form ("Brightway Stores Inc." is "Brightway Stores", "Vale S.A." "Vale"): one
    /// outlet writes it and the next does not, and the company is one entity in both. The form stays an alias. A name
    /// that would be left one common word keeps it ("Wrestling Inc", a website).
    /// </summary>
    private string WithoutLegalForm(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0 || !knowledge.Words.Contains("legal-form", name[(space + 1)..]))
        {
            return name;
        }

        var rest = name[..space].TrimEnd(',');
        return rest.Contains(' ', StringComparison.Ordinal) || !Ner.EnglishWords.Contains(rest) ? rest : name;
    }

    /// <summary>
    /// An organisation named after its country: the knowledge base's entry when it knows the name under any name of the
    /// country ("United States Department of State" is "US Department of State"); after an abbreviated country, "U.S.
    /// Central Intelligence Agency" is the known CIA, and "U.S. Central Command" is named "United States Central Command"
    /// so that every spelling of the country gives one entity. A one-word rest ("US Airways", "U.S. Constitution") is left as written.
    /// A known organisation after the country's name or demonym is that organisation, or another country's of its name
    /// (<see cref="OrganisationOf"/>).
    /// </summary>
    private int? CountryAgency(Document document, Mention mention, int first, PhraseMatch<GazetteerEntry>? leadingCountry, Dictionary<string, int> byId)
    {
        var tokens = document.TokenTexts;
        if (leadingCountry is not { } prefix)
        {
            return null;
        }

        var rest = tokens[prefix.End] is "'s" or "’s" ? prefix.End + 1 : prefix.End;
        if (rest < mention.EndToken && KnownOrganisation(tokens, rest, mention.EndToken) is { } named)
        {
            return OrganisationOf(document, mention, prefix.Values[0].Entity, named, byId);
        }

        if (prefix.Values[0] is not { Form: MentionForm.Name } country)
        {
            return null;
        }

        var abbreviated = IsAbbreviation(tokens, first, prefix.End);
        if (abbreviated && KnownOrganisation(tokens, prefix.End, mention.EndToken) is { } known)
        {
            mention.Known = known;
            return Known(document, known, byId);
        }

        // Under any name of its country: "United States Department of State" and "U.S. Department of State" are the known "US Department of State".
        var phrase = string.Join(' ', Enumerable.Range(prefix.End, mention.EndToken - prefix.End).Select(i => tokens[i]));
        if (KnownOrganisationOf(country.Entity, phrase) is { } organisation)
        {
            mention.Known = organisation;
            return Known(document, organisation, byId);
        }

        return abbreviated && mention.EndToken - prefix.End >= 2
            ? NewEntity(document, EntityLabel.Organization, $"{country.Entity.Name} {phrase}", null, null, byId)
            : null;
    }

    /// <summary>"U.S.", "US", "UK", "UAE": letters in capitals, with or without dots.</summary>
    private static bool IsAbbreviation(List<string> tokens, int start, int end) =>
        end - start == 1 && tokens[start].Where(char.IsLetter).All(char.IsUpper) && tokens[start].Count(char.IsLetter) is >= 2 and <= 4;

    /// <summary>
    /// The organisation the knowledge base knows as the country's <paramref name="phrase"/> under any of the country's
    /// names: "United States" + "Department of State" is the known "US Department of State".
    /// </summary>
    private KnownEntity? KnownOrganisationOf(KnownEntity country, string phrase)
    {
        foreach (var countryName in country.Aliases.Prepend(country.Name))
        {
            var words = $"{countryName} {phrase}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (KnownOrganisation(words, 0, words.Length) is { } organisation)
            {
                return organisation;
            }
        }

        return null;
    }

    /// <summary>The organisation the knowledge base knows by exactly tokens [start, end), under its full name or an alias.</summary>
    private KnownEntity? KnownOrganisation(IReadOnlyList<string> tokens, int start, int end) =>
        knowledge.Entities.Gazetteer.Match(tokens, start, end) is { } match && match.End == end
        && match.Values[0] is { IsSurnameOnly: false, Form: MentionForm.Name, Entity.Label: EntityLabel.Organization } entry
            ? entry.Entity
            : null;

    private int Known(Document document, KnownEntity known, Dictionary<string, int> byId)
    {
        if (byId.TryGetValue(known.Id, out var index))
        {
            // A dateline in capitals may have named it before the knowledge base could ("PORT-AU-PRINCE, Jan 12 -").
            if (document.Entities[index].Known is null && TokenCase.IsAllCapitals(document.Entities[index].Name))
            {
                document.Entities[index].Name = known.Name;
                document.Entities[index].Known = known;
            }

            return index;
        }

        document.Entities.Add(new LinkedEntity
        {
            Label = known.Label,
            Name = known.Name,
            Known = known,
            Gender = known.Gender,
            NameKey = known.Label == EntityLabel.Person ? knowledge.NameKeys.NameKey(known.Name) : null,
        });
        byId[known.Id] = document.Entities.Count - 1;
        return document.Entities.Count - 1;
    }

    private int NewEntity(Document document, EntityLabel label, string name, string? key, char? gender, Dictionary<string, int> byId)
    {
        var idKey = label == EntityLabel.Person && key is not null ? knowledge.NameKeys.IdKey(name) : null;
        var entity = new LinkedEntity { Label = label, Name = name, NameKey = key, IdKey = idKey, Gender = gender };
        if (byId.TryGetValue(entity.Id, out var index))
        {
            // A dateline or a headline in capitals may name it first ("JOHANNESBURG , Sept 19 -"): the text's own casing names it.
            if (Ner.TokenCase.IsAllCapitals(document.Entities[index].Name) && !Ner.TokenCase.IsAllCapitals(name))
            {
                document.Entities[index].Name = name;
            }

            return index;
        }

        // One name is one thing within an article: "Scientology" typed an organisation in one sentence and a person in
        // the next stays the organisation it was first; "New People's Party" is the "New People Party" named before.
        var plain = WithoutPossessives(name);
        var sameName = document.Entities.FindIndex(e => e.Known is null && string.Equals(WithoutPossessives(e.Name), plain, StringComparison.OrdinalIgnoreCase));
        if (sameName >= 0)
        {
            return sameName;
        }

        document.Entities.Add(entity);
        byId[entity.Id] = document.Entities.Count - 1;
        return document.Entities.Count - 1;
    }

    /// <summary>A name key whose last words are <paramref name="tail"/>: "bart de wever" of "de wever".</summary>
    private static bool EndsWithWords(string key, string tail) =>
        key.Length > tail.Length && key.EndsWith(tail, StringComparison.Ordinal) && key[^(tail.Length + 1)] == ' ';

    /// <summary>A name key whose first words are <paramref name="head"/>: "thomas sam" of "thomas".</summary>
    private static bool StartsWithWords(string key, string head) =>
        key.Length > head.Length && key.StartsWith(head, StringComparison.Ordinal) && key[head.Length] == ' ';

    private static string WithoutPossessives(string name) =>
        name.Contains('\'', StringComparison.Ordinal) || name.Contains('’', StringComparison.Ordinal)
            ? string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? w[..^2] : w))
            : name;

    /// <summary>A folded name key without the words between its first and last, unless a particle ("van", "bin") makes every word count.</summary>
    private string WithoutMiddleNames(string key)
    {
        var words = key.Split(' ');
        return words.Length < 3 || words.Any(w => knowledge.Words.Contains("person-particle", w)) ? key : $"{words[0]} {words[^1]}";
    }

    private char? GenderOf(string firstName) => knowledge.GivenNames.GetValueOrDefault(firstName);

    private void Link(Document document, Mention mention, int index)
    {
        mention.EntityIndex = index;
        var entity = document.Entities[index];
        entity.Mentions.Add(mention);
        if (!IsBareInstitutionOf(document, mention, entity) && !IsFirstWordOf(mention, entity))
        {
            entity.Aliases.Add(mention.Text);
        }
    }

    /// <summary>
    /// "Thomas" for Thomas Sam, "Kim" for Kim Jong Un: the first word of a person's name links the mention within the article
    /// (<see cref="PersonByFirstName"/>) but is no name of the person other articles may match by: many people share it.
    /// </summary>
    private bool IsFirstWordOf(Mention mention, LinkedEntity entity)
    {
        if (entity is not { Label: EntityLabel.Person, NameKey: { } nameKey } || mention.Text.Contains(' '))
        {
            return false;
        }

        // "Mohamed" of "Mohamed El-Hassan Mohamed" is also the surname, a name the person goes by.
        var key = knowledge.NameKeys.NameKey(mention.Text);
        return StartsWithWords(nameKey, key) && !EndsWithWords(nameKey, key);
    }

    /// <summary>
    /// "Air Force" for Israel Air Force, "House of Representatives" for the known US House of Representatives, is not a
    /// name of it: every country has one, so other articles must not match it by that.
    /// </summary>
    private bool IsBareInstitutionOf(Document document, Mention mention, LinkedEntity entity)
    {
        var first = document.TokenTexts[mention.FirstToken] is "the" or "The" ? mention.FirstToken + 1 : mention.FirstToken;
        return entity.Label == EntityLabel.Organization && first < mention.EndToken
            && knowledge.Words.StartsWith("national-institution", document.TokenTexts, first, mention.EndToken) == mention.EndToken - first
            && !string.Equals(entity.Name, mention.Text, StringComparison.OrdinalIgnoreCase);
    }
}
