using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Ingestion.Identity;

/// <summary>
/// The middle names of a person's name: the words between the first and the last ("R." of "John R. Bolton", "Eugene"
/// of "Elijah Eugene Cummings"). Names with particles ("Ursula von der Leyen", "Alex Van Halen", "Mohammed bin
/// Salman"), nicknames in quotes, an initial for a given name ("J. R. Myers"), a family name written first ("Kim Jong
/// Un"), a name that ends with its first word ("Mohamed El-Hassan Mohamed") or a styled name that starts with a title
/// ("Pope Leo XIV", "Pope John Paul II") are left whole: every word counts there.
/// </summary>
/// <param name="shortGivenNames">English short forms of given names and the given name ("Bill" → "William").</param>
/// <param name="titles">Titles a styled name may start with ("Pope", "King"), compared ignoring case.</param>
/// <param name="familyNames">
/// How a word between the first and the last shows it begins the family name, so the name has no middle name to leave out
/// and "First Last" is no name the person goes by: "Abu" of "Yasser Abu Shabab" (a listed start), "Vázquez" of "Wanda
/// Vázquez Garced" (a listed ending, or written with an accent) — unless the word is a given name ("José Raúl Mulino").
/// </param>
public sealed class PersonNames(
    IReadOnlySet<string> particles,
    IReadOnlySet<string>? familyNamesFirst = null,
    IReadOnlySet<string>? suffixes = null,
    IReadOnlyDictionary<string, string>? shortGivenNames = null,
    IReadOnlySet<string>? titles = null,
    FamilyNameWords? familyNames = null)
{
    private readonly IReadOnlySet<string> familyNamesFirst = familyNamesFirst ?? new HashSet<string>();
    private readonly IReadOnlySet<string> suffixes = suffixes ?? new HashSet<string>();
    private readonly IReadOnlySet<string> titles = titles ?? new HashSet<string>();
    private readonly FamilyNameWords familyNames = familyNames ?? FamilyNameWords.None;
    private readonly IReadOnlyDictionary<string, string> givenNameOf = shortGivenNames ?? new Dictionary<string, string>();
    private readonly ILookup<string, string> shortFormsOf = (shortGivenNames ?? new Dictionary<string, string>()).ToLookup(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static PersonNames WithoutParticles { get; } = new(new HashSet<string>());

    /// <summary>
    /// With the name particles (<c>person-particle</c>), family names written first (<c>family-name-first</c>), generational
    /// suffixes (<c>name-suffix</c>) and short given names (<c>short-given-name</c>) of <c>Data/names.tsv</c>,
    /// the one-word role titles of <c>roles.tsv</c>, and the family-name words of <see cref="FamilyNameWords.From"/>.
    /// </summary>
    public static PersonNames From(Knowledge knowledge) =>
        new(
            knowledge.Words.Members("person-particle").Select(p => p.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            knowledge.Words.Members("family-name-first").ToHashSet(StringComparer.OrdinalIgnoreCase),
            knowledge.Words.Members("name-suffix").ToHashSet(StringComparer.OrdinalIgnoreCase),
            knowledge.Words.Members("short-given-name").ToDictionary(w => w, w => knowledge.Words.ValueOf("short-given-name", w)!, StringComparer.Ordinal),
            knowledge.Roles.Entries.Where(e => e.Tokens.Length == 1).Select(e => e.Tokens[0]).ToHashSet(StringComparer.OrdinalIgnoreCase),
            FamilyNameWords.From(knowledge));

    /// <summary>
    /// The name with its given name written the other way, short or in full: "William Weld" for "Bill Weld", "Bill Weld",
    /// "Billy Weld" and "Will Weld" for "William Weld". Names of one word, or written family name first, have none.
    /// </summary>
    public IReadOnlyList<string> GivenNameForms(string name)
    {
        var words = Words(name);
        if (words.Length < 2 || familyNamesFirst.Contains(words[0]))
        {
            return [];
        }

        var rest = string.Join(' ', words[1..]);
        var others = givenNameOf.TryGetValue(words[0], out var full) ? [full] : shortFormsOf[words[0]];
        return [.. others.Select(given => $"{given} {rest}")];
    }

    public IReadOnlyList<string> MiddleNames(string name)
    {
        var (words, _) = WithoutSuffix(name);
        return HasMiddleNames(words) ? [.. words[1..^1].Select(w => w.TrimEnd('.'))] : [];
    }

    /// <summary>"First Last" (with a generational suffix kept: "Robert Kennedy Jr.") when the name has middle names, else null.</summary>
    public string? WithoutMiddleNames(string name)
    {
        var (words, suffix) = WithoutSuffix(name);
        return HasMiddleNames(words) ? string.Join(' ', new[] { words[0], words[^1], suffix }.OfType<string>()) : null;
    }

    /// <summary>
    /// "Spike Cohen" and "Jeremy Cohen" for "Jeremy "Spike" Cohen": the nickname and the given names, each with every word after
    /// the nickname ("Pat Di Cicco" of "Pasquale "Pat" Di Cicco").
    /// </summary>
    public IReadOnlyList<string> NicknameForms(string name)
    {
        var (words, suffix) = WithoutSuffix(name);
        var nick = Array.FindIndex(words, w => w.Length > 2 && w[0] is '"' or '“' && w[^1] is '"' or '”');
        if (words.Length < 3 || nick <= 0 || nick == words.Length - 1)
        {
            return [];
        }

        var surname = words[(nick + 1)..];
        string Form(IEnumerable<string> given) => string.Join(' ', given.Concat(surname).Append(suffix).OfType<string>());
        return [Form([words[nick][1..^1]]), Form(words[..nick])];
    }

    private (string[] Words, string? Suffix) WithoutSuffix(string name)
    {
        var words = Words(name);
        return words.Length >= 3 && suffixes.Contains(words[^1]) ? (words[..^1], words[^1]) : (words, null);
    }

    /// <summary>Middle names that may belong to one person: one side has none, or each agrees word for word or as an initial ("W." and "Walker").</summary>
    public static bool Agree(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == 0 || b.Count == 0 || (a.Count == b.Count && a.Zip(b).All(p => SameWordOrInitial(p.First, p.Second)));

    private bool HasMiddleNames(string[] words) =>
        words.Length >= 3
        && !IsInitial(words[0])
        && !familyNamesFirst.Contains(words[0])
        && !titles.Contains(words[0])
        && !words[1..^1].Any(familyNames.BeginsFamilyName)
        && !string.Equals(words[0], words[^1], StringComparison.OrdinalIgnoreCase)
        && !words.Any(w => w.Contains('"', StringComparison.Ordinal) || char.IsLower(w[0]) || particles.Contains(w.ToLowerInvariant()));

    private static bool SameWordOrInitial(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || (a.Length == 1 && b.StartsWith(a, StringComparison.OrdinalIgnoreCase))
        || (b.Length == 1 && a.StartsWith(b, StringComparison.OrdinalIgnoreCase));

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsInitial(string word) =>
        word.Length is 1 or 2 && char.IsUpper(word[0]) && (word.Length == 1 || word[1] == '.');
}
