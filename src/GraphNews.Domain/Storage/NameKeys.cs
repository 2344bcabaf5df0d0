namespace GraphNews.Domain.Storage;

/// <summary>The case- and space-insensitive form names and aliases are looked up by, the same in every store.</summary>
public static class NameKeys
{
    public static string For(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
