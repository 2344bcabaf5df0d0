namespace GraphNews.Stories;

/// <summary>Which article belongs to which story, in memory.</summary>
internal sealed class StoryBook
{
    private readonly Dictionary<string, HashSet<string>> members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> storyOf = new(StringComparer.Ordinal);

    public string? StoryOf(string articleId) => storyOf.GetValueOrDefault(articleId);

    public IReadOnlyCollection<string> Members(string storyId) => members.TryGetValue(storyId, out var set) ? set : [];

    public bool Contains(string storyId) => members.ContainsKey(storyId);

    public void Assign(string articleId, string storyId)
    {
        if (storyOf.TryGetValue(articleId, out var previous))
        {
            Unassign(articleId, previous);
        }

        if (!members.TryGetValue(storyId, out var set))
        {
            members[storyId] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(articleId);
        storyOf[articleId] = storyId;
    }

    /// <summary>Takes the article out of its story; returns the story, or null when it had none.</summary>
    public string? Remove(string articleId)
    {
        if (!storyOf.TryGetValue(articleId, out var storyId))
        {
            return null;
        }

        Unassign(articleId, storyId);
        return storyId;
    }

    private void Unassign(string articleId, string storyId)
    {
        storyOf.Remove(articleId);
        if (members.TryGetValue(storyId, out var set) && set.Remove(articleId) && set.Count == 0)
        {
            members.Remove(storyId);
        }
    }
}
