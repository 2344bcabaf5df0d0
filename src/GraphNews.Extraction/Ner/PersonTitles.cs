namespace GraphNews.Extraction.Ner;

/// <summary>
/// Keeps titles outside person spans, as the CoNLL guidelines do: a PER span that starts with titles
/// ("US President Barack Obama") is cut after the last title word; a PER span made only of titles is
/// dropped. The title words are data (Lexicons/titles.txt), stored in the model file.
/// </summary>
public sealed class PersonTitles(IReadOnlySet<string> words)
{
    private static readonly int PersonType = EntityLabels.TypeIndex("PER");

    public static PersonTitles Empty { get; } = new(new HashSet<string>());

    public IReadOnlySet<string> Words => words;

    public static PersonTitles Read(string path) =>
        new(File.ReadLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal));

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
            }
            else if (lastTitle >= span.Start && lastTitle < span.End - 1)
            {
                labels.AsSpan(span.Start, lastTitle + 1 - span.Start).Clear();
                var first = lastTitle + 1;
                labels[first] = first == span.End - 1
                    ? EntityLabels.Of(PersonType, BilouPart.Unit)
                    : EntityLabels.Of(PersonType, BilouPart.Begin);
            }
        }
    }
}
