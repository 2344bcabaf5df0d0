using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Stages;

/// <summary>
/// Tokenises the text and splits it into sentences: at '.', '!' or '?' followed by a capitalised word,
/// a quote or a digit, and at line breaks, but never inside a quotation (a quote and its attribution
/// stay one sentence) and never after an abbreviation.
/// </summary>
public sealed class SegmentationStage(Knowledge knowledge) : IPipelineStage
{
    /// <summary>Longer runs are cut so that garbage without punctuation cannot make one huge sentence.</summary>
    private const int MaxSentenceTokens = 150;

    public string Name => "segment";

    public void Process(Document document)
    {
        var text = document.Text;
        var spans = knowledge.Tokenizer.Tokenize(text);
        var sentenceStart = 0;
        var insideQuote = false;
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            var token = text[start..end];
            var wasInsideQuote = insideQuote;
            insideQuote = UpdateQuoteState(token, insideQuote);
            var isLast = i == spans.Count - 1;
            var breaks = isLast
                || i - sentenceStart + 1 >= MaxSentenceTokens
                || LineBreakBetween(text, end, spans[i + 1].Start)
                || (!insideQuote && EndsSentence(text, spans, i, wasInsideQuote));
            if (breaks)
            {
                AddSentence(document, spans, sentenceStart, i + 1);
                sentenceStart = i + 1;
                insideQuote = false;
            }
        }
    }

    private static bool UpdateQuoteState(string token, bool insideQuote) => token switch
    {
        "\"" => !insideQuote,
        "“" => true,
        "”" => false,
        _ => insideQuote,
    };

    /// <param name="wasInsideQuote">Whether a quotation was open before token <paramref name="i"/>: a straight quote then closes it.</param>
    private static bool EndsSentence(string text, List<(int Start, int End)> spans, int i, bool wasInsideQuote)
    {
        var token = text[spans[i].Start..spans[i].End];
        if (token is not ("." or "!" or "?"))
        {
            // A closing quote or bracket after the full stop: the sentence ends after it.
            var closes = token is "”" or "’" or ")" || (token == "\"" && wasInsideQuote);
            if (closes && i > 0 && text[spans[i - 1].Start..spans[i - 1].End] is "." or "!" or "?")
            {
                return NextStartsSentence(text, spans, i + 1);
            }

            return false;
        }

        var next = i + 1 < spans.Count ? text[spans[i + 1].Start..spans[i + 1].End] : "";
        if (next is "”" or "’" or ")" || (next == "\"" && wasInsideQuote))
        {
            return false;
        }

        return NextStartsSentence(text, spans, i + 1);
    }

    private static bool NextStartsSentence(string text, List<(int Start, int End)> spans, int next)
    {
        if (next >= spans.Count)
        {
            return true;
        }

        var c = text[spans[next].Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[';
    }

    private static bool LineBreakBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                return true;
            }
        }

        return false;
    }

    private static void AddSentence(Document document, List<(int Start, int End)> spans, int first, int end)
    {
        var index = document.Sentences.Count;
        for (var i = first; i < end; i++)
        {
            var (start, stop) = spans[i];
            var text = document.Text[start..stop];
            document.Tokens.Add(new Token(text, start, stop, index));
            document.TokenTexts.Add(text);
        }

        document.Sentences.Add(new Sentence(index, spans[first].Start, spans[end - 1].End, first, end - first));
    }
}
