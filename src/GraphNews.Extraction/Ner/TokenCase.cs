namespace GraphNews.Extraction.Ner;

/// <summary>The case of a token's first letter, as the document and span rules read it.</summary>
internal static class TokenCase
{
    public static bool IsCapitalised(string? token) => token is { Length: > 0 } && char.IsUpper(token[0]);

    public static bool IsLowerCase(string token) => token.Length > 0 && char.IsLower(token[0]);

    /// <summary>Two letters or more, all capitals ("US", "WHO"): an abbreviation or a headline's word.</summary>
    public static bool IsAllCapitals(string token) => token.Count(char.IsLetter) >= 2 && !token.Any(char.IsLower);
}
