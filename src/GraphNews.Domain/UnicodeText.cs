using System.Text;

namespace GraphNews.Domain;

/// <summary>
/// Unicode normalization that accepts any string. .NET refuses to normalize text with a lone surrogate (half of an emoji
/// cut off, or a "\ud83d" escape in JSON or a GraphQL string), and such text reaches names, keys and search queries.
/// </summary>
public static class UnicodeText
{
    /// <summary>The text in <paramref name="form"/>, each lone surrogate first replaced by U+FFFD.</summary>
    public static string Normalize(string text, NormalizationForm form) => WithoutLoneSurrogates(text).Normalize(form);

    /// <summary>Whether the text, each lone surrogate replaced by U+FFFD, is in <paramref name="form"/>.</summary>
    public static bool IsNormalized(string text, NormalizationForm form) => WithoutLoneSurrogates(text).IsNormalized(form);

    /// <summary>The text with each lone surrogate replaced by U+FFFD; the same instance when it has none (nearly always).</summary>
    public static string WithoutLoneSurrogates(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0 || !HasLoneSurrogate(text, first))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static bool HasLoneSurrogate(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
