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

    public NameKeys(IEnumerable<string[]> rows)
    {
        rules = rows
            .Where(r => r.Cell(0).Length > 0)
            .Select(r => (new Regex(r.Cell(0), RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout), r.Cell(1)))
            .ToList();
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
