using System.Globalization;

namespace GraphNews.Stories;

/// <summary>
/// Finds the kinds of event a text names (an election, an arrest, a plea, an earthquake) from cue words
/// kept as data (Data/event-cues.txt), so that two reports can be compared on what happened, not only
/// on whom and where.
/// </summary>
public sealed class EventCues
{
    private readonly Dictionary<string, string> exact = new(StringComparer.Ordinal);
    private const int BucketLength = 3;

    // Prefix cues by their first letters, so a word is tested against a handful of cues, not all of them.
    private readonly Dictionary<string, List<(string Prefix, string Kind)>> prefixes = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Kind)> shortPrefixes = [];
    private readonly Dictionary<string, string[]> broader = new(StringComparer.Ordinal);

    /// <param name="cues">Kind and cue word pairs; a cue ending in '*' matches every word that starts with it.</param>
    /// <param name="broaderKinds">Kinds a kind is also (a shooting is an attack), so reports that name either agree.</param>
    public EventCues(IEnumerable<(string Kind, string Cue)> cues, IEnumerable<(string Kind, string Broader)>? broaderKinds = null)
    {
        foreach (var group in (broaderKinds ?? []).GroupBy(k => k.Kind, StringComparer.Ordinal))
        {
            broader[group.Key] = group.Select(k => k.Broader).Distinct(StringComparer.Ordinal).ToArray();
        }

        foreach (var (kind, cue) in cues)
        {
            if (cue.EndsWith('*'))
            {
                var prefix = cue[..^1];
                if (prefix.Length < BucketLength)
                {
                    shortPrefixes.Add((prefix, kind));
                }
                else if (prefixes.TryGetValue(prefix[..BucketLength], out var bucket))
                {
                    bucket.Add((prefix, kind));
                }
                else
                {
                    prefixes[prefix[..BucketLength]] = [(prefix, kind)];
                }
            }
            else
            {
                exact.TryAdd(cue, kind);
            }
        }
    }

    public static EventCues LoadDefault()
    {
        using var stream = typeof(EventCues).Assembly.GetManifestResourceStream("GraphNews.Stories.Data.event-cues.txt")
            ?? throw new InvalidOperationException("The event cue list is missing from GraphNews.Stories.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "event-cues.txt");
    }

    /// <summary>Reads "KIND: cue cue ..." or "KIND > BROADER: cue cue ..." lines; '#' starts a comment line.</summary>
    public static EventCues Parse(TextReader reader, string source)
    {
        var cues = new List<(string, string)>();
        var broaderKinds = new List<(string, string)>();
        for (var number = 1; reader.ReadLine() is { } line; number++)
        {
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[..colon].Trim().Length == 0)
            {
                throw new InvalidDataException($"{source}:{number}: expected 'KIND: cue cue ...'.");
            }

            var names = line[..colon].Split('>', StringSplitOptions.TrimEntries);
            if (names.Any(n => n.Length == 0))
            {
                throw new InvalidDataException($"{source}:{number}: expected 'KIND > BROADER: cue cue ...'.");
            }

            var kind = names[0];
            broaderKinds.AddRange(names.Skip(1).Select(b => (kind, b)));
            cues.AddRange(line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => (kind, c.ToLower(CultureInfo.InvariantCulture))));
        }

        return new EventCues(cues, broaderKinds);
    }

    /// <summary>The kinds of event the text names, sorted.</summary>
    public IReadOnlyList<string> Kinds(string text)
    {
        var kinds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            if (exact.TryGetValue(word, out var kind))
            {
                kinds.Add(kind);
                continue;
            }

            var candidates = word.Length >= BucketLength && prefixes.TryGetValue(word[..BucketLength], out var bucket) ? bucket.Concat(shortPrefixes) : shortPrefixes;
            foreach (var (prefix, prefixKind) in candidates)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    kinds.Add(prefixKind);
                }
            }
        }

        foreach (var kind in kinds.ToList())
        {
            kinds.UnionWith(broader.GetValueOrDefault(kind, []));
        }

        return [.. kinds];
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLower(CultureInfo.InvariantCulture);
                start = -1;
            }
        }
    }
}
