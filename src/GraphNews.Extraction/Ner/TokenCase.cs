namespace GraphNews.Extraction.Ner;

/// <summary>The case of a token's first letter, as the document and span rules read it.</summary>
internal static class TokenCase
{
    public static bool IsCapitalised(string? token) => token is { Length: > 0 } && char.IsUpper(token[0]);

    public static bool IsLowerCase(string token) => token.Length > 0 && char.IsLower(token[0]);
}
