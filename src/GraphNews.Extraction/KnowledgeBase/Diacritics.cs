using System.Globalization;
using System.Text;
using GraphNews.Domain;

namespace GraphNews.Extraction.KnowledgeBase;

/// <summary>
/// Letters without their accents ("México" → "Mexico") and typographic apostrophes as plain ones ("Côte d’Ivoire"), case
/// kept: the same name as different keyboards and style guides write it.
/// </summary>
public static class Diacritics
{
    /// <summary>The text without combining marks; the same instance, without allocating, when it has none to lose (ASCII text, most Cyrillic or Chinese).</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text) || (UnicodeText.IsNormalized(text, NormalizationForm.FormD) && !HasMarkOrApostrophe(text)))
        {
            return text;
        }

        var decomposed = UnicodeText.Normalize(text, NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c is '’' or 'ʼ' ? '\'' : c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool HasMarkOrApostrophe(string text)
    {
        foreach (var c in text)
        {
            if (c is '’' or 'ʼ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                return true;
            }
        }

        return false;
    }
}
