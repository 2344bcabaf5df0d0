using System.Text;
using System.Xml;

namespace GraphNews.Ingestion.Reading;

/// <summary>
/// A document of an annotated news corpus that keeps its text as one element per token, with the sentence it belongs to:
/// ECB+ and ECB (<c>&lt;token t_id="1" sentence="0"&gt;Tara&lt;/token&gt;</c>) and NAF (<c>&lt;wf sent="1"&gt;</c>), the
/// corpora event coreference is measured on. The tokens become plain text again, a sentence to a line with the spaces
/// of running text ("Reid , her rep said ." is "Reid, her rep said."), and are read as a <c>.txt</c> article: the first
/// sentence is the headline (after the address the document was taken from, its URL, and a line that only dates it), and
/// the name the corpus gives the document (ECB+'s <c>doc_name</c>, NAF's <c>publicId</c>) is its id. The annotations are
/// not read.
/// </summary>
public static class TokenXmlArticleReader
{
    /// <summary>Tokens written against the word before them.</summary>
    private static readonly HashSet<string> Closing = new(StringComparer.Ordinal) { ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "’s", "n't", "'", "''", "”", "’", "...", "'re", "'ve", "'ll", "'d", "'m" };

    /// <summary>Tokens written against the word after them.</summary>
    private static readonly HashSet<string> Opening = new(StringComparer.Ordinal) { "(", "[", "{", "$", "``", "“", "‘", "#" };

    /// <summary>How much of a document's start is searched for its first token (NAF's header may run to a few kilobytes).</summary>
    private const int HeadBytes = 65536;

    /// <summary>
    /// The article a document of token elements writes (or why it cannot be read), or null when the document is no such
    /// thing: no token element in its first 64 KB, or none at all (it is some other XML).
    /// </summary>
    public static ArticleReadResult? TryRead(byte[] document, InputLocation location, ReaderOptions options) =>
        LooksLikeTokens(document) ? Parse(new MemoryStream(document), location, options) : null;

    private static bool LooksLikeTokens(ReadOnlySpan<byte> document)
    {
        var head = Encoding.UTF8.GetString(document[..Math.Min(document.Length, HeadBytes)]);
        return head.Contains("<token ", StringComparison.Ordinal) || head.Contains("<wf ", StringComparison.Ordinal);
    }

    private static ArticleReadResult? Parse(Stream content, InputLocation location, ReaderOptions options)
    {
        List<List<string>> sentences;
        string? name;
        try
        {
            sentences = Sentences(content, out name);
        }
        catch (XmlException e)
        {
            return ArticleReadResult.Failed(location, $"malformed XML ({e.Message})");
        }

        if (sentences.Count == 0)
        {
            return null;
        }

        // Some documents open with the address they were taken from, as a sentence of its own: it is their URL, no headline.
        var lines = sentences.Select(Detokenize).ToList();
        var url = IsAddress(lines[0]) ? lines[0].Replace(" ", "", StringComparison.Ordinal) : null;
        var metadata = new ArticleFields(name, null, url, null, null, null, null, null);
        return PlainTextArticleReader.Parse(string.Join('\n', url is null ? lines : lines.Skip(1)), location, options, metadata);
    }

    /// <summary>The sentences of the document's tokens, and the name the corpus gives the document (its id).</summary>
    private static List<List<string>> Sentences(Stream content, out string? name)
    {
        var sentences = new List<List<string>>();
        string? current = null;
        name = null;
        using var xml = XmlReader.Create(content, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true });
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            if (xml.Depth == 0)
            {
                name = xml.GetAttribute("doc_name") ?? xml.GetAttribute("doc_id");
            }
            else if (xml.LocalName == "public")
            {
                name ??= xml.GetAttribute("publicId");
            }

            if (xml.LocalName is not ("token" or "wf"))
            {
                xml.Read();
                continue;
            }

            // Reading the token's text moves past it, onto whatever follows (perhaps the next token).
            var sentence = xml.GetAttribute("sentence") ?? xml.GetAttribute("sent");
            var token = xml.ReadElementContentAsString().Trim();
            if (token.Length == 0)
            {
                continue;
            }

            if (sentences.Count == 0 || sentence != current)
            {
                sentences.Add([]);
                current = sentence;
            }

            sentences[^1].Add(token);
        }

        return sentences;
    }

    private static bool IsAddress(string line) =>
        line.StartsWith("http", StringComparison.OrdinalIgnoreCase) || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static string Detokenize(List<string> tokens)
    {
        var text = new StringBuilder();
        var glue = true;
        foreach (var token in tokens)
        {
            if (!glue && !Closing.Contains(token))
            {
                text.Append(' ');
            }

            text.Append(token switch { "``" or "''" => "\"", "-LRB-" => "(", "-RRB-" => ")", _ => token });
            glue = Opening.Contains(token);
        }

        return text.ToString();
    }
}
