using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GraphNews.Domain;

namespace GraphNews.Extraction.KnowledgeBase;

/// <summary>
/// Folds spelling variants of person names (Zelenskyy / Zelenskiy / Zelensky, Dmitri / Dmitry) to one
/// matching key, using the transliteration rules in <c>Data/name-variants.tsv</c>.
/// </summary>
public sealed class NameKeys
{
    /// <summary>Longer "words" are not names (garbage input); they are only folded, so the rules' cost stays bounded.</summary>
    private const int MaxNameWordLength = 40;

    private readonly IReadOnlyList<(Regex Pattern, string Replacement)> rules;
    private readonly HashSet<string> particles;

    /// <param name="rows">The transliteration rules (pattern, replacement).</param>
    /// <param name="particles">Articles written before a family name ("al", "el"), left out by <see cref="WithoutParticles"/>.</param>
    public NameKeys(IEnumerable<string[]> rows, IEnumerable<string> particles)
    {
        rules = rows
            .Where(r => r.Cell(0).Length > 0)
            .Select(r => (new Regex(r.Cell(0), RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout), r.Cell(1)))
            .ToList();
        this.particles = particles.Select(Fold).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The key of one name word: lower case, diacritics folded, dots, apostrophes and quotes left out (a nickname:
    /// "Jeremy "Spike" Cohen"), variant rules applied.</summary>
    public string WordKey(string word)
    {
        var key = Fold(word);
        if (key.Length > MaxNameWordLength)
        {
            return key;
        }

        foreach (var (pattern, replacement) in rules)
        {
            key = pattern.Replace(key, replacement);
        }

        return key;
    }

    /// <summary>
    /// The key of a whole name: word keys joined by single spaces ("volodymyr zelensky"), initials written together
    /// ("K. P. Sharma Oli", "K.P. Sharma Oli" and "KP Sharma Oli" are "kp sharma oli"; "George W. Bush" keeps its one).
    /// </summary>
    public string NameKey(string name)
    {
        var keys = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(WordKey).Where(k => k.Length > 0).ToList();
        var joined = new List<string>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0 && keys[i].Length == 1 && keys[i - 1].Length == 1)
            {
                joined[^1] += keys[i];
            }
            else
            {
                joined.Add(keys[i]);
            }
        }

        return string.Join(' ', joined);
    }

    /// <summary>
    /// The key a person's id is made of: the name key without an article written as one, joined by a hyphen to the next word
    /// or in lower case inside the name ("Muammar el-Qaddafi", "Bashar al Assad"), so the spellings with and without it get
    /// one id in every article. A capitalised particle apart may be a given name ("Al Gore"), and stays.
    /// </summary>
    public string IdKey(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        for (var w = 0; w < words.Length; w++)
        {
            var parts = words[w].Split('-', StringSplitOptions.RemoveEmptyEntries);
            kept.AddRange(parts.Where((part, p) => !(particles.Contains(Fold(part))
                && (p < parts.Length - 1 || (kept.Count > 0 && w < words.Length - 1 && char.IsLower(part[0]))))));
        }

        return NameKey(string.Join(' ', kept));
    }

    /// <summary>
    /// A name key without the articles written before family names ("muammar el qaddafi" is "muammar qaddafi", "ibrahim el
    /// bakraoui" is "ibrahim bakraoui"): spellings with and without one are matched by it when their keys differ. A name
    /// key that ends in one keeps it.
    /// </summary>
    public string WithoutParticles(string key)
    {
        var words = key.Split(' ');
        return words.Length < 2 || !words.Any(particles.Contains)
            ? key
            : string.Join(' ', words.Where((word, i) => i == words.Length - 1 || !particles.Contains(word)));
    }

    private static string Fold(string word)
    {
        var decomposed = UnicodeText.Normalize(word, NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not '.' and not '\'' and not '’' and not '"' and not '“' and not '”')
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
