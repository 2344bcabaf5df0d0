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
public sealed class GazetteerAwareTagger(INamedEntityTagger model, Knowledge knowledge, PersonTitles? titles = null, HeadlineCasing? headlineCasing = null, KnowledgeLexicon? placeLists = null) : INamedEntityTagger
{
    private readonly NameJoins nameJoins = new(knowledge, (titles ?? PersonTitles.Empty).Words);

    private readonly ListedPlaces? listedPlaces = placeLists is null ? null : new(placeLists, knowledge.FirstNames);

    private readonly NameSpanConventions conventions = new(
        knowledge.Words,
        titles ?? PersonTitles.Empty,
        knowledge.FirstNames,
        (tokens, start, end) => IsKnownPlace(knowledge, tokens, start, end),
        (tokens, start, end) => NamedEntry(knowledge, tokens, start, end) is not null);

    private readonly PlaceChains placeChains = new(
        (tokens, start, end) => IsKnownPlace(knowledge, tokens, start, end),
        word => knowledge.Words.Contains("locative", word),
        word => knowledge.Words.Contains("org-word", word),
        knowledge.FirstNames.ContainsKey,
        word => knowledge.Words.Contains("location-word", word),
        (tokens, start, end) => IsExactlyKnown(knowledge, tokens, start, end));

    private readonly SportsTeams sportsTeams = new(knowledge.Words, (tokens, start, end) => IsKnownCountry(knowledge, tokens, start, end), knowledge.FirstNames.ContainsKey, EnglishWords.Contains,
        word => knowledge.Words.Contains("nationality-word", word) || knowledge.Entities.Gazetteer.Match([word], 0, 1) is { Values: [{ Form: MentionForm.Demonym }, ..] },
        (tokens, start, end) => IsExactlyKnown(knowledge, tokens, start, end));

    private readonly ResultsLines resultsLines = new((tokens, start, end) => KnownTeamType(knowledge, tokens, start, end), knowledge.FirstNames.ContainsKey, word => word == "of" || knowledge.Words.Contains("person-particle", word));
    private readonly PlayerLines playerLines = new((tokens, start, end) => KnownTeamType(knowledge, tokens, start, end), word => knowledge.Words.Contains("players-cue", word));
    private readonly Scorecards scorecards = new(knowledge.Words);
    private readonly SentenceSubjects sentenceSubjects = new(knowledge.Words, word =>
        IsKnownOrListed(knowledge, placeLists, [word], 0, 1) || knowledge.DateWords.Contains(word));
    private readonly PressDigests pressDigests = new(knowledge.Words);
    private readonly DefiningPhrases definingPhrases = new(knowledge.Words, titles, (tokens, i) => knowledge.Reporting.Match(tokens, i, tokens.Count) is not null);

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
            sentenceSubjects.Apply(sentences[s], tags[s]);
            var beforeSports = (string[])tags[s].Clone();
            sportsTeams.Apply(sentences[s], tags[s]);
            if (sportsReport)
            {
                sportsTeams.ApplyToSportsReport(sentences[s], tags[s]);
            }

            Datelines.Apply(sentences[s], tags[s]);
            Datelines.ApplyToBrief(sentences[s], tags[s], (tokens, start, end) => placeLists?.IsListedPlace(tokens, start, end) == true);
            resultsLines.Apply(sentences[s], tags[s]);
            playerLines.Apply(sentences[s], tags[s]);
            scorecards.Apply(sentences[s], tags[s]);
            if (ResultsLines.IsTableHeader(input[s]))
            {
                Array.Fill(tags[s], EntityLabels.OutsideTag);
            }

            CollectTeams(sentences[s], beforeSports, tags[s], teams);
        }

        var surnames = SurnamesOfPeopleNamedInFull(sentences, tags);
        KeepPeopleNamedLikePlaces(sentences, modelTags, tags, surnames);
        if (sportsReport)
        {
            AddShortNamesOfTeams(sentences, tags, teams, surnames);
            NameTeamsAsTeams(sentences, tags, teams);
            PlayersInSportsText(sentences, tags, teams, surnames);
        }
        else
        {
            NameTeamsAsTeams(sentences, tags, teams);
        }

        definingPhrases.Apply(sentences, tags);
        pressDigests.Apply(input, tags);

        // Labels read the tags as conlleval does (an I- after O starts a name), so the tags returned are well-formed BIO.
        var labels = tags.Select(t => EntityLabels.FromBio(t)).ToList();
        DocumentConsistency.ApplyToAllCapitalSentences(input, sentences, labels);
        DocumentNames.Apply(sentences, labels, knowledge.Words, knowledge.FirstNames.ContainsKey, word => IsKnownPlace(knowledge, [word], 0, 1),
            word => NamedEntry(knowledge, [word], 0, 1) is { Entity.Label: not EntityLabel.Person });
        return [.. labels.Select(l => EntityLabels.ToBio(l))];
    }

    /// <summary>The names the sports rules made organisations in this sentence: teams of a fixture, a results line or a ranking.</summary>
    private static void CollectTeams(IReadOnlyList<string> tokens, string[] before, string[] after, HashSet<string> teams)
    {
        foreach (var span in SpanReader.Read(after))
        {
            if (EntityLabels.Types[span.Type] == "ORG" && !(before[span.Start] == "B-ORG" && (span.End == before.Length || !before[span.End].StartsWith("I-", StringComparison.Ordinal))))
            {
                teams.Add(SpanReader.Text(tokens, span.Start, span.End));
            }
        }
    }

    /// <summary>
    /// In a sports report, the short names of a club named in full are the club's too: the last word of a club's name of two
    /// words or more ("Villa" of "Aston Villa", "Dortmund" of "Borussia Dortmund"), unless it is a day, a known first name, a
    /// head word any club may end in ("United", "City"), a country ("Tour of Spain") or the surname of a person the report
    /// names in full; and the town a club's name starts with ("Chicago" of "Chicago Bulls", "New York" of "New York Knicks").
    /// </summary>
    private void AddShortNamesOfTeams(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags, HashSet<string> teams, HashSet<string> surnames)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            foreach (var span in SpanReader.Read(tags[s]))
            {
                if (span.Length < 2 || EntityLabels.Types[span.Type] != "ORG" || !Enumerable.Range(span.Start, span.Length).All(i => TokenCase.IsCapitalised(tokens[i]) && !TokenCase.IsAllCapitals(tokens[i])))
                {
                    continue;
                }

                var last = tokens[span.End - 1];
                if (!IsKnownCountry(knowledge, tokens, span.End - 1, span.End) && !surnames.Contains(last) && !knowledge.DateWords.Contains(last)
                    && !knowledge.FirstNames.ContainsKey(last) && !knowledge.Words.Contains("org-word", last))
                {
                    teams.Add(last);
                }

                for (var townEnd = span.End - 1; townEnd > span.Start; townEnd--)
                {
                    if (IsKnownPlace(knowledge, tokens, span.Start, townEnd) && !IsKnownCountry(knowledge, tokens, span.Start, townEnd))
                    {
                        teams.Add(SpanReader.Text(tokens, span.Start, townEnd));
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A person named after a place stays a person where the model read the one word as one and the document names the
    /// person in full: "Paris claims …" after "Valeska Paris" (the knowledge base had made the capital); a person named
    /// after an organisation only after a title ("Mr. Roche", not "hopes Fatah will join").
    /// </summary>
    private void KeepPeopleNamedLikePlaces(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> modelTags, IReadOnlyList<string[]> tags, HashSet<string> surnames)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            foreach (var span in SpanReader.Read(tags[s]))
            {
                var end = span.End;
                var type = EntityLabels.Types[span.Type];
                if (span.Length == 1 && (type == "LOC" || (type == "ORG" && span.Start > 0 && titles?.IsTitle(tokens[span.Start - 1]) == true)) && modelTags[s][span.Start] == "B-PER"
                    && (end == modelTags[s].Length || !modelTags[s][end].StartsWith("I-", StringComparison.Ordinal)) && surnames.Contains(tokens[span.Start]))
                {
                    SpanReader.Write(tags[s], span.Start, end, "PER");
                }
            }
        }
    }

    /// <summary>
    /// Two words the model read as a place or an organisation that a known given name leads and a word of no list ends are a
    /// person: "Francisco Tudela", "Lilian Laslandes". Not a given name that is a place or an English word ("Charlotte
    /// Hornets", "Will Power"), nor a name ending in a known place ("Hertha Berlin"), a head word or an English word ("Aston
    /// Villa"), nor one the knowledge base or the lists know, nor a place named after a person where a locative preposition,
    /// "of" or "the" leads it ("west of Lazaro Cardenas", "the Adi Abeto prison").
    /// </summary>
    private void PeopleLedByGivenNames(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags))
        {
            if (span.Length != 2 || EntityLabels.Types[span.Type] is not ("LOC" or "ORG"))
            {
                continue;
            }

            var (given, last) = (tokens[span.Start], tokens[span.Start + 1]);
            if (IsNameWord(given) && IsNameWord(last) && knowledge.GivenNames.ContainsKey(given) && !EnglishWords.Contains(given) && !EnglishWords.Contains(last)
                && !IsKnownOrListed(knowledge, placeLists, tokens, span.Start, span.Start + 1) && !IsKnownOrListed(knowledge, placeLists, tokens, span.Start + 1, span.End)
                && !IsKnownOrListed(knowledge, placeLists, tokens, span.Start, span.End) && !IsHeadWord(last) && !knowledge.Words.Contains("event-word", last)
                && titles?.IsTitle(given) != true
                && !(span.Start > 0 && (knowledge.Words.Contains("locative", tokens[span.Start - 1]) || tokens[span.Start - 1] is "of" or "the")))
            {
                SpanReader.Write(tags, span.Start, span.End, "PER");
            }
        }

        static bool IsNameWord(string word) => TokenCase.IsCapitalised(word) && !TokenCase.IsAllCapitals(word) && word.All(c => char.IsLetter(c) || c is '-' or '\'');
    }

    /// <summary>The last words of the people a document names in full ("Jordan" of "Michael Jordan").</summary>
    private static HashSet<string> SurnamesOfPeopleNamedInFull(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in SpanReader.Read(tags[s]))
            {
                if (span.Length >= 2 && EntityLabels.Types[span.Type] == "PER" && TokenCase.IsCapitalised(sentences[s][span.End - 1]))
                {
                    surnames.Add(sentences[s][span.End - 1]);
                }
            }
        }

        return surnames;
    }

    /// <summary>
    /// A team the sports rules found is that team wherever the document names it ("Leeds beat Chelsea 2-1 … the winner for
    /// Leeds … Chelsea, who spent …"), where the model read the town as a place or the club as a person; after a locative
    /// preposition the town is the place ("the match in Hamburg").
    /// </summary>
    private void NameTeamsAsTeams(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags, HashSet<string> teams)
    {
        if (teams.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            // A dateline names where the story was filed: "NEWCASTLE 1996-08-25" is the town, whatever its team did.
            foreach (var span in Datelines.IsDateline(sentences[s]) ? [] : SpanReader.Read(tags[s]))
            {
                if (EntityLabels.Types[span.Type] is "PER" or "LOC" && teams.Contains(SpanReader.Text(sentences[s], span.Start, span.End))
                    && !(span.Start > 0 && knowledge.Words.Contains("locative", sentences[s][span.Start - 1])))
                {
                    SpanReader.Write(tags[s], span.Start, span.End, "ORG");
                }
            }
        }
    }

    /// <summary>
    /// In a sports report (a wire slug heads it: "SOCCER - CHELSEA HELD BY SOUTHAMPTON"), one word the model read as a place
    /// that no locative preposition, "of" or "the" leads and no team or dateline holds is a player named by surname alone
    /// when no list knows it as a place ("Zola 's free kick", "a foul on Magilton", "a header from Leboeuf": <c>scoring-noun</c>;
    /// the towns and grounds of sports reports are in the place lists or follow "in", "at" or "to") or when the report names
    /// the player in full ("Jordan scored eight" after "Michael Jordan").
    /// </summary>
    private void PlayersInSportsText(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags, HashSet<string> teams, HashSet<string> surnames)
    {
        if (placeLists is null)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            foreach (var span in Datelines.IsDateline(tokens) ? [] : SpanReader.Read(tags[s]))
            {
                var word = tokens[span.Start];
                if (span.Length == 1 && EntityLabels.Types[span.Type] == "LOC" && char.IsUpper(word[0]) && !TokenCase.IsAllCapitals(word)
                    && !teams.Contains(word) && !(span.Start > 0 && (IsLocativeHere(tokens, span.Start - 1) || tokens[span.Start - 1] is "of" or "the"))
                    && (surnames.Contains(word) || (!IsKnownOrListed(knowledge, placeLists, tokens, span.Start, span.End) && !EnglishWords.Contains(word))))
                {
                    SpanReader.Write(tags[s], span.Start, span.End, "PER");
                }
            }
        }
    }

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

            SpanReader.Write(tags, match.Start, match.End, type);

            if (match.End < tags.Length && tags[match.End].StartsWith("I-", StringComparison.Ordinal))
            {
                tags[match.End] = "B-" + tags[match.End][2..];
            }

            i = match.End;
        }
    }

    /// <summary>
    /// A model span that is two names joined by "and"/"or"/"&amp;" is two names when both are known ("Sweden and
    /// Finland", "World Bank and International Monetary Fund") or both end in an organisation or place word ("British
    /// Library and Columbia University"), unless the whole is known ("Bosnia and Herzegovina"); the overlay then types
    /// each. Two names facing each other ("Eton v Harrow", "Roe v. Wade") are always two.
    /// </summary>
    private void SplitCoordinatedNames(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags))
        {
            for (var k = span.Start + 1; k < span.End - 1; k++)
            {
                if (knowledge.Words.Contains("fixture-versus", tokens[k])
                    || (tokens[k] is "and" or "or" or "&" && (BothKnown(tokens, span, k) || BothHeaded(tokens, span, k)) && !IsKnownName(tokens, span.Start, span.End)))
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

    private bool IsHeadWord(string word) => knowledge.Words.Contains("org-word", word) || knowledge.Words.Contains("location-word", word);

    /// <summary>A national team is named by its country, a place; a known organisation stays one.</summary>
    private static string? KnownTeamType(Knowledge knowledge, IReadOnlyList<string> tokens, int start, int end) =>
        IsKnownCountry(knowledge, tokens, start, end) ? "LOC" : NamedEntry(knowledge, tokens, start, end) is { Entity.Label: EntityLabel.Organization } ? "ORG" : null;

    /// <summary>A country, or a nation inside one ("England"): both field national teams.</summary>
    private static bool IsKnownCountry(Knowledge knowledge, IReadOnlyList<string> tokens, int start, int end) =>
        NamedEntry(knowledge, tokens, start, end) is { } entry && (entry.Entity.Label == EntityLabel.Country || entry.Entity.IsNation);

    private static bool IsKnownPlace(Knowledge knowledge, IReadOnlyList<string> tokens, int start, int end) =>
        NamedEntry(knowledge, tokens, start, end) is { Entity.Label: EntityLabel.Country or EntityLabel.Location };

    /// <summary>The knowledge-base entry whose full name (not a surname or demonym) is exactly tokens [start, end).</summary>
    private static GazetteerEntry? NamedEntry(Knowledge knowledge, IReadOnlyList<string> tokens, int start, int end) =>
        knowledge.Entities.Gazetteer.Match(tokens, start, end) is { } match && match.End == end && match.Values[0] is { IsSurnameOnly: false, Form: MentionForm.Name } entry
            ? entry
            : null;

    /// <summary>A locative preposition, but not "from" after a goal or a pass ("a header from Leboeuf").</summary>
    private bool IsLocativeHere(IReadOnlyList<string> tokens, int at) =>
        knowledge.Words.Contains("locative", tokens[at]) && !(tokens[at] == "from" && at > 0 && knowledge.Words.Contains("scoring-noun", tokens[at - 1]));

    /// <summary>Tokens [start, end) are exactly a surface of the knowledge base, of any kind (a person's surname too).</summary>
    private static bool IsExactlyKnown(Knowledge knowledge, IReadOnlyList<string> tokens, int start, int end) =>
        knowledge.Entities.Gazetteer.Match(tokens, start, end) is { } match && match.End == end;

    /// <summary>Tokens [start, end) are a name the knowledge base or the model's lists (GeoNames, WordNet) hold.</summary>
    private static bool IsKnownOrListed(Knowledge knowledge, KnowledgeLexicon? lists, IReadOnlyList<string> tokens, int start, int end) =>
        IsExactlyKnown(knowledge, tokens, start, end) || lists?.IsListedName(tokens, start, end) == true;

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
