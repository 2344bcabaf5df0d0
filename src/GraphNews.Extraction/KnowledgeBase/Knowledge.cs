using GraphNews.Domain;
using GraphNews.Extraction.Stages;

namespace GraphNews.Extraction.KnowledgeBase;

/// <summary>
/// Everything the extraction stages know, loaded once from the embedded data files and the relation
/// ontology. Immutable after construction, so one instance is shared by every thread.
/// </summary>
public sealed class Knowledge
{
    private Knowledge(RelationOntology ontology)
    {
        Ontology = ontology;
        var syntaxRows = DataFiles.ReadTsv("syntax.tsv");
        var abbreviations = syntaxRows.Where(r => r.Cell(0) == "abbreviation").Select(r => r.Cell(1)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Tokenizer = new Tokenizer(abbreviations);
        Words = new WordLists(syntaxRows.Concat(DataFiles.ReadTsv("names.tsv")), TokenizePhrase);
        NameKeys = new NameKeys(DataFiles.ReadTsv("name-variants.tsv"), Words.Members("name-particle"));

        static char? Gender(string[] row) => row.Cell(1) is { Length: 1 } g ? g[0] : null;
        var firstNames = new Dictionary<string, char?>(StringComparer.Ordinal);
        foreach (var row in DataFiles.ReadTsv("first-names.tsv"))
        {
            firstNames[row.Cell(0)] = Gender(row);
        }

        FirstNames = firstNames;
        var givenNames = new Dictionary<string, char?>(firstNames, StringComparer.Ordinal);
        foreach (var row in DataFiles.ReadTsv("given-names.tsv"))
        {
            givenNames.TryAdd(row.Cell(0), Gender(row));
        }

        GivenNames = givenNames;

        DateWords = new PhraseMatcher<DateWord>(ignoreCase: true);
        foreach (var row in DataFiles.ReadTsv("dates.tsv"))
        {
            var kind = Enum.Parse<DateWordKind>(row.Cell(1).Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
            var value = kind is DateWordKind.Modifier or DateWordKind.PublicationCue ? 0 : int.Parse(row.Cell(2), System.Globalization.CultureInfo.InvariantCulture);
            DateWords.Add(TokenizePhrase(row.Cell(0)), new DateWord(kind, value, row.Cell(2)));
        }

        Entities = new EntityCatalog(
            DataFiles.ReadTsv("countries.tsv"),
            DataFiles.ReadTsv("organizations.tsv"),
            DataFiles.ReadTsv("locations.tsv"),
            DataFiles.ReadTsv("people.tsv"),
            DataFiles.ReadTsv("spellings.tsv"),
            NameKeys,
            IsCommonWord,
            TokenizePhrase,
            OtherSpellings(Words));

        Roles = new PhraseMatcher<RoleCue>(ignoreCase: true);
        foreach (var row in DataFiles.ReadTsv("roles.tsv"))
        {
            var defaultTarget = row.Cell(4).Length > 0 ? Entities.FindByName(row.Cell(4))?.Id : null;
            Roles.Add(TokenizePhrase(row.Cell(0)), new RoleCue(row.Cell(0), NullIfEmpty(row.Cell(1)), NullIfEmpty(row.Cell(2)), NullIfEmpty(row.Cell(3)), defaultTarget));
        }

        Modality = new PhraseMatcher<ModalityCue>(ignoreCase: true);
        foreach (var row in DataFiles.ReadTsv("modality.tsv"))
        {
            var modality = Enum.Parse<Modality>(row.Cell(1), ignoreCase: true);
            var scope = row.Cell(2);
            Modality.Add(TokenizePhrase(row.Cell(0)), new ModalityCue(modality, scope is "verb" or "both", scope is "noun" or "both", scope == "after-noun"));
        }

        Reporting = new PhraseMatcher<ReportingCue>(ignoreCase: true);
        foreach (var row in DataFiles.ReadTsv("reporting.tsv"))
        {
            Reporting.Add(TokenizePhrase(row.Cell(0)), new ReportingCue(row.Cell(0), row.Cell(1) == "before"));
        }

        TopicPrepositions = new PhraseMatcher<string>(ignoreCase: true);
        foreach (var row in syntaxRows.Where(r => r.Cell(0) == "topic"))
        {
            TopicPrepositions.Add(TokenizePhrase(row.Cell(1)), row.Cell(1));
        }

        Triggers = new PhraseMatcher<TriggerSense>(ignoreCase: true);
        foreach (var type in ontology.Types)
        {
            foreach (var verb in type.Verbs)
            {
                foreach (var form in verb.Forms)
                {
                    Triggers.Add(TokenizePhrase(form), new TriggerSense(type.Name, IsNoun: false, verb.Prepositions) { Joint = verb.Joint, ObjectLabels = verb.ObjectLabels, IsBaseForm = form == verb.Forms[0] });
                }
            }

            foreach (var noun in type.Nouns)
            {
                foreach (var form in noun.Forms)
                {
                    Triggers.Add(TokenizePhrase(form), new TriggerSense(type.Name, IsNoun: true, noun.Prepositions));
                }
            }
        }
    }

    public RelationOntology Ontology { get; }

    public Tokenizer Tokenizer { get; }

    public WordLists Words { get; }

    public NameKeys NameKeys { get; }

    /// <summary>
    /// Common given names and their gender (m/f, null for both), <c>first-names.tsv</c>: strong enough that a name one leads
    /// is a person whatever else it looks like ("Frank Church"); the NER model was trained with them.
    /// </summary>
    public IReadOnlyDictionary<string, char?> FirstNames { get; }

    /// <summary>
    /// <see cref="FirstNames"/> and some 16,900 more from <c>given-names.tsv</c> (rules only): many of them are also surnames,
    /// places or words ("Davis", "Monte", "Forbes"), so they only tell a person apart where something else already says one
    /// may follow ("Frenchman Cedric Pioline") and give a pronoun its gender.
    /// </summary>
    public IReadOnlyDictionary<string, char?> GivenNames { get; }

    public EntityCatalog Entities { get; }

    public PhraseMatcher<RoleCue> Roles { get; }

    public PhraseMatcher<ModalityCue> Modality { get; }

    public PhraseMatcher<ReportingCue> Reporting { get; }

    public PhraseMatcher<DateWord> DateWords { get; }

    public PhraseMatcher<string> TopicPrepositions { get; }

    public PhraseMatcher<TriggerSense> Triggers { get; }

    public static Knowledge Load(RelationOntology ontology) => new(ontology);

    /// <summary>Words that are never names on their own: function words, date words, first names.</summary>
    public bool IsCommonWord(string word) =>
        Words.Contains("function", word) || DateWords.Contains(word) || FirstNames.ContainsKey(word);

    /// <summary>A phrase's words as the pipeline tokenizes text.</summary>
    public IReadOnlyList<string> TokenizePhrase(string phrase) =>
        Tokenizer.Tokenize(phrase).Select(s => phrase[s.Start..s.End]).ToList();

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>Each word of the <c>spelling-variant</c> list of <c>Data/names.tsv</c> with its other spelling, both ways ("Organisation" ↔ "Organization").</summary>
    private static Dictionary<string, string> OtherSpellings(WordLists words)
    {
        var other = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words.Members("spelling-variant"))
        {
            if (words.ValueOf("spelling-variant", word) is { Length: > 0 } variant)
            {
                other[word] = variant;
                other[variant] = word;
            }
        }

        return other;
    }
}
