using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A press digest ("TOP STORIES IN THE ROMANIAN PRESS", "The following stories appeared in Bucharest newspapers") heads
/// each newspaper's stories with the newspaper's name alone on a line, in capitals ("ADEVARUL", "ROMANIA LIBERA"): such a
/// line is an organisation, whatever the model made of words it has never seen. A digest is a document whose first
/// sentences hold a word of the <c>press-digest</c> list of Data/names.tsv (press, newspapers, digest).
/// </summary>
public sealed class PressDigests(WordLists words)
{
    private const int SentencesThatSayIt = 4;
    private const int MaxNameWords = 4;

    /// <param name="sentences">The document's sentences as written.</param>
    /// <param name="tags">Their BIO tags, rewritten in place.</param>
    public void Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags)
    {
        if (!sentences.Take(SentencesThatSayIt).Any(sentence => sentence.Any(word => words.Contains("press-digest", word.ToLowerInvariant()))))
        {
            return;
        }

        for (var s = 1; s < sentences.Count; s++)
        {
            if (IsNewspaperLine(sentences[s]))
            {
                SpanReader.Write(tags[s], 0, sentences[s].Count, "ORG");
            }
        }
    }

    /// <summary>One to four words in capitals and nothing else: no figure, no punctuation, no date (a dateline is no name).</summary>
    private static bool IsNewspaperLine(IReadOnlyList<string> tokens) =>
        tokens.Count is > 0 and <= MaxNameWords && tokens.All(TokenCase.IsAllCapitals) && tokens.All(t => t.All(c => char.IsLetter(c) || c is '-' or '\''));
}
