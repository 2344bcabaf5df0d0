using System.Text.Json;
using System.Text.Json.Serialization;
using GraphNews.Domain;

namespace GraphNews.Extraction.Evaluation;

/// <summary>Whether an annotated contact happened, did not (yet) happen, or may be read either way ("visits Seoul for talks with …").</summary>
public enum ExpectedFactuality
{
    Actual,
    NotActual,
    Either,
}

/// <summary>
/// One hand-annotated contact (meeting, call, talks, negotiation) between two participants. Each participant lists
/// the names a reader accepts, separated by '|'. Optional contacts are acceptable but not required (a country
/// standing for its minister, the two members of one delegation).
/// </summary>
public sealed record ExpectedContact(string A, string B, string Type, ExpectedFactuality Factuality, bool Optional);

/// <summary>An annotated sentence or short passage with its source and licence.</summary>
public sealed record ContactExample(string Id, string Source, string Url, string License, DateOnly Published, string Text, IReadOnlyList<ExpectedContact> Contacts);

/// <summary>A contact found, missed or wrongly extracted, for the report.</summary>
public sealed record ContactOutcome(string ExampleId, string A, string B, string Detail);

/// <summary>Recall of annotated contacts and precision of the extracted contact relations.</summary>
public sealed record ContactScore(
    int ActualExpected,
    int ActualFound,
    int AllExpected,
    int AllFound,
    int Extracted,
    int ExtractedCorrect,
    int TypeAgreements,
    IReadOnlyList<ContactOutcome> Missed,
    IReadOnlyList<ContactOutcome> Wrong)
{
    /// <summary>Share of contacts that happened which come out as asserted or reported facts.</summary>
    public double ActualRecall => Ratio(ActualFound, ActualExpected);

    /// <summary>Share of every required contact (happened, planned, denied) found with a compatible modality.</summary>
    public double AllRecall => Ratio(AllFound, AllExpected);

    public double Precision => Ratio(ExtractedCorrect, Extracted);

    /// <summary>Among the contacts found, how often the relation type matches the annotation (met, spoke, negotiated).</summary>
    public double TypeAgreement => Ratio(TypeAgreements, AllFound);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

/// <summary>
/// Scores contact extraction (ACE Contact.Meet / Contact.Phone-Write, CAMEO 04x) against a JSONL file of annotated
/// news sentences. A contact matches when some extracted contact relation joins entities whose name or alias a
/// participant lists, in either direction, with a compatible modality: asserted or reported for contacts that
/// happened, planned, potential or negated for those that did not. Extracted contacts are judged once per pair and
/// factuality, whatever their type.
/// </summary>
public static class ContactEvaluation
{
    /// <summary>The relation types that report a contact between two actors.</summary>
    public static IReadOnlySet<string> ContactTypes { get; } = new HashSet<string>(StringComparer.Ordinal) { "SPOKE_WITH", "MET_WITH", "NEGOTIATED_WITH" };

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Reads the annotated examples; a malformed line is an error naming the line, not a silent skip.</summary>
    public static IReadOnlyList<ContactExample> Read(string path)
    {
        var examples = new List<ContactExample>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var record = JsonSerializer.Deserialize<ExampleRecord>(line, Json) ?? throw new JsonException("empty record");
                examples.Add(record.ToExample());
            }
            catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: {e.Message}", e);
            }
        }

        return examples;
    }

    public static ContactScore Score(IArticleExtractor extractor, IReadOnlyList<ContactExample> examples)
    {
        var actualExpected = 0;
        var actualFound = 0;
        var allExpected = 0;
        var allFound = 0;
        var extracted = 0;
        var correct = 0;
        var typeAgreements = 0;
        var missed = new List<ContactOutcome>();
        var wrong = new List<ContactOutcome>();
        foreach (var example in examples)
        {
            var graph = extractor.Extract(new Article { Id = example.Id, Title = "", Text = example.Text, Published = example.Published, Source = example.Source, Url = example.Url, License = example.License });
            var contacts = Contacts(graph);
            foreach (var expected in example.Contacts.Where(c => !c.Optional))
            {
                var match = contacts.FirstOrDefault(c => Joins(c, expected) && Compatible(expected.Factuality, c.Modality));
                allExpected++;
                if (expected.Factuality == ExpectedFactuality.Actual)
                {
                    actualExpected++;
                }

                if (match is null)
                {
                    var other = contacts.FirstOrDefault(c => Joins(c, expected));
                    missed.Add(new ContactOutcome(example.Id, expected.A, expected.B, other is null ? $"{expected.Type} ({expected.Factuality}) not found" : $"found as {other.Type} [{other.Modality}], expected {expected.Factuality}"));
                    continue;
                }

                allFound++;
                actualFound += expected.Factuality == ExpectedFactuality.Actual ? 1 : 0;
                typeAgreements += match.Type == expected.Type ? 1 : 0;
            }

            foreach (var fact in contacts.DistinctBy(c => (PairKey(c), IsFactual(c.Modality))))
            {
                extracted++;
                if (example.Contacts.Any(e => Joins(fact, e) && Compatible(e.Factuality, fact.Modality)))
                {
                    correct++;
                }
                else
                {
                    wrong.Add(new ContactOutcome(example.Id, fact.SourceName, fact.TargetName, $"{fact.Type} [{fact.Modality}]"));
                }
            }
        }

        return new ContactScore(actualExpected, actualFound, allExpected, allFound, extracted, correct, typeAgreements, missed, wrong);
    }

    private static List<ExtractedContact> Contacts(ArticleGraph graph)
    {
        var entities = graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return graph.Relations
            .Where(r => ContactTypes.Contains(r.Type) && entities.ContainsKey(r.Source) && entities.ContainsKey(r.Target))
            .Select(r => new ExtractedContact(r.Type, r.Modality, entities[r.Source], entities[r.Target]))
            .ToList();
    }

    private static bool Joins(ExtractedContact contact, ExpectedContact expected) =>
        (Names(contact.Source, expected.A) && Names(contact.Target, expected.B)) || (Names(contact.Source, expected.B) && Names(contact.Target, expected.A));

    private static bool Names(GraphEntity entity, string accepted) =>
        accepted.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(name => string.Equals(name, entity.Name, StringComparison.OrdinalIgnoreCase) || entity.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));

    private static bool IsFactual(Modality modality) => modality is Modality.Asserted or Modality.Reported;

    private static bool Compatible(ExpectedFactuality expected, Modality modality) => expected switch
    {
        ExpectedFactuality.Actual => IsFactual(modality),
        ExpectedFactuality.NotActual => !IsFactual(modality),
        _ => true,
    };

    private static string PairKey(ExtractedContact c) =>
        string.CompareOrdinal(c.Source.Id, c.Target.Id) < 0 ? c.Source.Id + "\u001f" + c.Target.Id : c.Target.Id + "\u001f" + c.Source.Id;

    private sealed record ExtractedContact(string Type, Modality Modality, GraphEntity Source, GraphEntity Target)
    {
        public string SourceName => Source.Name;

        public string TargetName => Target.Name;
    }

    private sealed record ExampleRecord(string? Id, string? Source, string? Url, string? License, string? Published, string? Text, List<ContactRecord>? Contacts)
    {
        public ContactExample ToExample()
        {
            if (string.IsNullOrWhiteSpace(Id) || string.IsNullOrWhiteSpace(Text) || string.IsNullOrWhiteSpace(License))
            {
                throw new FormatException("every example needs an id, a text and a license");
            }

            var published = DateOnly.ParseExact(Published ?? "", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var contacts = (Contacts ?? []).Select(c => c.ToContact()).ToList();
            return new ContactExample(Id, Source ?? "", Url ?? "", License, published, Text, contacts);
        }
    }

    private sealed record ContactRecord(string? A, string? B, string? Type, ExpectedFactuality Modality, bool Optional)
    {
        public ExpectedContact ToContact()
        {
            if (string.IsNullOrWhiteSpace(A) || string.IsNullOrWhiteSpace(B) || Type is null || !ContactTypes.Contains(Type))
            {
                throw new FormatException($"a contact needs two participants and one of the types {string.Join(", ", ContactTypes)}");
            }

            return new ExpectedContact(A, B, Type, Modality, Optional);
        }
    }
}
