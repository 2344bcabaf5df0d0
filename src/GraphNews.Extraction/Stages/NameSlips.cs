namespace GraphNews.Extraction.Stages;

/// <summary>
/// A writer's slips in the names of one article: the same person written once with a letter wrong. Only slips that cannot
/// be the spelling of a relative count, so "Maria" and "Mario", "Kowalski" and "Kowalska" stay two people.
/// </summary>
internal static class NameSlips
{
    /// <summary>Longer words are no surnames (garbage text may hold "names" of thousands of letters), and comparing costs their lengths multiplied.</summary>
    private const int MaxSurnameLength = 40;

    /// <summary>
    /// "Kristen Wilkins … Kristin Wilkins": the same words but for one vowel written as another inside the first name (not
    /// its last letter, so "Maria" and "Mario" stay two people), a slip of the writer within one article.
    /// </summary>
    public static bool IsVowelSlip(string a, string b)
    {
        // The same later words and first words of one length make keys of one length: most pairs end here, unsplit.
        if (a.Length != b.Length)
        {
            return false;
        }

        var (wordsA, wordsB) = (a.Split(' '), b.Split(' '));
        if (wordsA.Length < 2 || wordsA.Length != wordsB.Length || !wordsA.Skip(1).SequenceEqual(wordsB.Skip(1), StringComparer.Ordinal))
        {
            return false;
        }

        var (first, other) = (wordsA[0], wordsB[0]);
        if (first.Length < 5 || first.Length != other.Length)
        {
            return false;
        }

        var differences = Enumerable.Range(0, first.Length).Where(i => first[i] != other[i]).ToList();
        return differences is [var at] && at < first.Length - 1 && IsVowel(first[at]) && IsVowel(other[at]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// "Buchtmann" written "Bauchtman", "Maurer" written "Mauer": one letter added, dropped, changed or swapped with its
    /// neighbour (two in a name of eight letters or more), keeping the first and last letters, in a name of five letters or
    /// more. A changed ending is a relative's name ("Kowalski", "Kowalska"; "Petrov", "Petrova"), so it is no slip.
    /// </summary>
    public static bool IsSurnameSlip(string surname, string word)
    {
        if (surname == word || Math.Min(surname.Length, word.Length) < 5 || Math.Max(surname.Length, word.Length) > MaxSurnameLength
            || surname[0] != word[0] || surname[^1] != word[^1])
        {
            return false;
        }

        var allowed = Math.Max(surname.Length, word.Length) >= 8 ? 2 : 1;
        return Math.Abs(surname.Length - word.Length) <= allowed && Edits(surname, word) <= allowed;
    }

    /// <summary>Insertions, deletions, substitutions and swaps of neighbours that make one word the other (optimal string alignment).</summary>
    private static int Edits(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
