namespace GraphNews.Extraction.Stages;

/// <summary>
/// Splits text into word, number and punctuation tokens with character offsets. Keeps initialisms
/// ("U.S."), listed abbreviations ("Mr."), hyphenated words and numbers ("1,000") whole, and splits
/// the possessive ending ("Moscow's" → "Moscow", "'s").
/// </summary>
public sealed class Tokenizer(IReadOnlySet<string> abbreviations)
{
    public List<(int Start, int End)> Tokenize(string text)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || IsInvisibleSeparator(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var end = ReadWord(text, i);
                spans.Add((i, end));
                if (end < text.Length && IsApostrophe(text[end]))
                {
                    var possessiveEnd = PossessiveEnd(text, end);
                    if (possessiveEnd > end)
                    {
                        spans.Add((end, possessiveEnd));
                        end = possessiveEnd;
                    }
                }

                i = end;
                continue;
            }

            // A character outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph) is two UTF-16 units: one token.
            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            spans.Add((i, i + width));
            i += width;
        }

        return spans;
    }

    /// <summary>Zero-width space, word joiner and a stray byte-order mark: invisible in the text, they must not end up inside names.</summary>
    private static bool IsInvisibleSeparator(char c) => c is '\u200B' or '\u2060' or '\uFEFF';

    private int ReadWord(string text, int start)
    {
        if (IsInitialism(text, start, out var initialismEnd))
        {
            return initialismEnd;
        }

        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || IsCombiningMark(c))
            {
                i++;
            }
            else if (c == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (c is ',' or '.' && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessiveAt(text, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // A full stop that ends a paragraph ends a sentence, whatever word it follows ("… met Hun Sen.\n"). (At the very end of
        // the text it may be a listed phrase being tokenised, "Inc.", "Feb.", so it is read as usual there.)
        if (i < text.Length && text[i] == '.' && !(i + 1 < text.Length && text[i + 1] is '\n' or '\r'))
        {
            var word = text.AsSpan(start, i - start);
            if ((word.Length == 1 && char.IsUpper(word[0])) || abbreviations.Contains(string.Concat(word, ".").ToLowerInvariant()))
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>"U.S.", "U.K.", "e.g.": single letters each followed by a full stop, at least two of them.</summary>
    private static bool IsInitialism(string text, int start, out int end)
    {
        var i = start;
        var letters = 0;
        while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.' && (i == start || text[i - 1] == '.'))
        {
            letters++;
            i += 2;
            if (i < text.Length && char.IsLetter(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                break;
            }
        }

        end = i;
        return letters >= 2 && (i >= text.Length || !char.IsLetterOrDigit(text[i]));
    }

    private static bool IsPossessiveAt(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S' &&
        (apostrophe + 2 >= text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    private static int PossessiveEnd(string text, int apostrophe)
    {
        if (IsPossessiveAt(text, apostrophe))
        {
            return apostrophe + 2;
        }

        // "the Philippines' president": a bare apostrophe after a word ending in s.
        var bare = text[apostrophe - 1] is 's' or 'S' && (apostrophe + 1 >= text.Length || !char.IsLetterOrDigit(text[apostrophe + 1]));
        return bare ? apostrophe + 1 : apostrophe;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
