namespace GraphNews.Store.Neo4j.Writing;

/// <summary>The case- and space-insensitive form names and aliases are looked up by (same rule as the embedded store).</summary>
public static class NameKeys
{
    public static string For(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
