using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A sentence's first word that the model left untagged, followed by a verb of a person's deeds or words (<c>agent-verb</c>
/// in Data/names.tsv: "Indurain finished 11th", "Schumacher won the race"), is a person when it is capitalised, no
/// English word, no function or date word and nothing the knowledge base or the place lists know: sports and wire reports
/// name people by surname alone, and at a sentence's start the model cannot tell such a name from a capitalised word.
/// </summary>
public sealed class SentenceSubjects(WordLists words, Func<string, bool> isKnownName)
{
    private const int MinLength = 3;

    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        if (tokens.Count < 3 || tags[0] != EntityLabels.OutsideTag || tags[1] != EntityLabels.OutsideTag || !words.Contains("agent-verb", tokens[1]))
        {
            return;
        }

        var word = tokens[0];
        if (word.Length >= MinLength && char.IsUpper(word[0]) && word.All(char.IsLetter) && !TokenCase.IsAllCapitals(word)
            && !EnglishWords.Contains(word) && !words.Contains("function", word) && !isKnownName(word))
        {
            tags[0] = "B-PER";
        }
    }
}
