using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// The statistical tagger with the knowledge base laid over it, as the pipeline's recogniser combines
/// them: a name the knowledge base knows (a country, a capital, an international organisation, a
/// demonym, a well-known person's surname alone) takes the knowledge base's type, unless the model put it inside a longer name
/// ("Bank of America" stays one organisation). Then the span conventions of the public benchmarks are
/// applied (<see cref="NameSpanConventions"/>); <paramref name="titles"/> are the person titles
/// (the model's, see <see cref="NerModel.Titles"/>) they use. With <paramref name="headlineCasing"/>, all-capitals
/// sentences are read in their restored case by the model and the rules alike ("WHO" in a headline is the word "who").
/// <paramref name="placeLists"/> (the model's knowledge lexicon, with the GeoNames places) tells two places joined by
/// "and" that are one ("Jammu and Kashmir").
/// </summary>
public sealed class GazetteerAwareTagger : INamedEntityTagger
{
    private readonly INamedEntityTagger model;
    private readonly Knowledge knowledge;
    private readonly PersonTitles? titles;
    private readonly HeadlineCasing? headlineCasing;
    private readonly KnowledgeLexicon? placeLists;
    private readonly KnownNames names;
    private readonly NameJoins nameJoins;
    private readonly ListedPlaces? listedPlaces;
    private readonly NameSpanConventions conventions;
    private readonly PlaceChains placeChains;
    private readonly SportsTeams sportsTeams;
    private readonly ResultsLines resultsLines;
    private readonly PlayerLines playerLines;
    private readonly Scorecards scorecards;
    private readonly SentenceSubjects sentenceSubjects;
    private readonly PressDigests pressDigests;
    private readonly PeopleNamedInFull peopleNamedInFull;
    private readonly ReportTeams reportTeams;
    private readonly DefiningPhrases definingPhrases;
    private readonly Citations citations;
    private readonly SpelledOutAbbreviations spelledOutAbbreviations;
    private readonly EventPrefixNames eventPrefixNames;
    private readonly KnownAsNames knownAsNames;
    private readonly FlightCodes flightCodes;
    private readonly ListedOrganisations listedOrganisations;

    public GazetteerAwareTagger(INamedEntityTagger model, Knowledge knowledge, PersonTitles? titles = null, HeadlineCasing? headlineCasing = null, KnowledgeLexicon? placeLists = null)
    {
        (this.model, this.knowledge, this.titles, this.headlineCasing, this.placeLists) = (model, knowledge, titles, headlineCasing, placeLists);
        var names = this.names = new KnownNames(knowledge, placeLists);
        nameJoins = new(knowledge, titles ?? PersonTitles.Empty);
        listedPlaces = placeLists is null ? null : new(placeLists, knowledge.FirstNames);
        listedOrganisations = new(names.Entry, knowledge.FirstNames);
        conventions = new(knowledge.Words, titles ?? PersonTitles.Empty, knowledge.FirstNames, names.IsPlace, (tokens, start, end) => names.Entry(tokens, start, end) is not null);
        placeChains = new(
            names.IsPlace,
            word => knowledge.Words.Contains("locative", word),
            word => knowledge.Words.Contains("org-word", word),
            knowledge.FirstNames.ContainsKey,
            word => knowledge.Words.Contains("location-word", word),
            names.IsExactlyKnown);
        sportsTeams = new(knowledge.Words, names.IsCountry, knowledge.FirstNames.ContainsKey, EnglishWords.Contains,
            word => knowledge.Words.Contains("nationality-word", word) || knowledge.Entities.Gazetteer.Match([word], 0, 1) is { Values: [{ Form: MentionForm.Demonym }, ..] },
            names.IsExactlyKnown);
        resultsLines = new(names.TeamType, knowledge.FirstNames.ContainsKey, word => word == "of" || knowledge.Words.Contains("person-particle", word));
        playerLines = new(names.TeamType, word => knowledge.Words.Contains("players-cue", word));
        scorecards = new(knowledge.Words);
        sentenceSubjects = new(knowledge.Words, word => names.IsKnownOrListed([word], 0, 1) || knowledge.DateWords.Contains(word));
        pressDigests = new(knowledge.Words);
        peopleNamedInFull = new(titles);
        reportTeams = new(knowledge, names);
        definingPhrases = new(knowledge.Words, titles, (tokens, i) => knowledge.Reporting.Match(tokens, i, tokens.Count) is not null);
        citations = new(knowledge.Words, knowledge.DateWords.Contains, (tokens, start, end) => names.Entry(tokens, start, end) is { Entity.Label: not EntityLabel.Person });
        spelledOutAbbreviations = new(knowledge.Words);
        eventPrefixNames = new(knowledge.Words, knowledge.FirstNames.ContainsKey);
        knownAsNames = new(knowledge.Words);
        flightCodes = new(knowledge.Words);
    }

    /// <summary>The statistical tagger with the knowledge base and the model's own title words.</summary>
    public static GazetteerAwareTagger Over(PerceptronNerTagger statistical, Knowledge knowledge) =>
        new(statistical, knowledge, statistical.Model.Titles, HeadlineCasing.For(statistical.Model), statistical.Model.Extractor.Knowledge);

    public IReadOnlyList<string[]> Tag(IReadOnlyList<IReadOnlyList<string>> input)
    {
        var sentences = headlineCasing?.Restore(input) ?? input;
        var tags = model.Tag(sentences);
        var modelTags = tags.Select(t => (string[])t.Clone()).ToList();
        var teams = new HashSet<string>(StringComparer.Ordinal);
        var sportsReport = sentences.Count > 0 && sportsTeams.HasSportsSlug(sentences[0]);
        for (var s = 0; s < sentences.Count; s++)
        {
            // Conventions first so that names cut out of longer spans ("U.S." in "U.S. Ambassador
            // Zalmay Khalilzad") get the knowledge base's type, and again for the names the overlay wrote.
            var wireHeadline = DocumentConsistency.IsAllCapitals(input[s]);
            conventions.Apply(sentences[s], tags[s], wireHeadline);
            Overlay(sentences[s], tags[s]);
            conventions.Apply(sentences[s], tags[s], wireHeadline);
            nameJoins.Apply(sentences[s], tags[s]);
            PeopleLedByGivenNames(sentences[s], tags[s]);
            listedPlaces?.Apply(sentences[s], tags[s]);
            placeChains.Apply(sentences[s], tags[s]);
            listedOrganisations.Apply(sentences[s], tags[s]);
            sentenceSubjects.Apply(sentences[s], tags[s]);
            var beforeSports = (string[])tags[s].Clone();
            sportsTeams.Apply(sentences[s], tags[s]);
            if (sportsReport)
            {
                sportsTeams.ApplyToSportsReport(sentences[s], tags[s]);
            }

            Datelines.Apply(sentences[s], tags[s]);
            Datelines.ApplyToBrief(sentences[s], tags[s], (tokens, start, end) => placeLists?.IsListedPlace(tokens, start, end) == true, MonthEnd);
            resultsLines.Apply(sentences[s], tags[s]);
            playerLines.Apply(sentences[s], tags[s]);
            scorecards.Apply(sentences[s], tags[s]);
            eventPrefixNames.Apply(sentences[s], tags[s]);
            if (ResultsLines.IsTableHeader(input[s]))
            {
                Array.Fill(tags[s], EntityLabels.OutsideTag);
            }

            ReportTeams.Collect(sentences[s], beforeSports, tags[s], teams);
        }

        var surnames = PeopleNamedInFull.Surnames(sentences, tags);
        peopleNamedInFull.KeepPeopleNamedLikePlaces(sentences, modelTags, tags, surnames);
        if (sportsReport)
        {
            reportTeams.AddShortNames(sentences, tags, teams, surnames);
            reportTeams.NameAsTeams(sentences, tags, teams);
            reportTeams.PlayersNamedAsPlaces(sentences, tags, teams, surnames);
        }
        else
        {
            reportTeams.NameAsTeams(sentences, tags, teams);
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            citations.Apply(sentences[s], tags[s]);
        }

        spelledOutAbbreviations.Apply(sentences, tags);
        knownAsNames.Apply(sentences, tags);
        flightCodes.Apply(sentences, tags);
        var defined = definingPhrases.Apply(sentences, tags);
        pressDigests.Apply(input, tags);

        // Labels read the tags as conlleval does (an I- after O starts a name), so the tags returned are well-formed BIO.
        var labels = tags.Select(t => EntityLabels.FromBio(t)).ToList();
        DocumentConsistency.ApplyToAllCapitalSentences(input, sentences, labels);
        DocumentNames.Apply(sentences, labels, knowledge.Words, knowledge.FirstNames.ContainsKey, name => name.Split(' ') is var words && names.IsPlace(words, 0, words.Length),
            word => names.Entry([word], 0, 1) is { Entity.Label: not EntityLabel.Person } || (defined.TryGetValue(word, out var type) && type != "PER"));
        return [.. labels.Select(l => EntityLabels.ToBio(l))];
    }

    /// <summary>
    /// Two or three words the model read as a place or an organisation that a known given name leads and words of no list
    /// follow are a person: "Francisco Tudela", "Lilian Laslandes", "Jonas Gahr Støre". Not a given name that is a place or an
    /// English word ("Charlotte Hornets", "Will Power"), nor a name ending in a known place ("Hertha Berlin"), a head word or
    /// an English word ("Aston Villa"), nor one the knowledge base or the lists know, nor a place named after a person where a
    /// locative preposition, "of" or "the" leads it ("west of Lazaro Cardenas", "the Adi Abeto prison").
    /// </summary>
    private void PeopleLedByGivenNames(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags))
        {
            if (span.Length is < 2 or > 3 || EntityLabels.Types[span.Type] is not ("LOC" or "ORG"))
            {
                continue;
            }

            var (given, last) = (tokens[span.Start], tokens[span.End - 1]);
            if (IsNameWord(given) && knowledge.GivenNames.ContainsKey(given) && !EnglishWords.Contains(given)
                && Enumerable.Range(span.Start + 1, span.Length - 1).All(i => IsNameWord(tokens[i]) && !EnglishWords.Contains(tokens[i]) && !names.IsKnownOrListed(tokens, i, i + 1))
                && !names.IsKnownOrListed(tokens, span.Start, span.Start + 1) && !names.IsKnownOrListed(tokens, span.Start, span.End)
                && !IsHeadWord(last) && !knowledge.Words.Contains("event-word", last)
                && titles?.IsTitle(given) != true
                && !(span.Start > 0 && (knowledge.Words.Contains("locative", tokens[span.Start - 1]) || tokens[span.Start - 1] is "of" or "the")))
            {
                SpanReader.Write(tags, span.Start, span.End, "PER");
            }
        }

        static bool IsNameWord(string word) => TokenCase.IsCapitalised(word) && !TokenCase.IsAllCapitals(word) && word.All(c => char.IsLetter(c) || c is '-' or '\'');
    }

    /// <summary>Where the knowledge base's name of a month that starts at token <paramref name="start"/> ends, if one does.</summary>
    private int? MonthEnd(IReadOnlyList<string> tokens, int start) =>
        knowledge.DateWords.Match(tokens, start, tokens.Count) is { Values: [{ Kind: DateWordKind.Month }, ..] } month ? month.End : null;

    private void Overlay(IReadOnlyList<string> tokens, string[] tags)
    {
        SplitCoordinatedNames(tokens, tags);
        SplitKnownNamesBeforePeople(tokens, tags);
        var i = 0;
        while (i < tokens.Count)
        {
            var match = knowledge.Entities.Gazetteer.Match(tokens, i, tokens.Count);
            // A well-known person's surname alone is that person, wherever the model put it outside a longer name: it had read
            // "Yeltsin 's spokesman" as an organisation and "Officials close to Lebed" as a place.
            if (match is not null && match.Values[0].IsSurnameOnly && !InsideLongerSpan(tags, match.Start, match.End) && StandsAlone(tokens, tags, match.Start, match.End))
            {
                SpanReader.Write(tags, match.Start, match.End, "PER");
                i = match.End;
                continue;
            }

            if (match is null || TypeOf(match.Values[0]) is not { } type || InsideLongerSpan(tags, match.Start, match.End))
            {
                i++;
                continue;
            }

            // "The New York Times", "The Guardian": the article opens the name as written, but the span starts after it, as the
            // model's does and as GUM's and the news gold sets' conventions have it (wikigold alone keeps "The Economist" whole).
            var start = tokens[match.Start] == "The" && match.End - match.Start >= 2 && tags[match.Start] == EntityLabels.OutsideTag ? match.Start + 1 : match.Start;
            SpanReader.Write(tags, start, match.End, type);

            if (match.End < tags.Length && tags[match.End].StartsWith("I-", StringComparison.Ordinal))
            {
                tags[match.End] = "B-" + tags[match.End][2..];
            }

            i = match.End;
        }
    }

    /// <summary>
    /// A model span that is two names joined by "and"/"or"/"&amp;" is two names when both are known ("Sweden and
    /// Finland", "World Bank and International Monetary Fund"), both end in an organisation or place word ("British
    /// Library and Columbia University"), or one is known and the other a name of its own ("Air Canada and Icelandair"),
    /// unless the whole is known ("Bosnia and Herzegovina"); the overlay then types each. Two names facing each other
    /// ("Eton v Harrow", "Roe v. Wade") are always two.
    /// </summary>
    private void SplitCoordinatedNames(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags))
        {
            for (var k = span.Start + 1; k < span.End - 1; k++)
            {
                if (knowledge.Words.Contains("fixture-versus", tokens[k])
                    || (tokens[k] is "and" or "or" or "&" && (BothKnown(tokens, span, k) || BothHeaded(tokens, span, k)) && !IsKnownName(tokens, span.Start, span.End))
                    || (tokens[k] is "and" or "or" && KnownBesideOwnName(tokens, span, k) && !IsKnownName(tokens, span.Start, span.End)))
                {
                    tags[k] = EntityLabels.OutsideTag;
                    tags[k + 1] = "B-" + tags[k + 1][2..];
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A model span of any type that starts with a known demonym and goes on with a person a known first name leads, or a
    /// person's span going on with two bare name words, is a nationality and the person ("Frenchman Cedric Pioline", which
    /// the model read as an organisation; "Finn Mika Hakkinen").
    /// A model span that starts with a known country, place or organisation, or names the office a title before it
    /// holds ("of", "to" or "for", perhaps with "the"), and goes on with a person's name a known first name leads is the
    /// two: "Prime Minister of India Narendra Modi", "special envoy to Ukraine Keith Kellogg", "Vice-President of the
    /// European Commission Kaja Kallas", "Speaker of the House Nancy Pelosi", "Secretary of Homeland Security Kristi Noem".
    /// Only a span the model typed as a place or an organisation ("Chad Michael Murray" is a person), or a person's span
    /// after an office's title ("Mayor of London Sadiq Khan"), and the person's part is bare name words
    /// (<see cref="NameSpanConventions.IsBareNameWord(string)"/>) ending in no common English word ("Africa Marine Commando"
    /// is a group) unless the model read a person.
    /// </summary>
    private void SplitKnownNamesBeforePeople(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags).ToList())
        {
            // A common word ending a place's or organisation's span makes it one name ("Africa Marine Commando"); a person's
            // surname may be one ("Mayor of London Sadiq Khan").
            var personAfterOffice = EntityLabels.Types[span.Type] == "PER" && AfterAnOfficesTitle(tokens, span.Start);
            if (EnglishWords.Contains(tokens[span.End - 1]) && !personAfterOffice)
            {
                continue;
            }

            // "Frenchman Cedric Pioline", "Dutchman Richard Krajicek": a known demonym before a person is the person's nationality.
            if (knowledge.Entities.Gazetteer.Match(tokens, span.Start, span.End) is { Values: [{ Form: MentionForm.Demonym }, ..] } demonym
                && demonym.End < span.End && (IsPersonFrom(tokens, demonym.End, span.End) || (EntityLabels.Types[span.Type] == "PER" && IsBareName(tokens, demonym.End, span.End))))
            {
                SpanReader.Write(tags, span.Start, demonym.End, "MISC");
                SpanReader.Write(tags, demonym.End, span.End, "PER");
                continue;
            }

            // A person's span only after an office's title: "Mayor of London Sadiq Khan", which the model read as one person, is the
            // place the office is of and the person ("Chad Michael Murray" stays whole).
            if (EntityLabels.Types[span.Type] is not ("LOC" or "ORG") && !personAfterOffice)
            {
                continue;
            }

            var known = knowledge.Entities.Gazetteer.Match(tokens, span.Start, span.End) is { } match && TypeOf(match.Values[0]) is "LOC" or "ORG" ? match.End : -1;
            var person = known > span.Start && (personAfterOffice ? IsBareName(tokens, known, span.End) : IsPersonFrom(tokens, known, span.End)) ? known
                : AfterAnOfficesTitle(tokens, span.Start) ? Enumerable.Range(span.Start + 1, Math.Max(0, span.Length - 2)).FirstOrDefault(k => IsPersonFrom(tokens, k, span.End) && NamesABody(tokens, span.Start, k), -1)
                : -1;
            if (person > span.Start)
            {
                SpanReader.Write(tags, person, span.End, "PER");
            }
        }
    }

    /// <summary>Tokens [start, end) are two words or more of a person's name a known first name leads.</summary>
    private bool IsPersonFrom(IReadOnlyList<string> tokens, int start, int end) => IsBareName(tokens, start, end) && knowledge.GivenNames.ContainsKey(tokens[start]);

    /// <summary>Tokens [start, end) are two words or more that may make a person's name: no title, head word or connector.</summary>
    private bool IsBareName(IReadOnlyList<string> tokens, int start, int end) =>
        end - start >= 2 && Enumerable.Range(start, end - start).All(i => conventions.IsBareNameWord(tokens[i]));

    /// <summary>
    /// What an office is of: two words or more ("Homeland Security"), or one an institution of any country is called
    /// ("Army", "Government") or a body's word (<c>office-body</c>: "House", "Senate"); a single other word is more likely a
    /// name's first part ("a deputy to Akhtar Mohammad Osmani").
    /// </summary>
    private bool NamesABody(IReadOnlyList<string> tokens, int start, int end) =>
        end - start >= 2 || knowledge.Words.Contains("national-institution", tokens[start]) || knowledge.Words.Contains("office-body", tokens[start]);

    /// <summary>"Speaker of the …", "envoy to …": a title and "of", "to" or "for" (perhaps with "the") right before <paramref name="start"/>.</summary>
    private bool AfterAnOfficesTitle(IReadOnlyList<string> tokens, int start)
    {
        var i = start - 1;
        if (i >= 0 && tokens[i] == "the")
        {
            i--;
        }

        return i >= 1 && tokens[i] is "of" or "to" or "for" && titles is not null && titles.IsTitle(tokens[i - 1]);
    }

    /// <summary>
    /// Both sides are known names; the second may run past the model's span ("Moody 's Investors Service and Standard" +
    /// "& Poor 's", where the model stopped at the ampersand): the overlay then writes it whole.
    /// </summary>
    private bool BothKnown(IReadOnlyList<string> tokens, EntitySpan span, int conjunction) =>
        IsKnownName(tokens, span.Start, conjunction)
        && knowledge.Entities.Gazetteer.Match(tokens, conjunction + 1, tokens.Count) is { } second && second.End >= span.End && TypeOf(second.Values[0]) is not null;

    private bool BothHeaded(IReadOnlyList<string> tokens, EntitySpan span, int conjunction) =>
        conjunction - span.Start >= 2 && span.End - conjunction - 1 >= 2 && IsHeadWord(tokens[conjunction - 1]) && IsHeadWord(tokens[span.End - 1]);

    /// <summary>
    /// One side of the conjunction is a known name and the other a name of its own: a word no English word list knows, or
    /// words ending in a head word ("Air Canada and Icelandair", "Lufthansa and International Airlines Group"), in a span the
    /// model typed as an organisation or a place.
    /// </summary>
    private bool KnownBesideOwnName(IReadOnlyList<string> tokens, EntitySpan span, int conjunction)
    {
        bool OwnName(int start, int end) =>
            (end - start == 1 && TokenCase.IsCapitalised(tokens[start]) && !EnglishWords.Contains(tokens[start]))
            || (end - start >= 2 && IsHeadWord(tokens[end - 1]));

        return EntityLabels.Types[span.Type] is "ORG" or "LOC"
            && ((IsKnownName(tokens, span.Start, conjunction) && OwnName(conjunction + 1, span.End))
                || (IsKnownName(tokens, conjunction + 1, span.End) && OwnName(span.Start, conjunction)));
    }

    private bool IsHeadWord(string word) => knowledge.Words.Contains("org-word", word) || knowledge.Words.Contains("location-word", word);


    private bool IsKnownName(IReadOnlyList<string> tokens, int start, int end) =>
        knowledge.Entities.Gazetteer.Match(tokens, start, end) is { } match && match.End == end && TypeOf(match.Values[0]) is not null;

    /// <summary>
    /// No name word runs into tokens [start, end): "Klaus Iohannis" and "Cameron Stanley" hold no surname of a
    /// well-known person, whatever the model made of them.
    /// </summary>
    private static bool StandsAlone(IReadOnlyList<string> tokens, string[] tags, int start, int end) =>
        !(end < tokens.Count && (tags[end] != EntityLabels.OutsideTag || TokenCase.IsCapitalised(tokens[end])))
        && !(start > 0 && tags[start - 1] != EntityLabels.OutsideTag);

    /// <summary>True when the model's span covering the match also covers tokens outside it.</summary>
    private static bool InsideLongerSpan(string[] tags, int start, int end)
    {
        var continuesBefore = tags[start].StartsWith("I-", StringComparison.Ordinal);
        var continuesAfter = end < tags.Length && tags[end].StartsWith("I-", StringComparison.Ordinal) && tags[end - 1] != "O";
        return continuesBefore || continuesAfter;
    }

    /// <summary>CoNLL types: places and countries LOC, demonyms MISC; surnames alone are typed by <see cref="Overlay"/>.</summary>
    private static string? TypeOf(GazetteerEntry entry) => entry switch
    {
        { IsSurnameOnly: true } => null,
        { Form: MentionForm.Demonym } => "MISC",
        { Entity.Label: EntityLabel.Country or EntityLabel.Location } => "LOC",
        { Entity.Label: EntityLabel.Organization } => "ORG",
        { Entity.Label: EntityLabel.Person } => "PER",
        { Entity.Label: EntityLabel.Event } => "EVENT",
        _ => null,
    };
}
