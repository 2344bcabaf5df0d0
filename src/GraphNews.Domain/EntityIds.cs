using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphNews.Domain;

/// <summary>
/// Stable ids derived from an entity's label and canonical name, so every store and every
/// article agree on the id of the same real-world thing.
/// </summary>
public static class EntityIds
{
    public static string For(EntityLabel label, string canonicalName) =>
        $"{label.ToString().ToLowerInvariant()}:{Slug(canonicalName)}";

    /// <summary>"K. P. Sharma Oli" is "K.P. Sharma Oli": spaces between initials are no word breaks.</summary>
    private static readonly Regex SpaceBetweenInitials = new(@"(?<=(?:^|\s)\p{L}\.)\s+(?=\p{L}\.)", RegexOptions.CultureInvariant);

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; diacritics folded; initials written together ("k. p." as "kp").</summary>
    public static string Slug(string text)
    {
        var decomposed = UnicodeText.Normalize(text.Contains(". ", StringComparison.Ordinal) ? SpaceBetweenInitials.Replace(text, "") : text, NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingHyphen = false;
                slug.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return slug.ToString();
    }
}
