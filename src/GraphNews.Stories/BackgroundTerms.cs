using System.Globalization;
using System.IO.Compression;

namespace GraphNews.Stories;

/// <summary>
/// How many reports of a reference corpus of general news have each term: the background that words are weighed
/// against besides the stored articles. Without it a word's weight depends on what happens to be stored: in a
/// collection of a few seminal events each reported by many outlets, the words of each event are in a tenth of the
/// articles and weigh as little as "said", while in general news they are rare. With it, two reports get alike words
/// in a fresh database of thirty articles as in one of a hundred thousand, where the stored articles outweigh the
/// background. Built by the benchmark tool's <c>story-background</c> command; the shipped table is
/// Data/background-terms.tsv.gz.
/// </summary>
public sealed class BackgroundTerms
{
    private const string ResourceName = "GraphNews.Stories.Data.background-terms.tsv.gz";

    private readonly Dictionary<int, int> counts;

    private BackgroundTerms(int documents, Dictionary<int, int> counts)
    {
        Documents = documents;
        this.counts = counts;
    }

    /// <summary>No background: words are weighed by the stored articles alone.</summary>
    public static BackgroundTerms None { get; } = new(0, []);

    /// <summary>How many reports the reference corpus holds.</summary>
    public int Documents { get; }

    /// <summary>How many of the reports have the term (by <see cref="TextTerms.Hash"/>).</summary>
    public int Count(int termHash) => counts.GetValueOrDefault(termHash);

    public static BackgroundTerms LoadDefault()
    {
        using var stream = typeof(BackgroundTerms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The background term counts are missing from GraphNews.Stories.");
        using var unzipped = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(unzipped);
        return Read(reader, ResourceName);
    }

    /// <summary>Reads a "documents&lt;TAB&gt;N" line, then "TERM&lt;TAB&gt;COUNT" lines; '#' starts a comment.</summary>
    public static BackgroundTerms Read(TextReader reader, string source)
    {
        int? documents = null;
        var counts = new Dictionary<int, int>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.Split('\t') is not [var key, var text] || key.Length == 0
                || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
            {
                throw new InvalidDataException($"{source}:{number}: expected 'documents<TAB>N' or 'TERM<TAB>COUNT'.");
            }

            if (key == "documents" && documents is null)
            {
                documents = count;
            }
            else if (documents is not { } total)
            {
                throw new InvalidDataException($"{source}:{number}: the 'documents' line must come first.");
            }
            else if (count > total)
            {
                throw new InvalidDataException($"{source}:{number}: '{key}' is counted in {count} reports, more than the {total} the table has.");
            }
            else
            {
                counts[TextTerms.Hash(key)] = count;
            }
        }

        return documents is { } n ? new BackgroundTerms(n, counts) : throw new InvalidDataException($"{source}: no 'documents' line.");
    }

    /// <summary>Counts the terms of reports as <see cref="SignatureBuilder"/> keeps them, to write a table.</summary>
    public sealed class Counter(TextTerms textTerms, StoryOptions options)
    {
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

        public int Documents { get; private set; }

        public void Add(string title, string text)
        {
            Documents++;
            foreach (var (term, _) in textTerms.Words(title, text, options.MaxTermsPerArticle))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        /// <summary>Writes the table, most common first, keeping terms in at least <paramref name="minCount"/> reports.</summary>
        public void Write(TextWriter writer, int minCount, IEnumerable<string> header)
        {
            foreach (var line in header)
            {
                writer.WriteLine("# " + line);
            }

            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents\t{Documents}"));
            foreach (var (term, count) in counts.Where(c => c.Value >= minCount).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{term}\t{count}"));
            }
        }
    }
}
