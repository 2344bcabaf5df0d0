using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A sentence's (or a headline's) first word that the model left untagged, followed by a verb of a person's deeds or words (<c>agent-verb</c>
/// in Data/names.tsv: "Indurain finished 11th", "Schumacher won the race"), is a person when it is capitalised, no
/// English word, no function or date word and nothing the knowledge base or the place lists know: sports and wire reports
/// name people by surname alone, and at a sentence's start the model cannot tell such a name from a capitalised word.
/// </summary>
public sealed class SentenceSubjects(WordLists words, Func<string, bool> isKnownName)
{
    private const int MinLength = 3;

    /// <param name="tokens">One sentence; an all-capital headline in its restored case.</param>
    /// <param name="tags">Its BIO tags, rewritten in place.</param>
    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        // A headline's first word comes after its wire slug: "CYCLING - RIIS WINS TOUR".
        var first = HeadlineCasing.HeadlineStart(tokens);
        if (first + 2 >= tokens.Count || tags[first] != EntityLabels.OutsideTag || tags[first + 1] != EntityLabels.OutsideTag || !words.Contains("agent-verb", tokens[first + 1]))
        {
            return;
        }

        var word = tokens[first];
        if (word.Length >= MinLength && char.IsUpper(word[0]) && word.All(char.IsLetter) && !TokenCase.IsAllCapitals(word)
            && !EnglishWords.Contains(word) && !words.Contains("function", word) && !isKnownName(word))
        {
            tags[first] = "B-PER";
        }
    }
}
