using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction;

/// <summary>
/// The label a name has by knowledge alone, without the sentence it stands in, when that knowledge decides: a known
/// first name leading a name of two words or more makes a person ("Keith Kellogg"), an organisation or place head
/// word ending it an organisation or a place ("Kurram District"), a place prefix starting it a place ("Deir ez-Zahrani",
/// "Kfar Reman"), and a name the place lists know is a place ("Abqaiq"). Identity across articles reads it to settle a name two articles typed two ways, where counting
/// articles cannot.
/// </summary>
public sealed class NameLabelsByKnowledge(Knowledge knowledge, KnowledgeLexicon placeLists)
{
    /// <summary>The news knowledge base and the place lists of the committed NER model.</summary>
    public static NameLabelsByKnowledge ForNews() => new(NewsExtractor.Knowledge, PerceptronNerTagger.LoadDefault().Model.Extractor.Knowledge);

    public EntityLabel? LabelOf(string name)
    {
        var tokens = knowledge.TokenizePhrase(name);
        if (tokens.Count == 0)
        {
            return null;
        }

        var ledByFirstName = knowledge.FirstNames.ContainsKey(tokens[0]);
        if (tokens.Count >= 2 && ledByFirstName)
        {
            return EntityLabel.Person;
        }

        if (tokens.Count >= 2 && knowledge.Words.Contains("org-word", tokens[^1]))
        {
            return EntityLabel.Organization;
        }

        if ((tokens.Count >= 2 && (knowledge.Words.Contains("location-word", tokens[^1]) || knowledge.Words.Contains("place-prefix", tokens[0])))
            || (!ledByFirstName && placeLists.IsListedPlace(tokens, 0, tokens.Count)))
        {
            return EntityLabel.Location;
        }

        return null;
    }
}
