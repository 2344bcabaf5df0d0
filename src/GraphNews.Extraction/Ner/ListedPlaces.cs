using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Names the place lists (GeoNames, as the model's knowledge lexicon holds them) know as one place: two names joined by
/// "and" ("Jammu and Kashmir") and a person's name that is exactly a listed place ("Bandar Abbas").
/// </summary>
/// <param name="placeLists">The model's knowledge lexicon, with the listed places.</param>
/// <param name="firstNames">Known first names: a name led by one stays a person ("George Town").</param>
internal sealed class ListedPlaces(KnowledgeLexicon placeLists, IReadOnlyDictionary<string, char?> firstNames)
{
    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        JoinCompoundPlaces(tokens, tags);
        RetypeListedPlaces(tokens, tags);
    }

    /// <summary>
    /// Two names joined by "and" that the place lists know as one place are that place: "Jammu and Kashmir", "Sistan and
    /// Baluchestan", "Newfoundland and Labrador" (the model reads each side as a place of its own).
    /// </summary>
    private void JoinCompoundPlaces(IReadOnlyList<string> tokens, string[] tags) =>
        SpanReader.JoinNeighbours(tags, (first, second) =>
            second.Start == first.End + 1 && tokens[first.End] == "and" && placeLists.IsListedPlace(tokens, first.Start, second.End) ? "LOC" : null);

    /// <summary>
    /// A person's name of two words or more that is exactly a place of the place lists, and does not start with a known
    /// first name, is that place: "Bandar Abbas", "Deir al-Balah", "Wad Madani" read as people by their Arabic name words.
    /// </summary>
    private void RetypeListedPlaces(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags))
        {
            if (EntityLabels.Types[span.Type] == "PER" && span.Length >= 2 && !firstNames.ContainsKey(tokens[span.Start])
                && placeLists.IsListedPlace(tokens, span.Start, span.End))
            {
                SpanReader.Write(tags, span.Start, span.End, "LOC");
            }
        }
    }
}
