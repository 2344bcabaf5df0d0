namespace GraphNews.Extraction.Ner;

/// <summary>
/// Stable 64-bit hashes for features: the same on every run and machine (the model stores them),
/// computed straight from characters so the hot path allocates no strings.
/// </summary>
public static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Combine(ulong seed, ulong value)
    {
        var x = seed ^ (value + 0x9E3779B97F4A7C15UL + (seed << 6) + (seed >> 2));
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    public static ulong Combine(ulong seed, ulong a, ulong b) => Combine(Combine(seed, a), b);

    public static ulong Combine(ulong seed, ulong a, ulong b, ulong c) => Combine(Combine(Combine(seed, a), b), c);

    /// <summary>Hash of the text, lower-cased (invariant culture) character by character.</summary>
    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
        }

        return Combine(hash, (ulong)text.Length);
    }

    public static ulong Exact(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Combine(hash, (ulong)text.Length);
    }

    /// <summary>
    /// Hash of the word shape: upper → X, lower → x, digit → d, other characters kept; runs of the
    /// same class collapsed ("McDonald's" → XxXx'x, "U.S." → X.X., "1990" → d).
    /// </summary>
    public static ulong Shape(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        var previous = '\0';
        var length = 0;
        foreach (var c in text)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'a' : c;
            if (mapped == previous)
            {
                continue;
            }

            previous = mapped;
            hash = (hash ^ mapped) * FnvPrime;
            if (++length == 8)
            {
                break;
            }
        }

        return Combine(hash, 0x5A);
    }

    /// <summary>Hash of a string key as stored in word lists (its lower-cased form).</summary>
    public static ulong OfPhrase(IEnumerable<string> words)
    {
        var hash = 0x1234_5678UL;
        foreach (var word in words)
        {
            hash = Combine(hash, Lower(word));
        }

        return hash;
    }
}
