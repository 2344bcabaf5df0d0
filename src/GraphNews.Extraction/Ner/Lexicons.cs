namespace GraphNews.Extraction.Ner;

/// <summary>
/// Typed name phrases (lower-cased token sequences → entity type) learned from training spans, and
/// the words seen as given names or surnames inside person names. Stored as hashes: compact and
/// allocation-free to match.
/// </summary>
public sealed class PhraseLexicon : IPhraseTypes
{
    public const int MaxPhraseLength = 6;
    public const byte GivenName = 1;
    public const byte Surname = 2;

    private readonly Dictionary<ulong, byte> phrases;
    private readonly Dictionary<ulong, byte> personParts;

    public PhraseLexicon(Dictionary<ulong, byte> phrases, Dictionary<ulong, byte> personParts)
    {
        this.phrases = phrases;
        this.personParts = personParts;
    }

    public static PhraseLexicon Empty { get; } = new([], []);

    public int Count => phrases.Count;

    public IReadOnlyDictionary<ulong, byte> Entries => phrases;

    public IReadOnlyDictionary<ulong, byte> PersonParts => personParts;

    /// <summary><see cref="GivenName"/> and/or <see cref="Surname"/> when the word was seen so in person names.</summary>
    public byte PersonPartOf(ulong wordLowerHash) => personParts.GetValueOrDefault(wordLowerHash);

    /// <summary>Prefixes are not stored here, so a miss may still continue into a longer phrase.</summary>
    public PhraseLookup Find(ulong phraseHash, out int type) => TryGetType(phraseHash, out type) ? PhraseLookup.Match : PhraseLookup.Prefix;

    public bool TryGetType(ulong phraseHash, out int type)
    {
        if (phrases.TryGetValue(phraseHash, out var value))
        {
            type = value;
            return true;
        }

        type = -1;
        return false;
    }

    public static ulong Extend(ulong phraseHash, ulong wordLowerHash) => FeatureHash.Combine(phraseHash, wordLowerHash);

    /// <summary>The hash of tokens [start, end) as a phrase of lower-case words, as the lexicons store phrases.</summary>
    public static ulong Hash(IReadOnlyList<string> tokens, int start, int end)
    {
        var hash = Start;
        for (var i = start; i < end; i++)
        {
            hash = Extend(hash, FeatureHash.Lower(tokens[i] ?? string.Empty));
        }

        return hash;
    }

    public static ulong Start => 0x1234_5678UL;
}

/// <summary>How a word is usually written in running text (not sentence-initially).</summary>
public enum CaseClass : byte
{
    Lower = 0,
    Title = 1,
    Upper = 2,
    Mixed = 3,
    NoLetters = 4,
}

/// <summary>
/// Usual casing of the words that are normally capitalised (lower-case hash → class), used to restore
/// case in all-caps headlines and all-lower-case text before features are read.
/// </summary>
public sealed class CasingLexicon
{
    private readonly Dictionary<ulong, CaseClass> usual;

    public CasingLexicon(Dictionary<ulong, CaseClass> usual)
    {
        this.usual = usual;
    }

    public static CasingLexicon Empty { get; } = new([]);

    public int Count => usual.Count;

    public IReadOnlyDictionary<ulong, CaseClass> Entries => usual;

    public CaseClass UsualCase(ulong lowerHash) => usual.TryGetValue(lowerHash, out var value) ? value : CaseClass.Lower;

    public static CaseClass Classify(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0;
        var firstUpper = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsUpper(c))
            {
                upper++;
                firstUpper |= upper == 1 && lower == 0;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        if (upper == 0 && lower == 0)
        {
            return CaseClass.NoLetters;
        }

        if (upper == 0)
        {
            return CaseClass.Lower;
        }

        if (lower == 0)
        {
            return upper > 1 ? CaseClass.Upper : CaseClass.Title;
        }

        return firstUpper && upper == 1 ? CaseClass.Title : CaseClass.Mixed;
    }

    /// <summary>Rewrites a word in the given case class ("OBAMA", Title → "Obama").</summary>
    public static string Apply(string word, CaseClass target) => target switch
    {
        CaseClass.Upper => word.ToUpperInvariant(),
        CaseClass.Title or CaseClass.Mixed => word.Length == 0 ? word : string.Concat(word[..1].ToUpperInvariant(), word[1..].ToLowerInvariant()),
        CaseClass.Lower => word.ToLowerInvariant(),
        _ => word,
    };
}
