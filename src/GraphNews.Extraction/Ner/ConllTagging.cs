using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Tags a CoNLL-style stream line by line: token lines become <c>token&lt;TAB&gt;tag</c>, every other
/// line (blank lines, <c>-DOCSTART-</c>, <c># …</c>) is copied through. Documents are tagged as a whole so
/// the recogniser can use document context; a very long document is cut into chunks so memory stays bounded.
/// </summary>
public sealed class ConllTagging(INamedEntityTagger tagger, int maxSentencesPerChunk = 2000, int maxTokensPerChunk = 200_000)
{
    public TaggingCounts Run(TextReader input, TextWriter output)
    {
        var pending = new List<PendingLine>();
        var sentences = new List<List<string>>();
        var current = new List<string>();
        var chunkTokens = 0;
        var counts = new TaggingCounts();

        void EndSentence()
        {
            if (current.Count > 0)
            {
                sentences.Add(current);
                current = [];
            }
        }

        void Flush()
        {
            EndSentence();
            var tags = sentences.Count > 0 ? tagger.Tag(sentences) : [];
            foreach (var line in pending)
            {
                if (line.Sentence < 0)
                {
                    output.WriteLine(line.Text);
                    continue;
                }

                output.Write(line.Text);
                output.Write('\t');
                output.WriteLine(tags[line.Sentence][line.Token]);
            }

            counts.Sentences += sentences.Count;
            counts.Tokens += chunkTokens;
            pending.Clear();
            sentences.Clear();
            chunkTokens = 0;
        }

        while (input.ReadLine() is { } line)
        {
            if (ConllReader.IsDocumentSeparator(line))
            {
                Flush();
                pending.Add(new PendingLine(line, -1, -1));
                counts.Documents++;
                continue;
            }

            var token = FirstColumn(line);
            if (token is null)
            {
                EndSentence();
                pending.Add(new PendingLine(line, -1, -1));
                if (sentences.Count >= maxSentencesPerChunk || chunkTokens >= maxTokensPerChunk)
                {
                    Flush();
                }

                continue;
            }

            pending.Add(new PendingLine(token, sentences.Count, current.Count));
            current.Add(token);
            chunkTokens++;
            if (chunkTokens >= maxTokensPerChunk)
            {
                Flush();
            }
        }

        Flush();
        return counts;
    }

    private static string? FirstColumn(string line)
    {
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        if (start == line.Length)
        {
            return null;
        }

        var end = start;
        while (end < line.Length && !char.IsWhiteSpace(line[end]))
        {
            end++;
        }

        return start == 0 && end == line.Length ? line : line[start..end];
    }

    private readonly record struct PendingLine(string Text, int Sentence, int Token);
}

public sealed class TaggingCounts
{
    public int Documents { get; set; }

    public long Sentences { get; set; }

    public long Tokens { get; set; }
}
