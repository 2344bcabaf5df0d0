using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// The statistical tagger with the knowledge base laid over it, as the pipeline's recogniser combines
/// them: a name the knowledge base knows (a country, a capital, an international organisation, a
/// demonym) takes the knowledge base's type, unless the model put it inside a longer name
/// ("Bank of America" stays one organisation). Then the span conventions of the public benchmarks are
/// applied (<see cref="NameSpanConventions"/>); <paramref name="titles"/> are the person titles
/// (the model's, see <see cref="NerModel.Titles"/>) they use. With <paramref name="headlineCasing"/>, all-capitals
/// sentences are read in their restored case by the model and the rules alike ("WHO" in a headline is the word "who").
/// <paramref name="placeLists"/> (the model's knowledge lexicon, with the GeoNames places) tells two places joined by
/// "and" that are one ("Jammu and Kashmir").
/// </summary>
public sealed class GazetteerAwareTagger(INamedEntityTagger model, Knowledge knowledge, PersonTitles? titles = null, HeadlineCasing? headlineCasing = null, KnowledgeLexicon? placeLists = null) : INamedEntityTagger
{
    private readonly IReadOnlySet<string> titleWords = (titles ?? PersonTitles.Empty).Words;

    private readonly NameSpanConventions conventions = new(knowledge.Words, titles ?? PersonTitles.Empty, knowledge.FirstNames, (tokens, start, end) => IsKnownPlace(knowledge, tokens, start, end));

    private readonly PlaceChains placeChains = new(
        (tokens, start, end) => IsKnownPlace(knowledge, tokens, start, end),
        word => knowledge.Words.Contains("locative", word),
        word => knowledge.Words.Contains("org-word", word),
        knowledge.FirstNames.ContainsKey);

    private readonly SportsTeams sportsTeams = new(knowledge.Words, (tokens, start, end) => IsKnownCountry(knowledge, tokens, start, end));

    private readonly ResultsLines resultsLines = new((tokens, start, end) => KnownTeamType(knowledge, tokens, start, end), knowledge.FirstNames.ContainsKey);

    /// <summary>The statistical tagger with the knowledge base and the model's own title words.</summary>
    public static GazetteerAwareTagger Over(PerceptronNerTagger statistical, Knowledge knowledge) =>
        new(statistical, knowledge, statistical.Model.Titles, HeadlineCasing.For(statistical.Model), statistical.Model.Extractor.Knowledge);

    public IReadOnlyList<string[]> Tag(IReadOnlyList<IReadOnlyList<string>> input)
    {
        var sentences = headlineCasing?.Restore(input) ?? input;
        var tags = model.Tag(sentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            // Conventions first so that names cut out of longer spans ("U.S." in "U.S. Ambassador
            // Zalmay Khalilzad") get the knowledge base's type, and again for the names the overlay wrote.
            conventions.Apply(sentences[s], tags[s]);
            Overlay(sentences[s], tags[s]);
            conventions.Apply(sentences[s], tags[s]);
            JoinGenericTails(sentences[s], tags[s]);
            JoinGenericOfNames(sentences[s], tags[s]);
            JoinDemonymNames(sentences[s], tags[s]);
            MarkVessels(sentences[s], tags[s]);
            JoinCompoundPlaces(sentences[s], tags[s]);
            RetypeListedPlaces(sentences[s], tags[s]);
            placeChains.Apply(sentences[s], tags[s]);
            sportsTeams.Apply(sentences[s], tags[s]);
            Datelines.Apply(sentences[s], tags[s]);
            resultsLines.Apply(sentences[s], tags[s]);
        }

        // Labels read the tags as conlleval does (an I- after O starts a name), so the tags returned are well-formed BIO.
        var labels = tags.Select(t => EntityLabels.FromBio(t)).ToList();
        DocumentConsistency.ApplyToAllCapitalSentences(input, sentences, labels);
        return [.. labels.Select(l => EntityLabels.ToBio(l))];
    }

    private void Overlay(IReadOnlyList<string> tokens, string[] tags)
    {
        SplitCoordinatedNames(tokens, tags);
        var i = 0;
        while (i < tokens.Count)
        {
            var match = knowledge.Entities.Gazetteer.Match(tokens, i, tokens.Count);
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
    /// A name of only generic words ending in a head word, then "of" or "of the" and another name, is one name with it:
    /// "National Library" + "of the" + "Netherlands", "Cape" + "of" + "Good Hope", typed by the head. A name of its own
    /// ("Hebrew University", "Standard Oil Company") stays apart from the place that follows it, as the corpora tag it.
    /// </summary>
    private void JoinGenericOfNames(IReadOnlyList<string> tokens, string[] tags)
    {
        var spans = SpanReader.Read(tags);
        for (var k = 1; k < spans.Count; k++)
        {
            var (head, tail) = (spans[k - 1], spans[k]);
            var gap = tail.Start - head.End;
            if (gap is < 1 or > 2 || tokens[head.End] != "of" || (gap == 2 && !tokens[head.End + 1].Equals("the", StringComparison.OrdinalIgnoreCase))
                || EntityLabels.Types[head.Type] is not ("ORG" or "LOC") || EntityLabels.Types[tail.Type] is not ("ORG" or "LOC")
                || !IsHeadWord(tokens[head.End - 1])
                || !Enumerable.Range(head.Start, head.End - head.Start).All(i => IsHeadWord(tokens[i]) || knowledge.Words.Contains("name-modifier", tokens[i]) || knowledge.Words.Contains("generic-adjective", tokens[i])))
            {
                continue;
            }

            var type = knowledge.Words.Contains("org-word", tokens[head.End - 1]) ? "ORG" : "LOC";
            SpanReader.Write(tags, head.Start, tail.End, type);
            spans[k] = new EntitySpan(head.Start, tail.End, EntityLabels.TypeIndex(type));
        }
    }

    /// <summary>
    /// A demonym right before an organisation's name is part of it: "Syrian" + "Democratic Forces" is the organisation
    /// "Syrian Democratic Forces", as GUM and wikigold tag "American Medical Association" or "German Air Force" (a
    /// country's generic institution is then named with its country by the linking stage: "Israeli Air Force" → Israel Air Force).
    /// A name that starts with a title stays apart: "Iranian" + "Supreme Leader Ayatollah Ali Khamenei" is a person with a role.
    /// </summary>
    private void JoinDemonymNames(IReadOnlyList<string> tokens, string[] tags)
    {
        var spans = SpanReader.Read(tags);
        for (var k = 1; k < spans.Count; k++)
        {
            var (demonym, name) = (spans[k - 1], spans[k]);
            if (demonym.Length != 1 || demonym.End != name.Start || EntityLabels.Types[demonym.Type] != "MISC"
                || !(EntityLabels.Types[name.Type] == "ORG" || knowledge.Words.Contains("org-word", tokens[name.End - 1]))
                || titleWords.Contains(tokens[name.Start].ToLowerInvariant())
                || knowledge.Entities.Gazetteer.Match(tokens, demonym.Start, demonym.End) is not { } match || match.End != demonym.End
                || match.Values[0].Form != MentionForm.Demonym)
            {
                continue;
            }

            SpanReader.Write(tags, demonym.Start, name.End, "ORG");
            spans[k] = new EntitySpan(demonym.Start, name.End, EntityLabels.TypeIndex("ORG"));
        }
    }

    /// <summary>
    /// Two names joined by "and" that the place lists know as one place are that place: "Jammu and Kashmir", "Sistan and
    /// Baluchestan", "Newfoundland and Labrador" (the model reads each side as a place of its own).
    /// </summary>
    private void JoinCompoundPlaces(IReadOnlyList<string> tokens, string[] tags)
    {
        if (placeLists is null)
        {
            return;
        }

        var spans = SpanReader.Read(tags);
        for (var k = 1; k < spans.Count; k++)
        {
            var (first, second) = (spans[k - 1], spans[k]);
            if (second.Start != first.End + 1 || tokens[first.End] != "and" || !IsListedPlace(tokens, first.Start, second.End))
            {
                continue;
            }

            SpanReader.Write(tags, first.Start, second.End, "LOC");
            spans[k] = new EntitySpan(first.Start, second.End, EntityLabels.TypeIndex("LOC"));
        }
    }

    /// <summary>
    /// A person's name of two words or more that is exactly a place of the place lists, and does not start with a known
    /// first name, is that place: "Bandar Abbas", "Deir al-Balah", "Wad Madani" read as people by their Arabic name words.
    /// </summary>
    private void RetypeListedPlaces(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags))
        {
            if (EntityLabels.Types[span.Type] == "PER" && span.Length >= 2 && !knowledge.FirstNames.ContainsKey(tokens[span.Start])
                && IsListedPlace(tokens, span.Start, span.End))
            {
                SpanReader.Write(tags, span.Start, span.End, "LOC");
            }
        }
    }

    private bool IsListedPlace(IReadOnlyList<string> tokens, int start, int end)
    {
        if (end - start > PhraseLexicon.MaxPhraseLength)
        {
            return false;
        }

        var hash = PhraseLexicon.Start;
        for (var i = start; i < end; i++)
        {
            hash = PhraseLexicon.Extend(hash, FeatureHash.Lower(tokens[i]));
        }

        // A listed category carries its lists as flags under Listed; the place list's flag is ListedPlace's own bit.
        const int listed = (int)KnowledgeCategory.Listed;
        const int placeFlag = (int)KnowledgeCategory.ListedPlace & ~listed;
        return placeLists!.Find(hash, out var category) == PhraseLookup.Match
            && (category is (int)KnowledgeCategory.Place or (int)KnowledgeCategory.Country || ((category & listed) != 0 && (category & placeFlag) != 0));
    }

    /// <summary>
    /// A ship's prefix and the capitalised name after it are one name, MISC as the corpora tag vessels: "USS Abraham
    /// Lincoln" and "HMS Prince of Wales" are neither a person nor a place (<c>vessel-prefix</c> in Data/names.tsv).
    /// </summary>
    private void MarkVessels(IReadOnlyList<string> tokens, string[] tags)
    {
        static bool Capitalised(string token) => token.Length > 0 && char.IsUpper(token[0]);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!knowledge.Words.Contains("vessel-prefix", tokens[i]) || !Capitalised(tokens[i + 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && (Capitalised(tokens[end]) || (tokens[end] is "of" or "the" && end + 1 < tokens.Count && Capitalised(tokens[end + 1]))))
            {
                end++;
            }

            SpanReader.Write(tags, i, end, "MISC");
            if (end < tags.Length && tags[end].StartsWith("I-", StringComparison.Ordinal))
            {
                tags[end] = "B-" + tags[end][2..];
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// A name right after another that is only generic words ending in a head word ("Air Base", "International Airport",
    /// "Nuclear Power Plant") finishes it: "San Isidro" + "Air Base" is the place "San Isidro Air Base", typed by its head.
    /// </summary>
    private void JoinGenericTails(IReadOnlyList<string> tokens, string[] tags)
    {
        var spans = SpanReader.Read(tags);
        for (var k = 1; k < spans.Count; k++)
        {
            var (before, tail) = (spans[k - 1], spans[k]);
            if (before.End != tail.Start || !IsHeadWord(tokens[tail.End - 1])
                || !Enumerable.Range(tail.Start, tail.End - tail.Start).All(i => IsHeadWord(tokens[i]) || knowledge.Words.Contains("name-modifier", tokens[i])))
            {
                continue;
            }

            var type = knowledge.Words.Contains("org-word", tokens[tail.End - 1]) ? "ORG" : "LOC";
            SpanReader.Write(tags, before.Start, tail.End, type);
        }
    }

    private bool BothKnown(IReadOnlyList<string> tokens, EntitySpan span, int conjunction) =>
        IsKnownName(tokens, span.Start, conjunction) && IsKnownName(tokens, conjunction + 1, span.End);

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

    private bool IsKnownName(IReadOnlyList<string> tokens, int start, int end) =>
        knowledge.Entities.Gazetteer.Match(tokens, start, end) is { } match && match.End == end && TypeOf(match.Values[0]) is not null;

    /// <summary>True when the model's span covering the match also covers tokens outside it.</summary>
    private static bool InsideLongerSpan(string[] tags, int start, int end)
    {
        var continuesBefore = tags[start].StartsWith("I-", StringComparison.Ordinal);
        var continuesAfter = end < tags.Length && tags[end].StartsWith("I-", StringComparison.Ordinal) && tags[end - 1] != "O";
        return continuesBefore || continuesAfter;
    }

    /// <summary>CoNLL types: places and countries LOC, demonyms MISC; surnames alone are left to the model.</summary>
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
