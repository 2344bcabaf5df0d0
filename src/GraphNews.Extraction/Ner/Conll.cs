namespace GraphNews.Extraction.Ner;

/// <summary>One sentence of a CoNLL file: its tokens and, when the file has them, gold BIO tags.</summary>
public sealed record ConllSentence(string[] Tokens, string[] Tags);

public sealed record ConllDocument(string Id, IReadOnlyList<ConllSentence> Sentences)
{
    public int TokenCount => Sentences.Sum(s => s.Tokens.Length);
}

/// <summary>
/// Reads CoNLL files: one token per line (token first, tag last; a line with one column has tag O),
/// a blank line between sentences, and <c>-DOCSTART-</c> or <c># </c> lines between documents.
/// </summary>
public static class ConllReader
{
    public static bool IsDocumentSeparator(string line) =>
        line.StartsWith("-DOCSTART-", StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal);

    public static List<ConllDocument> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileNameWithoutExtension(path));
    }

    public static List<ConllDocument> Read(TextReader reader, string name)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var documentId = name;

        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence([.. tokens], [.. tags]));
                tokens.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument(documentId, [.. sentences]));
                sentences.Clear();
            }
        }

        while (reader.ReadLine() is { } line)
        {
            if (IsDocumentSeparator(line))
            {
                EndDocument();
                documentId = line.StartsWith("# doc:", StringComparison.Ordinal) ? line[6..].Trim() : $"{name}-{documents.Count}";
                continue;
            }

            var columns = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                EndSentence();
                continue;
            }

            tokens.Add(columns[0]);
            tags.Add(columns.Length > 1 ? columns[^1] : EntityLabels.OutsideTag);
        }

        EndDocument();
        return documents;
    }
}
