using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A one-word name in a list of organisations the knowledge base knows is an organisation too: "Toyota, Nissan and Honda
/// halted production", where the model read the surname-like "Honda" as a person. Only in a list of three names or more
/// (commas, a last "and" or "or"), at least two of them known organisations and every other one typed as an organisation;
/// not a name the knowledge base knows, nor a known first name. The place lists are not asked: they hold towns named
/// Honda and Toyota.
/// </summary>
/// <param name="entry">What the knowledge base knows of tokens [start, end), if anything.</param>
internal sealed class ListedOrganisations(
    Func<IReadOnlyList<string>, int, int, GazetteerEntry?> entry,
    IReadOnlyDictionary<string, char?> firstNames)
{
    private const int MinListLength = 3;
    private const int MinKnown = 2;
    private static readonly int Organisation = EntityLabels.TypeIndex("ORG");

    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        var spans = SpanReader.Read(tags).ToList();
        for (var first = 0; first < spans.Count;)
        {
            var next = first + 1;
            while (next < spans.Count && Separates(tokens, spans[next - 1].End, spans[next].Start))
            {
                next++;
            }

            if (next - first >= MinListLength)
            {
                Retype(tokens, tags, spans.GetRange(first, next - first));
            }

            first = next;
        }
    }

    /// <summary>", ", " and ", " or ", ", and ": what stands between two names of one list.</summary>
    private static bool Separates(IReadOnlyList<string> tokens, int end, int start) =>
        (start == end + 1 && tokens[end] is "," or "and" or "or")
        || (start == end + 2 && tokens[end] == "," && tokens[end + 1] is "and" or "or");

    private void Retype(IReadOnlyList<string> tokens, string[] tags, List<EntitySpan> list)
    {
        var known = list.Count(s => entry(tokens, s.Start, s.End) is { Entity.Label: EntityLabel.Organization });
        var odd = list.Where(s => s.Type != Organisation).ToList();
        if (known < MinKnown || odd.Count != 1)
        {
            return;
        }

        var name = odd[0];
        if (name.Length == 1 && entry(tokens, name.Start, name.End) is null && !firstNames.ContainsKey(tokens[name.Start]))
        {
            SpanReader.Write(tags, name.Start, name.End, "ORG");
        }
    }
}
