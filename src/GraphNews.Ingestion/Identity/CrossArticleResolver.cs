using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Extraction;

namespace GraphNews.Ingestion.Identity;

/// <summary>
/// Identity across articles, for what stable ids alone cannot settle: a person named only by
/// surname ("Kellogg") in one article and in full ("Keith Kellogg") in another, a middle initial
/// written in one article and not in the next ("John R. Bolton" / "John Bolton"), an acronym stored
/// before any article spelled it out ("RSF"), or a name the recogniser typed differently here than in
/// the articles already stored. It merges only when
/// exactly one stored entity fits and nothing contradicts it (no conflicting countries or initials);
/// otherwise it keeps the entities apart and records each possibility as an
/// <see cref="IdentityCandidate"/>, so no merge happens silently.
/// </summary>
/// <param name="store">Where the stored entities are looked up.</param>
/// <param name="ontology">Which relationships tie a person to a country, and which labels each relationship allows.</param>
/// <param name="personNames">Reads middle names; give it the knowledge base's name particles ("van", "bin").</param>
/// <param name="servedCountries">The country each well-known person serves, by entity id (the knowledge base's people), so a
/// namesake tied to another country is told apart however the articles arrive.</param>
/// <param name="labelByKnowledge">The label knowledge alone gives a name (<see cref="NameLabelsByKnowledge"/>), which settles a
/// name two articles typed two ways when no count of articles can.</param>
public sealed class CrossArticleResolver(
    IGraphStore store,
    RelationOntology ontology,
    PersonNames? personNames = null,
    IReadOnlyDictionary<string, string>? servedCountries = null,
    Func<string, EntityLabel?>? labelByKnowledge = null)
{
    private readonly PersonNames names = personNames ?? PersonNames.WithoutParticles;

    private const double ConflictScore = 0.3;
    private const double ReverseScore = 0.6;
    private const double ShortGivenNameScore = 0.5;
    private const double StoredSurnameScore = 0.3;

    /// <summary>A stored name whose label differs is adopted only once this many articles have used it, so one mistyped article does not set the type.</summary>
    private const int MinArticlesToAdoptLabel = 2;

    /// <summary>A stored person's tie to a country tells a namesake apart once this many articles state it.</summary>
    private const int MinArticlesToSettleAffiliation = 2;

    /// <summary>Relations that tie a person to one country: a person who leads or serves one country does not lead or serve another.</summary>
    private static readonly string[] AffiliationTypes = ["LEADS", "WORKS_FOR", "SPOKESPERSON_FOR"];

    private static readonly EntityLabel[] ResolvedLabels = [EntityLabel.Person, EntityLabel.Organization, EntityLabel.Location];

    private readonly string[] affiliationTypes = AffiliationTypes.Where(ontology.Contains).ToArray();

    /// <summary>What the news knowledge base tells identity, read once: a resolver is made per ingest run and per GraphQL mutation.</summary>
    private static readonly Lazy<(PersonNames Names, IReadOnlyDictionary<string, string> ServedCountries, Func<string, EntityLabel?> LabelOf)> NewsKnowledge = new(() => (
        PersonNames.From(NewsExtractor.Knowledge),
        NewsExtractor.Knowledge.Entities.All
            .Where(e => e.Label == EntityLabel.Person && e.CountryId is not null)
            .ToDictionary(e => e.Id, e => e.CountryId!, StringComparer.Ordinal),
        NameLabelsByKnowledge.ForNews().LabelOf));

    /// <summary>The resolver ingestion runs: the news knowledge base's name particles, served countries and name labels, and the given ontology (default: the built-in one).</summary>
    public static CrossArticleResolver ForNews(IGraphStore store, RelationOntology? ontology = null) =>
        new(store, ontology ?? RelationOntology.Default, NewsKnowledge.Value.Names, NewsKnowledge.Value.ServedCountries, NewsKnowledge.Value.LabelOf);

    /// <summary>
    /// The label knowledge gives a name typed as <paramref name="labels"/>, when it may settle them; a one-word name
    /// some article takes for a person is left alone ("Tyler" is a town and a first name).
    /// </summary>
    public EntityLabel? SettlingLabel(string name, IEnumerable<EntityLabel> labels) =>
        !name.Contains(' ', StringComparison.Ordinal) && labels.Contains(EntityLabel.Person) ? null
            : labelByKnowledge?.Invoke(name) is { } label && labels.Contains(label) ? label : null;

    /// <param name="graph">The article's graph as extracted.</param>
    /// <param name="context">The ingest run the article belongs to: entities of articles resolved before it but not yet
    /// written are seen as if stored, and names whose type is contested are recorded there.</param>
    /// <param name="replacing">The article is already stored and is being resolved again: entities only it mentions are not settled yet.</param>
    /// <param name="dissolving">Stored entities whose articles are all being resolved again to settle them (see <see cref="LabelConsolidation"/>):
    /// they are neither settled nor found by name, however many articles still carry them.</param>
    /// <param name="cancellationToken">Cancels the store reads.</param>
    public async Task<ArticleGraph> ResolveAsync(ArticleGraph graph, ResolutionContext? context = null, bool replacing = false, IReadOnlySet<string>? dissolving = null, CancellationToken cancellationToken = default)
    {
        var ids = graph.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var settledFrom = replacing ? 2 : 1;
        var stored = (await store.GetEntitiesAsync(ids, cancellationToken)).Where(e => e.ArticleCount >= settledFrom).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var pending = context?.Pending;
        stored.UnionWith(ids.Where(id => pending?.Contains(id) == true));
        if (dissolving is not null)
        {
            stored.ExceptWith(dissolving);
        }

        var find = new NameFinder(store, pending, dissolving);
        var renames = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        var candidates = new List<IdentityCandidate>();

        foreach (var entity in graph.Entities.Where(e => stored.Contains(e.Id) && e.Label == EntityLabel.Organization && IsAcronym(e.Name)))
        {
            if (await ExpansionOfAcronymAsync(find, entity, ids, cancellationToken) is { } expansion)
            {
                renames[entity.Id] = expansion;
                context?.Contest(entity.Name);
            }
        }

        // This article spells out an acronym some stored articles used alone ("Syrian Observatory for Human Rights (SOHR)"
        // after articles that wrote only "SOHR"): the end of the run resolves those articles again (LabelConsolidation).
        if (context is not null)
        {
            foreach (var entity in graph.Entities.Where(e => e.Label == EntityLabel.Organization && !IsAcronym(e.Name)))
            {
                foreach (var acronym in entity.Aliases.Where(IsAcronym))
                {
                    if ((await FindAsync(find, acronym, ids, cancellationToken)).Any(r => r.Label == entity.Label && string.Equals(r.Name, acronym, StringComparison.Ordinal)))
                    {
                        context.Contest(acronym);
                    }
                }
            }
        }

        foreach (var entity in graph.Entities.Where(e => e.Label == EntityLabel.Person && (stored.Contains(e.Id) || servedCountries?.ContainsKey(e.Id) == true)))
        {
            if (await NamesakeAsync(entity, graph, cancellationToken) is { } namesake)
            {
                renames[entity.Id] = namesake.Record;
                candidates.Add(namesake.Candidate);
            }
        }

        // A well-known person keeps the knowledge base's id: it names that person, not whoever else was stored under the name.
        foreach (var entity in graph.Entities.Where(e => !stored.Contains(e.Id) && !renames.ContainsKey(e.Id) && servedCountries?.ContainsKey(e.Id) != true && ResolvedLabels.Contains(e.Label)))
        {
            var matches = await MatchesAsync(find, entity, ids, cancellationToken);
            var same = matches.Where(m => m.Record.Label == entity.Label).ToList();
            if (same.Count == 0)
            {
                if (await OtherLabelOfSameNameAsync(find, entity, graph, context, cancellationToken) is { } relabelled)
                {
                    renames[entity.Id] = relabelled;
                }

                continue;
            }

            var mergeable = same.Where(m => m.Kind == MatchKind.SameName).Select(m => m.Record).ToList();
            if (mergeable.Count > 0)
            {
                var conflicts = await ConflictingAsync(entity, graph, mergeable, cancellationToken);
                // A short given name only ever adds a candidate: it does not make an exact name less sure.
                if (mergeable.Count == 1 && same.Count(m => m.Kind != MatchKind.ShortGivenName) == 1 && conflicts.Count == 0)
                {
                    renames[entity.Id] = mergeable[0];
                    continue;
                }

                candidates.AddRange(mergeable.Select(m => conflicts.Contains(m.Id)
                    ? new IdentityCandidate(entity.Id, m.Id, ConflictScore, $"\"{entity.Name}\" is also a name of {m.Name}, but they are tied to different countries")
                    : new IdentityCandidate(entity.Id, m.Id, Math.Round(1.0 / mergeable.Count, 3), $"\"{entity.Name}\" is a name of {mergeable.Count} stored entities; not sure which")));
            }

            candidates.AddRange(SoftCandidates(entity, same));
        }

        // An entity already stored keeps the candidates a name alike gives it when its article is resolved again ("Bill Weld" and
        // "William Weld", "Church of Scientology" and "Scientology"): else a re-ingest would drop what the first one recorded.
        foreach (var entity in graph.Entities.Where(e => ResolvedLabels.Contains(e.Label) && stored.Contains(e.Id) && !renames.ContainsKey(e.Id) && servedCountries?.ContainsKey(e.Id) != true))
        {
            var matches = await MatchesAsync(find, entity, ids, cancellationToken);
            candidates.AddRange(SoftCandidates(entity, matches.Where(m => m.Record.Label == entity.Label)));
        }

        var resolved = Rewrite(graph, renames);
        return resolved with
        {
            Entities = [.. resolved.Entities.Select(WithShorterForms)],
            Candidates = candidates.Where(c => !renames.ContainsKey(c.EntityId)).ToList(),
        };
    }

    /// <summary>Candidates for names alike that are not the same name: other initials, a stored short form, a surname stored alone, a short given name.</summary>
    private static IEnumerable<IdentityCandidate> SoftCandidates(GraphEntity entity, IEnumerable<Match> same) => same.Select(m => m.Kind switch
    {
        MatchKind.DifferentInitials => new IdentityCandidate(entity.Id, m.Record.Id, ConflictScore, $"{m.Record.Name} (stored) has the same first and last name as {entity.Name}, but other middle names or initials"),
        MatchKind.StoredShortForm => new IdentityCandidate(entity.Id, m.Record.Id, ReverseScore, $"{m.Record.Name} (stored) may be a short form of {entity.Name}"),
        MatchKind.ShortGivenName => new IdentityCandidate(entity.Id, m.Record.Id, ShortGivenNameScore, $"{m.Record.Name} (stored) and {entity.Name} differ only by a short form of the given name"),
        MatchKind.StoredSurname => new IdentityCandidate(entity.Id, m.Record.Id, StoredSurnameScore, $"{m.Record.Name} (stored, a surname alone) may be {entity.Name}"),
        _ => null,
    }).OfType<IdentityCandidate>();

    private enum MatchKind
    {
        /// <summary>One of the entity's names (as full as its name) is a name of the stored entity, or differs from it only by initials one of them leaves out.</summary>
        SameName,

        /// <summary>Same first and last name, different middle names or initials ("George H. W. Bush" / "George W. Bush").</summary>
        DifferentInitials,

        /// <summary>The stored entity's name is a shorter form the article also used ("Kellogg" stored, "Keith Kellogg" here).</summary>
        StoredShortForm,

        /// <summary>The stored entity is named by this person's surname alone, which this article never writes alone ("Maluleke" stored, "Johannes Maluleke" here).</summary>
        StoredSurname,

        /// <summary>
        /// The same surname with the given name short in one and in full in the other ("Bill Weld" / "William Weld"): often one
        /// person, but "Mike Lee" the senator and "Michael Lee" the judge are two, and countries do not always tell them apart.
        /// </summary>
        ShortGivenName,
    }

    private sealed record Match(EntityRecord Record, MatchKind Kind);

    /// <summary>Stored entities, other than the article's own, that carry one of the entity's names.</summary>
    private async Task<List<Match>> MatchesAsync(NameFinder find, GraphEntity entity, HashSet<string> articleIds, CancellationToken cancellationToken)
    {
        var matches = new Dictionary<string, Match>(StringComparer.Ordinal);
        var words = WordCount(entity.Name);
        var middle = names.MiddleNames(entity.Name);

        // First and last name alike: "John R. Bolton" / "John Bolton", "Robert Gabriel Mugabe" / "Robert Mugabe".
        if (entity.Label == EntityLabel.Person && names.WithoutMiddleNames(entity.Name) is { } plain)
        {
            foreach (var record in await FindAsync(find, plain, articleIds, cancellationToken))
            {
                var agree = PersonNames.Agree(middle, names.MiddleNames(record.Name));
                matches.TryAdd(record.Id, new Match(record, agree ? MatchKind.SameName : MatchKind.DifferentInitials));
            }
        }

        async Task AddFormsAsync(IEnumerable<string> forms, MatchKind kind)
        {
            foreach (var form in forms)
            {
                foreach (var record in await FindAsync(find, form, articleIds, cancellationToken))
                {
                    matches.TryAdd(record.Id, new Match(record, kind));
                }
            }
        }

        // A nickname with the surname is the same person: "Jeremy "Spike" Cohen" / "Spike Cohen".
        if (entity.Label == EntityLabel.Person)
        {
            await AddFormsAsync(names.NicknameForms(entity.Name), MatchKind.SameName);
        }

        foreach (var name in entity.Aliases.Prepend(entity.Name).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            // A shorter alias ("Khan" of "Omar Khan") says nothing about other people who share it; it only points at a stored entity of exactly that name.
            var shorter = WordCount(name) < words;
            foreach (var record in await FindAsync(find, name, articleIds, cancellationToken))
            {
                if (!shorter)
                {
                    var kind = WordCount(record.Name) < words && names.MiddleNames(record.Name).Count == 0 && middle.Count == 0 ? MatchKind.StoredShortForm : MatchKind.SameName;
                    matches.TryAdd(record.Id, new Match(record, kind));
                }
                else if (string.Equals(record.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    matches.TryAdd(record.Id, new Match(record, MatchKind.StoredShortForm));
                }
            }
        }

        // Last, so that a stored person who already carries this very name ("Bill Weld" an alias of William Weld) is the same name.
        if (entity.Label == EntityLabel.Person)
        {
            await AddFormsAsync(names.GivenNameForms(entity.Name), MatchKind.ShortGivenName);
        }

        // A person stored by the surname alone ("Maluleke") may be the one named here in full ("Johannes Maluleke") though this
        // article never writes the surname alone: a candidate only, and only when nothing closer matched (one surname, many people).
        if (entity.Label == EntityLabel.Person && words >= 2 && matches.Count == 0)
        {
            var surname = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            foreach (var record in await FindAsync(find, surname, articleIds, cancellationToken))
            {
                if (record.Label == EntityLabel.Person && string.Equals(record.Name, surname, StringComparison.OrdinalIgnoreCase))
                {
                    matches.TryAdd(record.Id, new Match(record, MatchKind.StoredSurname));
                }
            }
        }

        return [.. matches.Values.OrderBy(m => m.Record.Id, StringComparer.Ordinal)];
    }

    private static async Task<IEnumerable<EntityRecord>> FindAsync(NameFinder find, string name, HashSet<string> articleIds, CancellationToken cancellationToken) =>
        (await find.ByNameAsync(name, cancellationToken)).Where(r => !articleIds.Contains(r.Id));

    /// <summary>
    /// The one stored entity that carries exactly this name under another label, when enough articles agree on that
    /// label and the article's relationships still fit it: the recogniser types an unknown name from one article's
    /// context, and a name typed ORG here and LOC in fifty stored articles ("Khyber Pakhtunkhwa") is a location.
    /// </summary>
    private async Task<EntityRecord?> OtherLabelOfSameNameAsync(NameFinder find, GraphEntity entity, ArticleGraph graph, ResolutionContext? context, CancellationToken cancellationToken)
    {
        // The article's own entities count too: "Puntland" typed a person in one sentence and a place in the next is one place.
        var named = (await find.ByNameAsync(entity.Name, cancellationToken))
            .Where(r => r.Label != entity.Label && string.Equals(r.Name, entity.Name, StringComparison.OrdinalIgnoreCase))
            .ToList();

        // One stored article is enough when knowledge alone says the name is what it was stored as ("Wad Madani" a place).
        var adoptable = named.Count == 1
            && (named[0].ArticleCount >= MinArticlesToAdoptLabel || SettlingLabel(entity.Name, [entity.Label, named[0].Label]) == named[0].Label);
        if (named.Count > 0 && !adoptable)
        {
            context?.Contest(entity.Name);
        }

        if (!adoptable)
        {
            return null;
        }

        var target = named[0];
        var fits = graph.Relations.All(r =>
            (r.Source != entity.Id || LabelFits(ontology.Find(r.Type)?.SourceLabels, target.Label)) &&
            (r.Target != entity.Id || LabelFits(ontology.Find(r.Type)?.TargetLabels, target.Label)));
        var ownsRole = graph.Relations.Any(r => r.Source == entity.Id && affiliationTypes.Contains(r.Type));
        return fits && !ownsRole ? target : null;
    }

    /// <summary>
    /// An organisation stored under its acronym ("RSF") before any article spelled it out is the one stored
    /// organisation whose articles use that acronym for a longer name ("Rapid Support Forces (RSF)").
    /// </summary>
    private static async Task<EntityRecord?> ExpansionOfAcronymAsync(NameFinder find, GraphEntity entity, HashSet<string> articleIds, CancellationToken cancellationToken)
    {
        var owners = (await FindAsync(find, entity.Name, articleIds, cancellationToken))
            .Where(r => r.Label == entity.Label && r.ArticleCount > 0 && !string.Equals(r.Name, entity.Name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return owners.Count == 1 ? owners[0] : null;
    }

    /// <summary>Two to six capital letters, dots allowed ("RSF", "U.N.", "IDF").</summary>
    private static bool IsAcronym(string name)
    {
        var letters = name.Where(c => c != '.').ToList();
        return letters.Count is >= 2 and <= 6 && letters.All(char.IsUpper) && !name.Contains(' ', StringComparison.Ordinal);
    }

    private static bool LabelFits(IReadOnlyList<EntityLabel>? allowed, EntityLabel label) => allowed is null or { Count: 0 } || allowed.Contains(label);

    /// <summary>Stored entities tied to other countries than the ones the article ties the entity to.</summary>
    private async Task<HashSet<string>> ConflictingAsync(GraphEntity entity, ArticleGraph graph, List<EntityRecord> matches, CancellationToken cancellationToken)
    {
        var here = AffiliatedCountries(entity.Id, graph);
        var conflicts = new HashSet<string>(StringComparer.Ordinal);
        if (here.Count == 0)
        {
            return conflicts;
        }

        foreach (var match in matches)
        {
            var there = await StoredAffiliationsAsync(match.Id, cancellationToken);
            if (there.Count > 0 && !there.Keys.Any(here.Contains))
            {
                conflicts.Add(match.Id);
            }
        }

        return conflicts;
    }

    /// <summary>
    /// A person stored (or known) under this very name but tied to other countries is a namesake, not this person:
    /// "Colombian defense minister Pedro Sánchez" is not Spain's prime minister, though the name alone is the same id.
    /// The stored person's ties count when the knowledge base says which country the name serves or when at least two
    /// articles state them, so one misread article splits nobody. The namesake gets an id of its own (the name with the
    /// country it serves here), and a candidate records that the two might be one.
    /// </summary>
    private async Task<(EntityRecord Record, IdentityCandidate Candidate)?> NamesakeAsync(GraphEntity entity, ArticleGraph graph, CancellationToken cancellationToken)
    {
        var here = AffiliatedCountries(entity.Id, graph);
        if (here.Count == 0)
        {
            return null;
        }

        var there = (await StoredAffiliationsAsync(entity.Id, cancellationToken))
            .Where(tie => tie.Value >= MinArticlesToSettleAffiliation).Select(tie => tie.Key).ToHashSet(StringComparer.Ordinal);
        if (servedCountries?.GetValueOrDefault(entity.Id) is { } served)
        {
            there.Add(served);
        }

        if (there.Count == 0 || there.Overlaps(here))
        {
            return null;
        }

        var countryId = here.Min(StringComparer.Ordinal);
        var country = graph.Entities.First(e => e.Id == countryId);
        var id = EntityIds.For(EntityLabel.Person, $"{entity.Name} {country.Name}");
        return (
            new EntityRecord { Id = id, Label = EntityLabel.Person, Name = entity.Name },
            new IdentityCandidate(id, entity.Id, ConflictScore, $"\"{entity.Name}\" is also the name of a stored person tied to other countries; this one is tied to {country.Name}"));
    }

    /// <summary>The countries the article ties the entity to by a relationship that ties a person to one country.</summary>
    private HashSet<string> AffiliatedCountries(string entityId, ArticleGraph graph)
    {
        var countries = graph.Entities.Where(e => e.Label == EntityLabel.Country).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return graph.Relations
            .Where(r => r.Source == entityId && affiliationTypes.Contains(r.Type) && countries.Contains(r.Target))
            .Select(r => r.Target).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The countries the stored entity is tied to, each with the most articles that state one of its ties to it.</summary>
    private async Task<Dictionary<string, int>> StoredAffiliationsAsync(string entityId, CancellationToken cancellationToken)
    {
        var query = new FactQuery { EntityIds = [entityId], Direction = Direction.Outgoing, Filter = new FactFilter { Types = affiliationTypes } };
        var facts = (await store.FindFactsAsync(query, new PageRequest(0, 50), cancellationToken)).Items.Where(f => f.SourceId == entityId).ToList();
        var countries = (await store.GetEntitiesAsync(facts.Select(f => f.TargetId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken))
            .Where(e => e.Label == EntityLabel.Country).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return facts.Where(f => countries.Contains(f.TargetId))
            .GroupBy(f => f.TargetId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(f => f.ArticleCount), StringComparer.Ordinal);
    }

    /// <summary>
    /// A person named with middle names or initials is also findable without them, so a later "John Bolton" finds the
    /// stored "John R. Bolton" (and "George Bush" finds both Bushes, which keeps it apart from either); a person named
    /// with a nickname is findable by it and by the given name ("Spike Cohen", "Jeremy Cohen").
    /// </summary>
    private GraphEntity WithShorterForms(GraphEntity entity)
    {
        if (entity.Label != EntityLabel.Person)
        {
            return entity;
        }

        var forms = names.NicknameForms(entity.Name).Prepend(names.WithoutMiddleNames(entity.Name)).OfType<string>()
            .Where(form => !entity.Aliases.Contains(form, StringComparer.OrdinalIgnoreCase) && !string.Equals(form, entity.Name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return forms.Count == 0 ? entity : entity with { Aliases = [.. entity.Aliases, .. forms] };
    }

    /// <summary>Gives merged entities their stored id, label and name (keeping the article's names as aliases) and rewrites every reference.</summary>
    private static ArticleGraph Rewrite(ArticleGraph graph, Dictionary<string, EntityRecord> renames)
    {
        if (renames.Count == 0)
        {
            return graph;
        }

        string Map(string id) => renames.TryGetValue(id, out var target) ? target.Id : id;

        var entities = graph.Entities
            .Select(e => renames.TryGetValue(e.Id, out var target)
                ? new GraphEntity(target.Id, target.Label, target.Name, [.. e.Aliases.Append(e.Name).Where(a => a != target.Name).Distinct(StringComparer.Ordinal)])
                : e)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.First() : g.First() with { Aliases = [.. g.SelectMany(e => e.Aliases.Append(e.Name)).Where(a => a != g.First().Name).Distinct(StringComparer.Ordinal)] })
            .ToList();
        var relations = graph.Relations
            .Select(r => r with { Source = Map(r.Source), Target = Map(r.Target), Topics = [.. r.Topics.Select(Map).Distinct(StringComparer.Ordinal)] })
            .Where(r => r.Source != r.Target)
            .ToList();
        return graph with { Entities = entities, Relations = relations };
    }

    /// <summary>Stored and pending entities of a name; an entity in both counts the articles of both.</summary>
    private sealed class NameFinder(IGraphStore store, PendingEntities? pending, IReadOnlySet<string>? dissolving)
    {
        public async Task<IReadOnlyList<EntityRecord>> ByNameAsync(string name, CancellationToken cancellationToken)
        {
            // An entity no stored article mentions any more (its articles were resolved into another) is gone, and so is one being dissolved.
            var stored = (await store.FindEntitiesByNameAsync(name, cancellationToken))
                .Where(r => r.ArticleCount > 0 && CarriesAsWritten(r, name) && dissolving?.Contains(r.Id) != true)
                .ToList();
            var waiting = (pending?.FindByName(name) ?? []).Where(r => CarriesAsWritten(r, name)).ToList();
            if (waiting.Count == 0)
            {
                return stored;
            }

            var counts = waiting.ToDictionary(r => r.Id, r => r.ArticleCount, StringComparer.Ordinal);
            return
            [
                .. stored.Select(r => counts.TryGetValue(r.Id, out var more) ? r with { ArticleCount = r.ArticleCount + more } : r),
                .. waiting.Where(r => stored.All(s => s.Id != r.Id)),
            ];
        }
    }

    /// <summary>
    /// Store lookups ignore case, but an acronym matches only as written: "Who" (of "Who Gives a Crap") is not the WHO.
    /// A record read without its aliases is taken at the store's word.
    /// </summary>
    private static bool CarriesAsWritten(EntityRecord record, string name)
    {
        var key = NameKeys.For(name);
        var forms = record.Aliases.Prepend(record.Name).Where(form => NameKeys.For(form) == key).ToList();
        return forms.Count == 0 || forms.Any(form => (!IsAcronym(form) && !IsAcronym(name)) || string.Equals(form.Trim(), name.Trim(), StringComparison.Ordinal));
    }

    private static int WordCount(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
