using GraphNews.Domain;
using GraphNews.Extraction;
using GraphNews.Ingestion.Identity;
using GraphNews.Store.Sqlite;

namespace GraphNews.Ingestion.Tests.Identity;

public sealed class CrossArticleResolverTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private SqliteGraphStore store = null!;
    private CrossArticleResolver resolver = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        store = new SqliteGraphStore(Path.Combine(folder.Path, "g.db"));
        await store.InitializeAsync(Ct);
        resolver = new CrossArticleResolver(store, RelationOntology.Default);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        folder.Dispose();
    }

    private static GraphEntity Person(string name, params string[] aliases) => new(EntityIds.For(EntityLabel.Person, name), EntityLabel.Person, name, aliases);

    private static readonly GraphEntity Russia = new("country:russia", EntityLabel.Country, "Russia", []);
    private static readonly GraphEntity Ukraine = new("country:ukraine", EntityLabel.Country, "Ukraine", []);
    private static readonly GraphEntity China = new("country:china", EntityLabel.Country, "China", []);

    private static ArticleGraph Graph(string id, IEnumerable<GraphEntity> entities, params (string Type, GraphEntity Source, GraphEntity Target)[] relations)
    {
        var article = new Article { Id = id, Title = id, Text = "Some sentence about them.", Published = new DateOnly(2025, 2, 9) };
        return new ArticleGraph(article, entities.ToList(), relations.Select(r => new GraphRelation
        {
            Type = r.Type,
            Source = r.Source.Id,
            Target = r.Target.Id,
            Role = r.Type == "LEADS" ? "President" : null,
            Evidence = [new Evidence(article.Text, 0, article.Text.Length)],
        }).ToList());
    }

    [Fact]
    public async Task A_known_persons_namesake_tied_to_another_country_gets_an_id_of_its_own_and_a_candidate()
    {
        var served = new CrossArticleResolver(store, RelationOntology.Default, servedCountries: new Dictionary<string, string> { [Person("Ivan Sidorov").Id] = Russia.Id });
        var minister = Person("Ivan Sidorov");

        var elsewhere = await served.ResolveAsync(Graph("a1", [minister, Ukraine], ("WORKS_FOR", minister, Ukraine)), cancellationToken: Ct);
        var known = await served.ResolveAsync(Graph("a2", [minister, Russia], ("LEADS", minister, Russia)), cancellationToken: Ct);
        var untied = await served.ResolveAsync(Graph("a3", [minister]), cancellationToken: Ct);

        var namesake = Assert.Single(elsewhere.Entities, e => e.Label == EntityLabel.Person);
        Assert.Equal((EntityIds.For(EntityLabel.Person, "Ivan Sidorov Ukraine"), "Ivan Sidorov"), (namesake.Id, namesake.Name));
        Assert.Equal(namesake.Id, Assert.Single(elsewhere.Relations).Source);
        var candidate = Assert.Single(elsewhere.Candidates);
        Assert.Equal((namesake.Id, minister.Id), (candidate.EntityId, candidate.CandidateId));
        Assert.Equal(minister.Id, Assert.Single(known.Entities, e => e.Label == EntityLabel.Person).Id);
        Assert.Equal(minister.Id, Assert.Single(untied.Entities).Id);
    }

    [Fact]
    public async Task A_stored_persons_namesake_is_told_apart_once_two_articles_tie_the_stored_person_to_a_country()
    {
        var person = Person("Maria Ortega");
        await store.UpsertArticleAsync(Graph("a1", [person, Russia], ("LEADS", person, Russia)), Ct);
        var tiedElsewhere = Graph("a3", [person, China], ("WORKS_FOR", person, China));

        var afterOne = await resolver.ResolveAsync(tiedElsewhere, cancellationToken: Ct);
        await store.UpsertArticleAsync(Graph("a2", [person, Russia], ("LEADS", person, Russia)), Ct);
        var afterTwo = await resolver.ResolveAsync(tiedElsewhere, cancellationToken: Ct);

        Assert.Equal(person.Id, Assert.Single(afterOne.Entities, e => e.Label == EntityLabel.Person).Id);
        Assert.Equal(EntityIds.For(EntityLabel.Person, "Maria Ortega China"), Assert.Single(afterTwo.Entities, e => e.Label == EntityLabel.Person).Id);
    }

    [Fact]
    public async Task A_surname_alone_merges_into_the_one_stored_person_with_that_name()
    {
        var keith = Person("Keith Kellogg", "Kellogg");
        await store.UpsertArticleAsync(Graph("a1", [keith, Russia], ("ENVOY_TO", keith, Russia)), Ct);
        var kellogg = Person("Kellogg");

        var resolved = await resolver.ResolveAsync(Graph("a2", [kellogg, Ukraine], ("ENVOY_TO", kellogg, Ukraine)), cancellationToken: Ct);

        var entity = Assert.Single(resolved.Entities, e => e.Label == EntityLabel.Person);
        Assert.Equal((keith.Id, "Keith Kellogg"), (entity.Id, entity.Name));
        Assert.Contains("Kellogg", entity.Aliases);
        Assert.Equal(keith.Id, Assert.Single(resolved.Relations).Source);
        Assert.Empty(resolved.Candidates);
    }

    [Fact]
    public async Task A_person_stored_by_the_surname_alone_is_a_candidate_for_one_named_in_full_never_a_merge()
    {
        var surnameOnly = Person("Maluleke");
        await store.UpsertArticleAsync(Graph("a1", [surnameOnly, Russia]), Ct);
        var full = Person("Johannes Maluleke");

        var resolved = await resolver.ResolveAsync(Graph("a3", [full, Ukraine]), cancellationToken: Ct);

        Assert.Equal(full.Id, Assert.Single(resolved.Entities, e => e.Label == EntityLabel.Person).Id);
        var candidate = Assert.Single(resolved.Candidates);
        Assert.Equal((full.Id, surnameOnly.Id), (candidate.EntityId, candidate.CandidateId));
        Assert.True(candidate.Score < 0.5, "a surname alone is weak evidence");
    }

    [Fact]
    public async Task A_surname_shared_by_several_stored_people_is_kept_apart_and_recorded()
    {
        var gary = Person("Gary Chan", "Chan");
        var tanya = Person("Tanya Chan", "Chan");
        await store.UpsertArticleAsync(Graph("a1", [gary, tanya]), Ct);
        var chan = Person("Chan");

        var resolved = await resolver.ResolveAsync(Graph("a2", [chan]), cancellationToken: Ct);

        Assert.Equal(chan.Id, Assert.Single(resolved.Entities).Id);
        Assert.Equal([gary.Id, tanya.Id], resolved.Candidates.Select(c => c.CandidateId).Order(StringComparer.Ordinal));
        Assert.All(resolved.Candidates, c => Assert.Equal((chan.Id, 0.5), (c.EntityId, c.Score)));

        await store.UpsertArticleAsync(resolved, Ct);
        Assert.Equal(2, (await store.GetIdentityCandidatesAsync(chan.Id, 10, Ct)).Count);
    }

    [Fact]
    public async Task People_who_share_a_name_but_lead_different_countries_are_not_merged()
    {
        var stored = Person("John Smith", "Smith");
        await store.UpsertArticleAsync(Graph("a1", [stored, Russia], ("LEADS", stored, Russia)), Ct);
        var smith = Person("Smith");

        var resolved = await resolver.ResolveAsync(Graph("a2", [smith, China], ("LEADS", smith, China)), cancellationToken: Ct);

        Assert.Contains(resolved.Entities, e => e.Id == smith.Id);
        var candidate = Assert.Single(resolved.Candidates);
        Assert.Equal((smith.Id, stored.Id, 0.3), (candidate.EntityId, candidate.CandidateId, candidate.Score));
        Assert.Contains("different countries", candidate.Reason);
    }

    [Fact]
    public async Task A_fuller_name_never_absorbs_a_stored_short_form_but_records_the_possibility()
    {
        var shortForm = Person("Kellogg");
        await store.UpsertArticleAsync(Graph("a1", [shortForm]), Ct);
        var full = Person("Keith Kellogg", "Kellogg");

        var resolved = await resolver.ResolveAsync(Graph("a2", [full]), cancellationToken: Ct);

        Assert.Equal(full.Id, Assert.Single(resolved.Entities).Id);
        Assert.Equal(shortForm.Id, Assert.Single(resolved.Candidates).CandidateId);
    }

    [Fact]
    public async Task Resolving_an_already_stored_article_again_gives_the_same_graph()
    {
        var keith = Person("Keith Kellogg", "Kellogg");
        await store.UpsertArticleAsync(Graph("a1", [keith, Russia], ("ENVOY_TO", keith, Russia)), Ct);
        var kellogg = Person("Kellogg");
        var incoming = Graph("a2", [kellogg, Ukraine], ("ENVOY_TO", kellogg, Ukraine));

        var first = await resolver.ResolveAsync(incoming, cancellationToken: Ct);
        await store.UpsertArticleAsync(first, Ct);
        var second = await resolver.ResolveAsync(incoming, cancellationToken: Ct);

        Assert.Equal(ArticleGraphJson.Fingerprint(first), ArticleGraphJson.Fingerprint(second));
        Assert.Equal(1, (await store.UpsertArticleAsync(second, Ct)).Unchanged);
    }

    [Fact]
    public async Task A_full_name_is_not_merged_with_other_people_who_share_its_surname()
    {
        var sadiq = Person("Sadiq Khan", "Khan");
        await store.UpsertArticleAsync(Graph("a1", [sadiq]), Ct);
        var omar = Person("Omar Khan", "Khan");

        var resolved = await resolver.ResolveAsync(Graph("a2", [omar]), cancellationToken: Ct);

        Assert.Equal(omar.Id, Assert.Single(resolved.Entities).Id);
        Assert.Empty(resolved.Candidates);
    }

    [Theory]
    [InlineData("John R. Bolton", "John Bolton")]
    [InlineData("John Bolton", "John R. Bolton")]
    [InlineData("Robert Gabriel Mugabe", "Robert Mugabe")]
    [InlineData("Robert Mugabe", "Robert Gabriel Mugabe")]
    [InlineData("George Walker Bush", "George W. Bush")]
    public async Task A_middle_initial_written_in_one_article_and_not_the_other_is_the_same_person(string storedName, string incomingName)
    {
        var stored = Person(storedName);
        await store.UpsertArticleAsync(await resolver.ResolveAsync(Graph("a1", [stored]), cancellationToken: Ct), Ct);

        var resolved = await resolver.ResolveAsync(Graph("a2", [Person(incomingName)]), cancellationToken: Ct);

        var entity = Assert.Single(resolved.Entities);
        Assert.Equal((stored.Id, storedName), (entity.Id, entity.Name));
        Assert.Contains(incomingName, entity.Aliases);
        Assert.Empty(resolved.Candidates);
    }

    [Fact]
    public async Task Different_middle_initials_are_kept_apart_and_recorded()
    {
        var father = Person("George H. W. Bush");
        await store.UpsertArticleAsync(await resolver.ResolveAsync(Graph("a1", [father]), cancellationToken: Ct), Ct);
        var son = Person("George W. Bush");

        var resolved = await resolver.ResolveAsync(Graph("a2", [son]), cancellationToken: Ct);

        Assert.Equal(son.Id, Assert.Single(resolved.Entities).Id);
        var candidate = Assert.Single(resolved.Candidates);
        Assert.Equal((son.Id, father.Id, 0.3), (candidate.EntityId, candidate.CandidateId, candidate.Score));
        Assert.Contains("other middle names or initials", candidate.Reason);
    }

    [Fact]
    public async Task A_name_typed_differently_from_the_stored_articles_takes_their_label_once_two_agree()
    {
        var place = new GraphEntity("location:khyber-pakhtunkhwa", EntityLabel.Location, "Khyber Pakhtunkhwa", []);
        var asOrganisation = new GraphEntity("organization:khyber-pakhtunkhwa", EntityLabel.Organization, "Khyber Pakhtunkhwa", []);
        await store.UpsertArticleAsync(Graph("a1", [place]), Ct);

        var afterOne = await resolver.ResolveAsync(Graph("a2", [asOrganisation]), cancellationToken: Ct);
        await store.UpsertArticleAsync(Graph("a3", [place]), Ct);
        var afterTwo = await resolver.ResolveAsync(Graph("a4", [asOrganisation]), cancellationToken: Ct);

        Assert.Equal(asOrganisation.Id, Assert.Single(afterOne.Entities).Id);
        var relabelled = Assert.Single(afterTwo.Entities);
        Assert.Equal((place.Id, EntityLabel.Location), (relabelled.Id, relabelled.Label));
    }

    [Fact]
    public async Task A_name_stored_once_takes_its_stored_label_when_knowledge_alone_gives_the_name_that_label()
    {
        var knowing = new CrossArticleResolver(store, RelationOntology.Default, labelByKnowledge: name => name is "Wad Madani" or "Tyler" ? EntityLabel.Location : null);
        var place = new GraphEntity("location:wad-madani", EntityLabel.Location, "Wad Madani", []);
        var town = new GraphEntity("location:tyler", EntityLabel.Location, "Tyler", []);
        await store.UpsertArticleAsync(Graph("a1", [place, town]), Ct);

        var relabelled = await knowing.ResolveAsync(Graph("a2", [new GraphEntity("person:wad-madani", EntityLabel.Person, "Wad Madani", [])]), cancellationToken: Ct);
        var withoutKnowledge = await resolver.ResolveAsync(Graph("a3", [new GraphEntity("person:wad-madani", EntityLabel.Person, "Wad Madani", [])]), cancellationToken: Ct);
        var oneWordPerson = await knowing.ResolveAsync(Graph("a4", [Person("Tyler")]), cancellationToken: Ct);

        Assert.Equal(place.Id, Assert.Single(relabelled.Entities).Id);
        Assert.Equal("person:wad-madani", Assert.Single(withoutKnowledge.Entities).Id);
        Assert.Equal(Person("Tyler").Id, Assert.Single(oneWordPerson.Entities).Id);
    }

    [Fact]
    public async Task A_person_with_a_role_keeps_its_label_whatever_stored_articles_called_the_name()
    {
        var asOrganisation = new GraphEntity("organization:delcy-rodriguez", EntityLabel.Organization, "Delcy Rodriguez", []);
        await store.UpsertArticleAsync(Graph("a1", [asOrganisation]), Ct);
        await store.UpsertArticleAsync(Graph("a2", [asOrganisation]), Ct);
        var venezuela = new GraphEntity("country:venezuela", EntityLabel.Country, "Venezuela", []);
        var person = Person("Delcy Rodriguez");

        var resolved = await resolver.ResolveAsync(Graph("a3", [person, venezuela], ("LEADS", person, venezuela)), cancellationToken: Ct);

        Assert.Contains(resolved.Entities, e => e.Id == person.Id && e.Label == EntityLabel.Person);
    }

    [Fact]
    public async Task A_name_the_article_types_two_ways_becomes_the_stored_entity_of_that_name()
    {
        var place = new GraphEntity("location:puntland", EntityLabel.Location, "Puntland", []);
        await store.UpsertArticleAsync(Graph("a1", [place]), Ct);
        await store.UpsertArticleAsync(Graph("a2", [place]), Ct);
        var asPerson = new GraphEntity("person:puntland", EntityLabel.Person, "Puntland", []);

        var resolved = await resolver.ResolveAsync(Graph("a3", [asPerson, place]), cancellationToken: Ct);

        Assert.Equal(place.Id, Assert.Single(resolved.Entities).Id);
    }

    [Fact]
    public async Task An_acronym_matches_only_as_written()
    {
        var who = new GraphEntity("organization:world-health-organization", EntityLabel.Organization, "World Health Organization", ["WHO"]);
        await store.UpsertArticleAsync(Graph("a1", [who]), Ct);
        await store.UpsertArticleAsync(Graph("a2", [who]), Ct);
        var company = new GraphEntity("organization:who", EntityLabel.Organization, "Who", []);
        var acronym = new GraphEntity("organization:who-acronym", EntityLabel.Organization, "WHO", []);

        var resolved = await resolver.ResolveAsync(Graph("a3", [company]), cancellationToken: Ct);
        var spelledAsStored = await resolver.ResolveAsync(Graph("a4", [acronym]), cancellationToken: Ct);

        Assert.Equal(company.Id, Assert.Single(resolved.Entities).Id);
        Assert.Equal(who.Id, Assert.Single(spelledAsStored.Entities).Id);
    }

    [Fact]
    public async Task An_acronym_of_the_same_ingest_run_not_yet_written_matches_only_as_written()
    {
        var context = new ResolutionContext();
        var who = new GraphEntity("organization:world-health-organization", EntityLabel.Organization, "World Health Organization", ["WHO"]);
        context.Pending.Add(Graph("a1", [who]));
        context.Pending.Add(Graph("a2", [who]));
        var company = new GraphEntity("organization:who", EntityLabel.Organization, "Who", []);
        var acronym = new GraphEntity("organization:who-acronym", EntityLabel.Organization, "WHO", []);

        var resolved = await resolver.ResolveAsync(Graph("a3", [company]), context, cancellationToken: Ct);
        var spelledAsWritten = await resolver.ResolveAsync(Graph("a4", [acronym]), context, cancellationToken: Ct);

        Assert.Equal(company.Id, Assert.Single(resolved.Entities).Id);
        Assert.Equal(who.Id, Assert.Single(spelledAsWritten.Entities).Id);
    }

    [Fact]
    public async Task A_nickname_with_the_surname_is_the_same_person_in_either_order()
    {
        var nicknamed = new CrossArticleResolver(store, RelationOntology.Default, PersonNames.From(NewsExtractor.Knowledge));
        await store.UpsertArticleAsync(await nicknamed.ResolveAsync(Graph("a1", [Person("Spike Cohen")]), cancellationToken: Ct), Ct);
        await store.UpsertArticleAsync(await nicknamed.ResolveAsync(Graph("a2", [Person("Michael Cohen")]), cancellationToken: Ct), Ct);

        var full = await nicknamed.ResolveAsync(Graph("a3", [Person("Jeremy \"Spike\" Cohen")]), cancellationToken: Ct);

        Assert.Equal(Person("Spike Cohen").Id, Assert.Single(full.Entities).Id);
        Assert.Equal(["Jeremy Cohen"], PersonNames.From(NewsExtractor.Knowledge).NicknameForms("Jeremy \"Spike\" Cohen").Skip(1));
        Assert.Equal(["Pat Di Cicco", "Pasquale Di Cicco"], PersonNames.From(NewsExtractor.Knowledge).NicknameForms("Pasquale \"Pat\" Di Cicco"));
        Assert.Equal(["Eddie Van Halen", "Edward Lodewijk Van Halen"], PersonNames.From(NewsExtractor.Knowledge).NicknameForms("Edward Lodewijk \"Eddie\" Van Halen"));
    }

    [Fact]
    public async Task A_stored_person_keeps_its_candidate_when_its_article_is_resolved_again()
    {
        var resolver = new CrossArticleResolver(store, RelationOntology.Default, PersonNames.From(NewsExtractor.Knowledge));
        await store.UpsertArticleAsync(await resolver.ResolveAsync(Graph("a1", [Person("William Weld")]), cancellationToken: Ct), Ct);
        var first = await resolver.ResolveAsync(Graph("a2", [Person("Bill Weld")]), cancellationToken: Ct);
        await store.UpsertArticleAsync(first, Ct);

        var again = await resolver.ResolveAsync(Graph("a2", [Person("Bill Weld")]), cancellationToken: Ct);
        var olderArticle = await resolver.ResolveAsync(Graph("a1", [Person("William Weld")]), cancellationToken: Ct);

        Assert.Equal(first.Candidates, again.Candidates);
        Assert.Equal(Person("Bill Weld").Id, Assert.Single(olderArticle.Candidates).CandidateId);
    }

    [Fact]
    public async Task A_stored_organisation_keeps_its_short_form_candidate_when_its_article_is_resolved_again()
    {
        var resolver = new CrossArticleResolver(store, RelationOntology.Default, PersonNames.From(NewsExtractor.Knowledge));
        GraphEntity Organisation(string name, params string[] aliases) => new(EntityIds.For(EntityLabel.Organization, name), EntityLabel.Organization, name, aliases);
        await store.UpsertArticleAsync(await resolver.ResolveAsync(Graph("a1", [Organisation("Scientology")]), cancellationToken: Ct), Ct);
        var first = await resolver.ResolveAsync(Graph("a2", [Organisation("Church of Scientology", "Scientology")]), cancellationToken: Ct);
        await store.UpsertArticleAsync(first, Ct);

        var again = await resolver.ResolveAsync(Graph("a2", [Organisation("Church of Scientology", "Scientology")]), cancellationToken: Ct);

        Assert.Equal(Organisation("Scientology").Id, Assert.Single(first.Candidates).CandidateId);
        Assert.Equal(first.Candidates, again.Candidates);
    }

    [Fact]
    public async Task A_short_given_name_with_the_same_surname_is_a_candidate_not_a_merge()
    {
        var resolver = new CrossArticleResolver(store, RelationOntology.Default, PersonNames.From(NewsExtractor.Knowledge));
        await store.UpsertArticleAsync(await resolver.ResolveAsync(Graph("a1", [Person("William Weld")]), cancellationToken: Ct), Ct);
        var shortForm = await resolver.ResolveAsync(Graph("a2", [Person("Bill Weld")]), cancellationToken: Ct);
        await store.UpsertArticleAsync(shortForm, Ct);

        var again = await resolver.ResolveAsync(Graph("a3", [Person("William Weld")]), cancellationToken: Ct);

        Assert.Equal(Person("Bill Weld").Id, Assert.Single(shortForm.Entities).Id);
        Assert.Equal(Person("William Weld").Id, Assert.Single(again.Entities).Id);
        var candidate = Assert.Single(shortForm.Candidates);
        Assert.Equal(Person("William Weld").Id, candidate.CandidateId);
        Assert.Equal(["William Weld"], PersonNames.From(NewsExtractor.Knowledge).GivenNameForms("Bill Weld"));

        // A stored person who already carries the short name as an alias is that name, not a candidate.
        await store.UpsertArticleAsync(Graph("a4", [Person("Nicholas Moreau") with { Aliases = ["Nick Moreau"] }]), Ct);
        var aliased = await resolver.ResolveAsync(Graph("a5", [Person("Nick Moreau")]), cancellationToken: Ct);
        Assert.Equal(Person("Nicholas Moreau").Id, Assert.Single(aliased.Entities).Id);
        Assert.Empty(aliased.Candidates);
        Assert.Contains("Bill Weld", PersonNames.From(NewsExtractor.Knowledge).GivenNameForms("William Weld"));
        Assert.Empty(PersonNames.From(NewsExtractor.Knowledge).GivenNameForms("Kim Jong Un"));
    }

    [Fact]
    public async Task Names_with_particles_keep_every_word()
    {
        var particles = new PersonNames(new HashSet<string> { "van" });
        var withParticles = new CrossArticleResolver(store, RelationOntology.Default, particles);
        var eddie = Person("Eddie Van Halen");
        await store.UpsertArticleAsync(await withParticles.ResolveAsync(Graph("a1", [eddie]), cancellationToken: Ct), Ct);

        var resolved = await withParticles.ResolveAsync(Graph("a2", [Person("Eddie Halen")]), cancellationToken: Ct);

        Assert.Equal(Person("Eddie Halen").Id, Assert.Single(resolved.Entities).Id);
        Assert.Null(particles.WithoutMiddleNames("Alex Van Halen"));
        Assert.Null(particles.WithoutMiddleNames("Mohammed bin Salman"));
        Assert.Equal("Elijah Cummings", particles.WithoutMiddleNames("Elijah Eugene Cummings"));
    }

    [Fact]
    public void Family_names_written_first_and_names_ending_in_their_first_word_have_no_middle_names()
    {
        var names = PersonNames.From(NewsExtractor.Knowledge);

        Assert.Null(names.WithoutMiddleNames("Kim Jong Un"));
        Assert.Equal("Robert Kennedy Jr.", names.WithoutMiddleNames("Robert F. Kennedy Jr."));
        Assert.Null(names.WithoutMiddleNames("Robert Downey Jr."));
        Assert.Null(names.WithoutMiddleNames("Mohamed El-Hassan Mohamed"));
        Assert.Equal("Hernan Gomez", names.WithoutMiddleNames("Hernan Dario Gomez"));
    }

    [Theory]
    [InlineData("José Raúl Mulino", "José Mulino")]
    [InlineData("Minni Arko Minnawi", "Minni Minnawi")]
    [InlineData("Pedro R. Pierluisi", "Pedro Pierluisi")]
    [InlineData("Wanda Vázquez Garced", null)]
    [InlineData("Andrés Manuel López Obrador", null)]
    [InlineData("Yasser Abu Shabab", null)]
    [InlineData("Ali Samir Al-Haj Hassan", null)]
    [InlineData("Pope Leo XIV", null)]
    [InlineData("Pope John Paul II", null)]
    public void A_family_name_or_a_title_in_a_name_leaves_no_middle_name_out(string name, string? shorter) =>
        Assert.Equal(shorter, PersonNames.From(NewsExtractor.Knowledge).WithoutMiddleNames(name));

    [Fact]
    public async Task A_family_name_in_the_middle_of_a_name_gives_no_shorter_alias()
    {
        var resolver = CrossArticleResolver.ForNews(store);

        var resolved = await resolver.ResolveAsync(Graph("a1", [Person("Wanda Vázquez Garced"), Person("John R. Bolton")]), cancellationToken: Ct);

        Assert.DoesNotContain("Wanda Garced", Assert.Single(resolved.Entities, e => e.Name == "Wanda Vázquez Garced").Aliases);
        Assert.Contains("John Bolton", Assert.Single(resolved.Entities, e => e.Name == "John R. Bolton").Aliases);
    }
}
