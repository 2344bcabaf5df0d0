using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// The statistical tagger with the knowledge base laid over it, as the pipeline's recogniser combines
/// them: a name the knowledge base knows (a country, a capital, an international organisation, a
/// demonym) takes the knowledge base's type, unless the model put it inside a longer name
/// ("Bank of America" stays one organisation). Then the span conventions of the public benchmarks are
/// applied (<see cref="NameSpanConventions"/>); <paramref name="titles"/> are the person titles
/// (the model's, see <see cref="NerModel.Titles"/>) they use.
/// </summary>
public sealed class GazetteerAwareTagger(INamedEntityTagger model, Knowledge knowledge, PersonTitles? titles = null) : INamedEntityTagger
{
    private readonly NameSpanConventions conventions = new(knowledge.Words, titles ?? PersonTitles.Empty);

    /// <summary>The statistical tagger with the knowledge base and the model's own title words.</summary>
    public static GazetteerAwareTagger Over(PerceptronNerTagger statistical, Knowledge knowledge) =>
        new(statistical, knowledge, statistical.Model.Titles);

    public IReadOnlyList<string[]> Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var tags = model.Tag(sentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            Overlay(sentences[s], tags[s]);
            conventions.Apply(sentences[s], tags[s]);
        }

        return tags;
    }

    private void Overlay(IReadOnlyList<string> tokens, string[] tags)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var match = knowledge.Entities.Gazetteer.Match(tokens, i, tokens.Count);
            if (match is null || TypeOf(match.Values[0]) is not { } type || InsideLongerSpan(tags, match.Start, match.End))
            {
                i++;
                continue;
            }

            tags[match.Start] = "B-" + type;
            for (var t = match.Start + 1; t < match.End; t++)
            {
                tags[t] = "I-" + type;
            }

            if (match.End < tags.Length && tags[match.End].StartsWith("I-", StringComparison.Ordinal))
            {
                tags[match.End] = "B-" + tags[match.End][2..];
            }

            i = match.End;
        }
    }

    /// <summary>True when the model's span covering the match also covers tokens outside it.</summary>
    private static bool InsideLongerSpan(string[] tags, int start, int end)
    {
        var continuesBefore = tags[start].StartsWith("I-", StringComparison.Ordinal);
        var continuesAfter = end < tags.Length && tags[end].StartsWith("I-", StringComparison.Ordinal) && tags[end - 1] != "O";
        return continuesBefore || continuesAfter;
    }

    /// <summary>CoNLL types: places and countries LOC, demonyms MISC; surnames alone are left to the model.</summary>
    private static string? TypeOf(GazetteerEntry entry) => entry switch
    {
        { IsSurnameOnly: true } => null,
        { Form: MentionForm.Demonym } => "MISC",
        { Entity.Label: EntityLabel.Country or EntityLabel.Location } => "LOC",
        { Entity.Label: EntityLabel.Organization } => "ORG",
        { Entity.Label: EntityLabel.Person } => "PER",
        { Entity.Label: EntityLabel.Event } => "EVENT",
        _ => null,
    };
}
