namespace GraphNews.Extraction.Ner;

/// <summary>
/// Keeps titles outside person spans, as the CoNLL guidelines do: a PER span that starts with titles
/// ("US President Barack Obama") is cut after the last title word, one that ends in a title with a prefix of rank
/// ("Rosario Murillo co-President") before it; a PER span made only of titles is dropped. The title words are data
/// (Lexicons/titles.txt), stored in the model file.
/// </summary>
public sealed class PersonTitles(IReadOnlySet<string> words)
{
    private static readonly int PersonType = EntityLabels.TypeIndex("PER");

    /// <summary>The title words in any case: every capitalised token of a text is asked, and lower-casing each cost a string.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> anyCase = words.ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prefixes that make a title of a title ("co-President", "ex-Minister"), though no title alone.</summary>
    private static readonly string[] RankPrefixes = ["co", "ex"];

    public static PersonTitles Empty { get; } = new(new HashSet<string>());

    public IReadOnlySet<string> Words => words;

    public static PersonTitles Read(string path) =>
        new(File.ReadLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal));

    /// <summary>A title word, a hyphenated compound of them ("Major-General", "Lt.-Gen.") or one with a prefix of rank ("co-President").</summary>
    public bool IsTitle(string token)
    {
        if (anyCase.Contains(token))
        {
            return true;
        }

        if (!token.Contains('-'))
        {
            return false;
        }

        var parts = token.ToLowerInvariant().Split('-');
        return words.Contains(parts[^1]) && parts.All(part => words.Contains(part) || RankPrefixes.Contains(part));
    }

    /// <summary>The word is a title word, in whatever case it is written ("Senator", "SENATOR").</summary>
    public bool IsTitleWord(ReadOnlySpan<char> word) => anyCase.Contains(word);

    public void Trim(IReadOnlyList<string> tokens, int[] labels)
    {
        if (words.Count == 0 || !labels.Any(l => EntityLabels.TypeOf(l) == PersonType))
        {
            return;
        }

        foreach (var span in SpanReader.FromLabels(labels))
        {
            if (span.Type != PersonType)
            {
                continue;
            }

            var lastTitle = -1;
            for (var i = span.Start; i < span.End; i++)
            {
                if (words.Contains(tokens[i].ToLowerInvariant()))
                {
                    lastTitle = i;
                }
            }

            var allTitles = lastTitle == span.End - 1 && Enumerable.Range(span.Start, span.Length).All(i => words.Contains(tokens[i].ToLowerInvariant()));
            if (allTitles)
            {
                labels.AsSpan(span.Start, span.Length).Clear();
                continue;
            }

            // Only a hyphenated title is cut from the end: a plain title word ending a name is a surname ("John Major").
            var first = lastTitle >= span.Start && lastTitle < span.End - 1 ? lastTitle + 1 : span.Start;
            var end = span.End;
            while (end - 1 > first && tokens[end - 1].Contains('-') && IsTitle(tokens[end - 1]))
            {
                end--;
            }

            if (first > span.Start || end < span.End)
            {
                labels.AsSpan(span.Start, span.Length).Clear();
                EntityLabels.Write(labels, first, end, PersonType);
            }
        }
    }
}
