namespace GraphNews.Extraction.Ner;

/// <summary>
/// The people a document names in full, whose last words name them alone elsewhere in it ("Jordan scored eight" after
/// "Michael Jordan"), however like a place or an organisation the word reads.
/// </summary>
internal sealed class PeopleNamedInFull(PersonTitles? titles)
{
    /// <summary>The last words of the people a document names in full ("Jordan" of "Michael Jordan").</summary>
    public static HashSet<string> Surnames(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var span in SpanReader.Read(tags[s]))
            {
                if (span.Length >= 2 && EntityLabels.Types[span.Type] == "PER" && TokenCase.IsCapitalised(sentences[s][span.End - 1]))
                {
                    surnames.Add(sentences[s][span.End - 1]);
                }
            }
        }

        return surnames;
    }

    /// <summary>
    /// A person named after a place stays a person where the model read the one word as one and the document names the
    /// person in full: "Paris claims …" after "Valeska Paris" (the knowledge base had made the capital); a person named
    /// after an organisation only after a title ("Mr. Roche", not "hopes Fatah will join").
    /// </summary>
    public void KeepPeopleNamedLikePlaces(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> modelTags, IReadOnlyList<string[]> tags, HashSet<string> surnames)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            foreach (var span in SpanReader.Read(tags[s]))
            {
                var end = span.End;
                var type = EntityLabels.Types[span.Type];
                if (span.Length == 1 && (type == "LOC" || (type == "ORG" && span.Start > 0 && titles?.IsTitle(tokens[span.Start - 1]) == true)) && modelTags[s][span.Start] == "B-PER"
                    && (end == modelTags[s].Length || !modelTags[s][end].StartsWith("I-", StringComparison.Ordinal)) && surnames.Contains(tokens[span.Start]))
                {
                    SpanReader.Write(tags[s], span.Start, end, "PER");
                }
            }
        }
    }
}
