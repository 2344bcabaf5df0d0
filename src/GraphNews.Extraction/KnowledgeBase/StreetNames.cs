namespace GraphNews.Extraction.KnowledgeBase;

/// <summary>
/// Squares and streets named with their word first and a connector after it ("Place de la Bourse", "Rue de la Loi", "Plaza
/// de Mayo", <c>street-prefix</c>): places, whatever word ends them, for the NER conventions and the linking stage alike.
/// </summary>
public static class StreetNames
{
    public static bool IsStreetName(this WordLists words, IReadOnlyList<string> tokens, int start, int end) =>
        end - start >= 3 && words.Contains("street-prefix", tokens[start]) && words.Contains("connector", tokens[start + 1]);
}
