namespace GraphNews.Ingestion.Identity;

/// <summary>Middle initials of a person's name ("John R. Bolton", "George H. W. Bush"): the one-letter words between the first and the last.</summary>
internal static class PersonNames
{
    public static IReadOnlyList<string> MiddleInitials(string name)
    {
        var words = Words(name);
        return words.Length < 3 ? [] : [.. words[1..^1].Where(IsInitial).Select(w => w.TrimEnd('.'))];
    }

    /// <summary>The name without its middle initials, or null when it has none or its given name is an initial too.</summary>
    public static string? WithoutMiddleInitials(string name)
    {
        var words = Words(name);
        // "J. R. Myers" is known by his initials: without them nothing of the given name would be left.
        if (words.Length < 3 || IsInitial(words[0]) || !words[1..^1].Any(IsInitial))
        {
            return null;
        }

        var kept = words.Where((w, i) => i == 0 || i == words.Length - 1 || !IsInitial(w)).ToArray();
        return kept.Length >= 2 ? string.Join(' ', kept) : null;
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsInitial(string word) =>
        word.Length is 1 or 2 && char.IsUpper(word[0]) && (word.Length == 1 || word[1] == '.');
}
