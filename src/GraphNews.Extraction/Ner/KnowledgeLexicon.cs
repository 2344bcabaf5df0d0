using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Ner;

/// <summary>What a knowledge-base phrase names, as a feature value.</summary>
public enum KnowledgeCategory : byte
{
    Country = 1,
    Place = 2,
    Organization = 3,
    Person = 4,
    Demonym = 5,
    Event = 6,

    /// <summary>
    /// Marks a category from the large name lists, weaker evidence than the knowledge base's own. The
    /// listed kinds are flags under it: a name on several lists ("Rhodes": a town and a person) carries
    /// all of them, and the combination is a feature value of its own.
    /// </summary>
    Listed = 0x40,

    /// <summary>A place from the place lists (any town, district or region of the world).</summary>
    ListedPlace = Listed | 1,

    ListedOrganization = Listed | 2,

    /// <summary>A river, lake, sea, mountain, island or other natural feature.</summary>
    ListedNaturalFeature = Listed | 4,

    ListedPerson = Listed | 8,

    /// <summary>A building, bridge, road or other construction.</summary>
    ListedStructure = Listed | 16,
}

/// <summary>Word classes from the knowledge base's name lists that hint at the kind of a capitalised name.</summary>
[Flags]
public enum CueWord : byte
{
    None = 0,
    Organization = 1,
    Location = 2,
    Event = 4,
    EventPrefix = 8,
    GivenName = 16,
    Connector = 32,
}

/// <summary>
/// The knowledge base (Data/*.tsv) as model features: every surface form of a known country, place,
/// organisation, person or demonym (lower-cased phrase hash → category) and the cue words that name
/// the kind of an unknown name ("… Ministry", "University of …", "Hurricane …", given names). Built
/// when training and stored in the model file, so tagging reads the same lists the weights were trained on.
/// </summary>
public sealed class KnowledgeLexicon(Dictionary<ulong, byte> phrases, Dictionary<ulong, byte> cueWords) : IPhraseTypes
{
    public static KnowledgeLexicon Empty { get; } = new([], []);

    public int Count => phrases.Count;

    /// <summary>Phrase hashes and their <see cref="KnowledgeCategory"/>; 0 for the first words of a longer phrase.</summary>
    public IReadOnlyDictionary<ulong, byte> Phrases => phrases;

    public IReadOnlyDictionary<ulong, byte> CueWords => cueWords;

    public CueWord CueOf(ulong wordLowerHash) => (CueWord)cueWords.GetValueOrDefault(wordLowerHash);

    /// <summary>A stored value of 0 marks the first words of a longer phrase, so matching can stop early elsewhere.</summary>
    public PhraseLookup Find(ulong phraseHash, out int type)
    {
        if (phrases.TryGetValue(phraseHash, out var value))
        {
            type = value == 0 ? -1 : value;
            return value == 0 ? PhraseLookup.Prefix : PhraseLookup.Match;
        }

        type = -1;
        return PhraseLookup.Absent;
    }

    /// <summary>Tokens [start, end) are a place of the place lists (GeoNames) or of the knowledge base.</summary>
    public bool IsListedPlace(IReadOnlyList<string> tokens, int start, int end)
    {
        // A listed category carries its lists as flags under Listed; the place list's flag is ListedPlace's own bit.
        const int listed = (int)KnowledgeCategory.Listed;
        const int placeFlag = (int)KnowledgeCategory.ListedPlace & ~listed;
        return CategoryOf(tokens, start, end) is { } category
            && (category is (int)KnowledgeCategory.Place or (int)KnowledgeCategory.Country || ((category & listed) != 0 && (category & placeFlag) != 0));
    }

    /// <summary>Tokens [start, end) are a name of any kind the lists or the knowledge base hold.</summary>
    public bool IsListedName(IReadOnlyList<string> tokens, int start, int end) => CategoryOf(tokens, start, end) is not null;

    private int? CategoryOf(IReadOnlyList<string> tokens, int start, int end)
    {
        if (end - start > PhraseLexicon.MaxPhraseLength)
        {
            return null;
        }

        return Find(PhraseLexicon.Hash(tokens, start, end), out var category) == PhraseLookup.Match ? category : null;
    }

    /// <summary>
    /// Reads the gazetteer surfaces and the name cue lists of the loaded knowledge base,
    /// <paramref name="places"/> (names of towns and districts) as <see cref="KnowledgeCategory.ListedPlace"/>,
    /// and <paramref name="typedNames"/> (names with a listed category) as theirs.
    /// </summary>
    public static KnowledgeLexicon From(Knowledge knowledge, IEnumerable<string> places, IEnumerable<TypedName>? typedNames = null)
    {
        var phrases = new Dictionary<ulong, byte>();
        foreach (var (tokens, entries) in knowledge.Entities.Gazetteer.Entries)
        {
            if (tokens.Length > PhraseLexicon.MaxPhraseLength || !entries[0].Entity.IsModelFeature || !entries[0].IsModelFeature || CategoryOf(entries[0]) is not { } category)
            {
                continue;
            }

            AddPhrase(phrases, tokens.Select(t => FeatureHash.Lower(t)).ToList(), category);
        }

        var listed = places.Select(place => new TypedName(KnowledgeCategory.ListedPlace, place)).Concat(typedNames ?? []);
        foreach (var (category, name) in listed)
        {
            var spans = knowledge.Tokenizer.Tokenize(name);
            if (spans.Count is > 0 and <= PhraseLexicon.MaxPhraseLength)
            {
                AddPhrase(phrases, spans.Select(span => FeatureHash.Lower(name.AsSpan(span.Start, span.End - span.Start))).ToList(), category);
            }
        }

        var cues = new Dictionary<ulong, byte>();
        void Mark(IEnumerable<string> words, CueWord cue)
        {
            foreach (var word in words)
            {
                var hash = FeatureHash.Lower(word);
                cues[hash] = (byte)(cues.GetValueOrDefault(hash) | (byte)cue);
            }
        }

        Mark(ModelFeatures(knowledge, "org-word"), CueWord.Organization);
        Mark(ModelFeatures(knowledge, "location-word"), CueWord.Location);
        Mark(ModelFeatures(knowledge, "event-word"), CueWord.Event);
        Mark(ModelFeatures(knowledge, "event-prefix"), CueWord.EventPrefix);
        Mark(ModelFeatures(knowledge, "connector"), CueWord.Connector);
        Mark(knowledge.FirstNames.Keys, CueWord.GivenName);
        return new KnowledgeLexicon(phrases, cues);
    }

    /// <summary>
    /// Adds a phrase unless the knowledge base named it already (listed categories of one phrase are
    /// combined), and marks its first words as a prefix.
    /// </summary>
    private static void AddPhrase(Dictionary<ulong, byte> phrases, List<ulong> words, KnowledgeCategory category)
    {
        var hash = PhraseLexicon.Start;
        for (var i = 0; i < words.Count; i++)
        {
            hash = PhraseLexicon.Extend(hash, words[i]);
            if (i == words.Count - 1)
            {
                var existing = phrases.GetValueOrDefault(hash);
                if (existing == 0)
                {
                    phrases[hash] = (byte)category;
                }
                else if (IsListed(existing) && IsListed((byte)category))
                {
                    phrases[hash] = (byte)(existing | (byte)category);
                }
            }
            else
            {
                phrases.TryAdd(hash, 0);
            }
        }
    }

    private static bool IsListed(byte category) => (category & (byte)KnowledgeCategory.Listed) != 0;

    /// <summary>The entries of a one-name-per-line list; blank lines and lines starting with '#' are skipped.</summary>
    public static List<string> ReadList(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    /// <summary>
    /// The entries of a typed name list: "category&lt;TAB&gt;name" per line, the category one of
    /// place, organization, natural-feature, person, structure; blank lines and '#' comments skipped.
    /// </summary>
    /// <exception cref="InvalidDataException">A line has no tab or an unknown category.</exception>
    public static List<TypedName> ReadTypedList(string path)
    {
        var names = new List<TypedName>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            var category = tab > 0 ? ListedCategory(line[..tab]) : null;
            if (category is null || line[(tab + 1)..].Trim() is not { Length: > 0 } name)
            {
                throw new InvalidDataException($"{path}:{number}: expected 'category<TAB>name' with category place, organization, natural-feature, person or structure.");
            }

            names.Add(new TypedName(category.Value, name));
        }

        return names;
    }

    private static KnowledgeCategory? ListedCategory(string name) => name switch
    {
        "place" => KnowledgeCategory.ListedPlace,
        "organization" => KnowledgeCategory.ListedOrganization,
        "natural-feature" => KnowledgeCategory.ListedNaturalFeature,
        "person" => KnowledgeCategory.ListedPerson,
        "structure" => KnowledgeCategory.ListedStructure,
        _ => null,
    };

    /// <summary>The words of a list the model reads, without those marked <c>not-a-model-feature</c> (read by the rules only).</summary>
    private static IEnumerable<string> ModelFeatures(Knowledge knowledge, string list) =>
        knowledge.Words.Members(list).Where(word => knowledge.Words.ValueOf(list, word) != DataFiles.NotAModelFeature);

    private static KnowledgeCategory? CategoryOf(GazetteerEntry entry) => entry switch
    {
        { IsSurnameOnly: true } => KnowledgeCategory.Person,
        { Form: MentionForm.Demonym } => KnowledgeCategory.Demonym,
        { Entity.Label: EntityLabel.Country } => KnowledgeCategory.Country,
        { Entity.Label: EntityLabel.Location } => KnowledgeCategory.Place,
        { Entity.Label: EntityLabel.Organization } => KnowledgeCategory.Organization,
        { Entity.Label: EntityLabel.Person } => KnowledgeCategory.Person,
        { Entity.Label: EntityLabel.Event } => KnowledgeCategory.Event,
        _ => null,
    };
}

/// <summary>A name from a typed name list and the listed category it names.</summary>
public readonly record struct TypedName(KnowledgeCategory Category, string Name);

/// <summary>What a phrase hash is in a lexicon.</summary>
public enum PhraseLookup
{
    /// <summary>Neither a phrase nor the first words of one: longer matches need not be tried.</summary>
    Absent,

    /// <summary>Not a phrase itself, but longer phrases may start so.</summary>
    Prefix,

    Match,
}

/// <summary>A table of lower-cased phrase hashes with a type, matched longest-first over a sentence.</summary>
public interface IPhraseTypes
{
    int Count { get; }

    PhraseLookup Find(ulong phraseHash, out int type);
}

/// <summary>Longest-first matching of an <see cref="IPhraseTypes"/> table over a sentence's lower-cased word hashes.</summary>
public static class PhraseTypes
{
    /// <summary>The length of the longest phrase starting at <paramref name="start"/> (0 when none), and its type in <paramref name="type"/>.</summary>
    public static int LongestMatch(this IPhraseTypes lexicon, ReadOnlySpan<ulong> lowerWords, int start, out int type)
    {
        var first = lexicon.Find(PhraseLexicon.Extend(PhraseLexicon.Start, lowerWords[start]), out var firstType);
        return lexicon.LongestMatch(lowerWords, start, first, firstType, out type);
    }

    /// <summary>
    /// <see cref="LongestMatch(IPhraseTypes, ReadOnlySpan{ulong}, int, out int)"/> when the first word was looked up already
    /// (<paramref name="first"/>, <paramref name="firstType"/>): most words start no phrase, so most searches end there.
    /// </summary>
    public static int LongestMatch(this IPhraseTypes lexicon, ReadOnlySpan<ulong> lowerWords, int start, PhraseLookup first, int firstType, out int type)
    {
        type = first == PhraseLookup.Match ? firstType : -1;
        var longest = first == PhraseLookup.Match ? 1 : 0;
        if (first == PhraseLookup.Absent)
        {
            return 0;
        }

        var hash = PhraseLexicon.Extend(PhraseLexicon.Start, lowerWords[start]);
        var limit = Math.Min(lowerWords.Length - start, PhraseLexicon.MaxPhraseLength);
        for (var length = 2; length <= limit; length++)
        {
            hash = PhraseLexicon.Extend(hash, lowerWords[start + length - 1]);
            var found = lexicon.Find(hash, out var matched);
            if (found == PhraseLookup.Match)
            {
                longest = length;
                type = matched;
            }
            else if (found == PhraseLookup.Absent)
            {
                break;
            }
        }

        return longest;
    }
}
