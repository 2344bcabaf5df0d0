using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Ingestion.Identity;

/// <summary>
/// Words that, inside a full name, begin its family name rather than add a middle name: an Arabic family name's first word
/// ("Abu Shabab", "Al-Haj"), or the first of two Spanish family names ("Vázquez Garced", "López Obrador"), told by its ending
/// or by an accent, since the given-name lists hold such names without one ("Raul"). A listed given name never is one
/// ("José Raúl Mulino").
/// </summary>
/// <param name="starts">Words that begin a family name, whole or before a hyphen (<c>family-name-start</c>).</param>
/// <param name="endings">Endings of family names (<c>family-name-ending</c>), compared without accents.</param>
/// <param name="givenNames">Given names, compared without accents.</param>
public sealed class FamilyNameWords(IReadOnlySet<string> starts, IReadOnlyList<string> endings, IReadOnlySet<string> givenNames)
{
    public static FamilyNameWords None { get; } = new(new HashSet<string>(), [], new HashSet<string>());

    /// <summary>The <c>family-name-start</c> and <c>family-name-ending</c> lists of <c>Data/names.tsv</c> and the knowledge base's given names.</summary>
    public static FamilyNameWords From(Knowledge knowledge) =>
        new(
            knowledge.Words.Members("family-name-start").ToHashSet(StringComparer.OrdinalIgnoreCase),
            [.. knowledge.Words.Members("family-name-ending")],
            knowledge.GivenNames.Keys.Select(Diacritics.Fold).ToHashSet(StringComparer.Ordinal));

    public bool BeginsFamilyName(string word)
    {
        var plain = Diacritics.Fold(word);
        if (givenNames.Contains(plain))
        {
            return false;
        }

        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return starts.Contains(hyphen > 0 ? word[..hyphen] : word)
            || endings.Any(ending => plain.EndsWith(ending, StringComparison.Ordinal))
            || !string.Equals(plain, word, StringComparison.Ordinal);
    }
}
