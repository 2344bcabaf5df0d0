using GraphNews.Domain;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.KnowledgeBase;

/// <summary>
/// How a gazetteer surface names its entity: by name, demonym, or (for people) surname only; a spelling added after the
/// NER model was trained (<c>Data/spellings.tsv</c>, and an organisation's or place's name in the other of British and American
/// spelling) is no model feature.
/// </summary>
public sealed record GazetteerEntry(KnownEntity Entity, MentionForm Form, bool IsSurnameOnly = false, bool IsModelFeature = true);

/// <summary>
/// The knowledge base: countries (with aliases, demonyms and capitals), organisations, places and
/// well-known people, plus the gazetteer of every surface form that names them. A surface claimed by
/// two different entries is dropped rather than guessed, except that a country keeps its own name.
/// </summary>
public sealed class EntityCatalog
{
    private readonly Dictionary<string, KnownEntity> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownEntity> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, KnownEntity?> personByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownEntity?> personBySurnameKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownEntity?> personByKeyWithoutParticles = new(StringComparer.Ordinal);
    private readonly NameKeys nameKeys;
    private readonly Dictionary<string, List<GazetteerEntry>> surfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> moreSpellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownEntity?> namesIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyDictionary<string, string> otherSpellingOfWord;

    public EntityCatalog(
        IReadOnlyList<string[]> countries,
        IReadOnlyList<string[]> organizations,
        IReadOnlyList<string[]> locations,
        IReadOnlyList<string[]> people,
        IReadOnlyList<string[]> spellings,
        NameKeys nameKeys,
        Func<string, bool> isCommonWord,
        Func<string, IReadOnlyList<string>> tokenize,
        IReadOnlyDictionary<string, string>? otherSpellingOfWord = null)
    {
        this.otherSpellingOfWord = otherSpellingOfWord ?? new Dictionary<string, string>();
        this.nameKeys = nameKeys;
        foreach (var row in spellings)
        {
            moreSpellings[row.Cell(0)] = row.List(1);
        }

        foreach (var row in countries)
        {
            var country = Add(EntityLabel.Country, row.Cell(0), row.List(1), kind: "country", countryId: null);
            foreach (var demonym in row.List(2))
            {
                AddSurface(demonym, new GazetteerEntry(country, MentionForm.Demonym));
            }

            foreach (var demonym in row.List(4))
            {
                AddSurface(demonym, new GazetteerEntry(country, MentionForm.Demonym, IsModelFeature: false));
            }

            var capitals = row.List(3);
            if (capitals.Length > 0)
            {
                Add(EntityLabel.Location, capitals[0], capitals.Skip(1).ToList(), kind: "capital", countryId: country.Id);
            }
        }

        foreach (var row in organizations)
        {
            Add(EntityLabel.Organization, row.Cell(0), row.List(1), kind: row.Cell(3), countryId: CountryIdOf(row.Cell(2)), isModelFeature: row.Cell(4) != DataFiles.NotAModelFeature);
        }

        foreach (var row in locations)
        {
            Add(EntityLabel.Location, row.Cell(0), row.List(1), kind: row.Cell(3), countryId: CountryIdOf(row.Cell(2)), isModelFeature: row.Cell(4) != DataFiles.NotAModelFeature);
        }

        foreach (var row in people)
        {
            var gender = row.Cell(2) is { Length: 1 } g ? g[0] : (char?)null;
            var person = Add(EntityLabel.Person, row.Cell(0), row.List(1), kind: "person", countryId: CountryIdOf(row.Cell(3)), gender, isModelFeature: row.Cell(4) != DataFiles.NotAModelFeature);
            var laterSpellings = moreSpellings.GetValueOrDefault(person.Name) ?? [];
            foreach (var name in person.Aliases.Prepend(person.Name))
            {
                var key = nameKeys.NameKey(name);
                Claim(personByKey, key, person);
                Claim(personByKeyWithoutParticles, nameKeys.WithoutParticles(key), person);

                // A surname alone would be a new gazetteer surface, and so a feature the model was not trained with.
                var surname = name.Split(' ')[^1];
                if (surname.Length >= 4 && !isCommonWord(surname) && name.Contains(' ') && !laterSpellings.Contains(name))
                {
                    Claim(personBySurnameKey, nameKeys.WordKey(surname), person);
                }
            }
        }

        foreach (var (surnameKey, person) in personBySurnameKey)
        {
            if (person is null)
            {
                continue;
            }

            var surname = person.Name.Split(' ')[^1];
            if (nameKeys.WordKey(surname) == surnameKey)
            {
                AddSurface(surname, new GazetteerEntry(person, MentionForm.Name, IsSurnameOnly: true));
            }

            // Other spellings of the surname ("Izetbegovic" of "Alija Izetbegović") came after the model's features.
            foreach (var spelling in person.Aliases.Where(a => a.Contains(' ')).Select(a => a.Split(' ')[^1]).Distinct(StringComparer.Ordinal))
            {
                if (spelling != surname && nameKeys.WordKey(spelling) == surnameKey)
                {
                    AddSurface(spelling, new GazetteerEntry(person, MentionForm.Name, IsSurnameOnly: true, IsModelFeature: false));
                }
            }
        }

        Gazetteer = new PhraseMatcher<GazetteerEntry>(ignoreCase: false);
        foreach (var (surface, entries) in surfaces)
        {
            var chosen = Resolve(entries);
            if (chosen is not null)
            {
                // Names only: a demonym or a lone surname folded is too often another word ("Türk" of "Volker Türk" is no Turk).
                Gazetteer.Add(tokenize(surface), chosen, alsoFolded: chosen.Form == MentionForm.Name && !chosen.IsSurnameOnly);
                if (chosen is { Form: MentionForm.Name, IsSurnameOnly: false } && chosen.Entity.Label != EntityLabel.Person)
                {
                    Claim(namesIgnoringCase, surface, chosen.Entity);
                }
            }
        }

        string? CountryIdOf(string name) => name.Length > 0 && byName.TryGetValue(name, out var c) && c.Label == EntityLabel.Country ? c.Id : null;
    }

    /// <summary>Every surface form (case-sensitive; names also with other accents, when nothing matches as written) mapped to the entry it names.</summary>
    public PhraseMatcher<GazetteerEntry> Gazetteer { get; }

    public IEnumerable<KnownEntity> All => byId.Values;

    public KnownEntity? FindById(string id) => byId.GetValueOrDefault(id);

    public KnownEntity? FindByName(string name) => byName.GetValueOrDefault(name);

    /// <summary>
    /// The country, place or organisation one of whose names is <paramref name="name"/> in other letter case ("PORT-AU-PRINCE" for
    /// Port-au-Prince); null when none is, or when two are ("GEORGIA").
    /// </summary>
    public KnownEntity? FindNameIgnoringCase(string name) => namesIgnoringCase.GetValueOrDefault(name);

    /// <summary>A well-known person whose name (any listed spelling) has this key, or, when none has, the same key without the
    /// articles before family names ("muammar el qaddafi" finds Muammar Qaddafi).</summary>
    public KnownEntity? PersonByNameKey(string key) =>
        personByKey.TryGetValue(key, out var person) ? person : personByKeyWithoutParticles.GetValueOrDefault(nameKeys.WithoutParticles(key));

    /// <summary>A well-known person who is the only one in the list with this surname key.</summary>
    public KnownEntity? PersonBySurnameKey(string key) => personBySurnameKey.GetValueOrDefault(key);

    private KnownEntity Add(EntityLabel label, string name, IReadOnlyList<string> aliases, string? kind, string? countryId, char? gender = null, bool isModelFeature = true)
    {
        var spellings = moreSpellings.GetValueOrDefault(name) ?? [];
        var entity = new KnownEntity
        {
            Id = EntityIds.For(label, name),
            Label = label,
            Name = name,
            Aliases = [.. aliases, .. spellings],
            Kind = kind,
            CountryId = countryId,
            Gender = gender,
            IsModelFeature = isModelFeature,
        };
        byId.TryAdd(entity.Id, entity);
        byName.TryAdd(name, entity);
        foreach (var surface in aliases.Prepend(name))
        {
            AddSurface(surface, new GazetteerEntry(entity, MentionForm.Name));
        }

        foreach (var surface in spellings)
        {
            AddSurface(surface, new GazetteerEntry(entity, MentionForm.Name, IsModelFeature: false));
        }

        if (label is EntityLabel.Organization or EntityLabel.Location)
        {
            var written = aliases.Prepend(name).Concat(spellings).ToHashSet(StringComparer.Ordinal);
            foreach (var surface in written.SelectMany(OtherSpellings).Where(s => !written.Contains(s)).Distinct(StringComparer.Ordinal).ToList())
            {
                AddSurface(surface, new GazetteerEntry(entity, MentionForm.Name, IsModelFeature: false));
            }
        }

        return entity;
    }

    /// <summary>
    /// The name with its words of British or American spelling written either way ("Organisation for Security and Cooperation in
    /// Europe", "Organization for Security and Cooperation in Europe" for "Organization for Security and Co-operation in Europe").
    /// </summary>
    private IEnumerable<string> OtherSpellings(string name)
    {
        IEnumerable<string> forms = [""];
        foreach (var word in name.Split(' '))
        {
            string[] choices = otherSpellingOfWord.TryGetValue(word, out var other) ? [word, other] : [word];
            forms = forms.SelectMany(form => choices.Select(choice => form.Length == 0 ? choice : $"{form} {choice}")).ToList();
        }

        return forms.Where(form => !string.Equals(form, name, StringComparison.Ordinal));
    }

    private void AddSurface(string surface, GazetteerEntry entry)
    {
        if (!surfaces.TryGetValue(surface, out var entries))
        {
            entries = [];
            surfaces[surface] = entries;
        }

        entries.Add(entry);
    }

    private static GazetteerEntry? Resolve(List<GazetteerEntry> entries)
    {
        var distinct = entries.DistinctBy(e => e.Entity.Id).ToList();
        if (distinct.Count == 1)
        {
            return distinct[0];
        }

        var countries = distinct.Where(e => e.Entity.Label == EntityLabel.Country && e.Form == MentionForm.Name).ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    private static void Claim(Dictionary<string, KnownEntity?> index, string key, KnownEntity entity)
    {
        if (index.TryGetValue(key, out var existing))
        {
            if (existing is not null && existing.Id != entity.Id)
            {
                index[key] = null;
            }
        }
        else
        {
            index[key] = entity;
        }
    }
}
