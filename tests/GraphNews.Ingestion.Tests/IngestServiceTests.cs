using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Extraction;
using GraphNews.Ingestion.Identity;
using GraphNews.Ingestion.Reading;
using GraphNews.Store.Sqlite;

namespace GraphNews.Ingestion.Tests;

public sealed class IngestServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Gives every article one entity named after its title, and fails on demand.</summary>
    private sealed class TitleEntityExtractor : IArticleExtractor
    {
        public ArticleGraph Extract(Article article)
        {
            if (article.Title.Contains("explode", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the extractor choked");
            }

            return new ArticleGraph(article, [new GraphEntity(EntityIds.For(EntityLabel.Person, article.Title), EntityLabel.Person, article.Title, [])], []);
        }
    }

    /// <summary>One person named by the title, with the text as the alias the article also used.</summary>
    private sealed class TitleAndAliasExtractor : IArticleExtractor
    {
        public ArticleGraph Extract(Article article) =>
            new(article, [new GraphEntity(EntityIds.For(EntityLabel.Person, article.Title), EntityLabel.Person, article.Title, article.Text == article.Title ? [] : [article.Text])], []);
    }

    [Fact]
    public async Task An_article_without_a_date_is_stored_with_the_date_its_opening_gives_and_ingests_again_unchanged()
    {
        using var folder = new TempFolder();
        var file = folder.Write("news.jsonl", """{"id":"a","title":"Comicon returns","text":"Friday, March 29, 2019 Toronto Comicon returned to its city on Tuesday."}""");
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "g.db"));
        await store.InitializeAsync(Ct);
        var service = new IngestService(NewsExtractor.CreateDefault(), store);

        var first = await service.IngestAsync([file], IngestOptions.Default, cancellationToken: Ct);
        var second = await service.IngestAsync([file], IngestOptions.Default, cancellationToken: Ct);

        Assert.Equal(new DateOnly(2019, 3, 29), Assert.Single(await store.GetArticlesAsync(["a"], Ct)).Published);
        Assert.Equal((1, 0), (first.Written, second.Written));
    }

    [Fact]
    public async Task Ingesting_twice_writes_once_and_reports_bad_items_while_the_rest_load()
    {
        using var folder = new TempFolder();
        var file = folder.Write("news.jsonl", string.Join('\n',
            """{"id":"a","title":"Alice Example","text":"One."}""",
            """{"id":"b", broken""",
            """{"id":"c","title":"please explode","text":"Three."}""",
            """{"id":"d","title":"Dmitry Example","text":"Four."}"""));
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "g.db"));
        await store.InitializeAsync(Ct);
        var service = new IngestService(new TitleEntityExtractor(), store);
        var options = IngestOptions.Default with { BatchSize = 2, Parallelism = 2 };

        var first = await service.IngestAsync([file], options, cancellationToken: Ct);
        var second = await service.IngestAsync([file], options, cancellationToken: Ct);

        Assert.Equal((4, 2, 0), (first.Read, first.Written, first.Unchanged));
        Assert.Equal(2, first.Skipped.Count);
        Assert.Contains(first.Skipped, s => s.Location == new InputLocation(file, 2) && s.Reason.Contains("JSON", StringComparison.Ordinal));
        Assert.Contains(first.Skipped, s => s.Location == new InputLocation(file, 3) && s.Reason.Contains("choked", StringComparison.Ordinal));
        Assert.Equal((0, 2), (second.Written, second.Unchanged));
        Assert.Equal(2, (await store.GetStatsAsync(Ct)).Articles);
    }

    [Fact]
    public async Task Progress_is_reported_as_batches_are_stored()
    {
        using var folder = new TempFolder();
        var file = folder.Write("many.jsonl", string.Join('\n', Enumerable.Range(0, 10).Select(i => $$"""{"id":"n{{i}}","title":"Name {{i}}","text":"Body {{i}}."}""")));
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "g.db"));
        await store.InitializeAsync(Ct);
        var reports = new List<IngestProgress>();

        await new IngestService(new TitleEntityExtractor(), store).IngestAsync([file], IngestOptions.Default with { BatchSize = 3 }, new SynchronousProgress(reports), Ct);

        Assert.True(reports.Count >= 4);
        Assert.Equal(10, reports[^1].Stored);
        Assert.Equal(reports.Select(r => r.Stored).Order(), reports.Select(r => r.Stored));
    }

    private sealed class SynchronousProgress(List<IngestProgress> reports) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => reports.Add(value);
    }

    [Fact]
    public async Task A_surname_finds_the_full_name_of_an_earlier_article_of_the_same_batch()
    {
        using var folder = new TempFolder();
        var file = folder.Write("same-batch.jsonl", string.Join('\n',
            """{"id":"a","title":"Keith Kellogg","text":"Kellogg"}""",
            """{"id":"b","title":"Kellogg","text":"Kellogg"}"""));
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "g.db"));
        await store.InitializeAsync(Ct);
        var service = new IngestService(new TitleAndAliasExtractor(), store, resolver: new CrossArticleResolver(store, RelationOntology.Default));

        await service.IngestAsync([file], IngestOptions.Default with { BatchSize = 64, Parallelism = 1 }, cancellationToken: Ct);

        var person = Assert.Single((await store.ListEntitiesAsync(EntityFilter.None, new PageRequest(0, 10), Ct)).Items);
        Assert.Equal(("Keith Kellogg", 2), (person.Name, person.ArticleCount));
    }
    /// <summary>One entity named by the title and typed by the text ("Location", "Organization").</summary>
    private sealed class TitleTypedByTextExtractor : IArticleExtractor
    {
        public ArticleGraph Extract(Article article)
        {
            var label = Enum.Parse<EntityLabel>(article.Text);
            return new(article, [new GraphEntity(EntityIds.For(label, article.Title), label, article.Title, [])], []);
        }
    }

    /// <summary>Ingests articles named by their title and typed by their text, one at a time, twice; returns both summaries and the one entity left.</summary>
    private static Task<(IngestSummary First, IngestSummary Second, EntityRecord Entity)> IngestTypedTwiceAsync(params string[] lines) =>
        IngestTypedTwiceAsync(null, lines);

    private static async Task<(IngestSummary First, IngestSummary Second, EntityRecord Entity)> IngestTypedTwiceAsync(Func<string, EntityLabel?>? labelByKnowledge, params string[] lines)
    {
        using var folder = new TempFolder();
        var file = folder.Write("typed.jsonl", string.Join('\n', lines));
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "g.db"));
        await store.InitializeAsync(Ct);
        var service = new IngestService(new TitleTypedByTextExtractor(), store, resolver: new CrossArticleResolver(store, RelationOntology.Default, labelByKnowledge: labelByKnowledge));
        var options = IngestOptions.Default with { BatchSize = 1, Parallelism = 1 };

        var first = await service.IngestAsync([file], options, cancellationToken: Ct);
        var second = await service.IngestAsync([file], options, cancellationToken: Ct);

        var entity = Assert.Single((await store.ListEntitiesAsync(EntityFilter.None, new PageRequest(0, 10), Ct)).Items, e => e.ArticleCount > 0);
        return (first, second, entity);
    }

    [Fact]
    public async Task A_name_the_first_article_typed_otherwise_takes_the_type_the_later_articles_agree_on()
    {
        var (first, second, place) = await IngestTypedTwiceAsync(
            """{"id":"a","title":"Khyber Pakhtunkhwa","text":"Organization"}""",
            """{"id":"b","title":"Khyber Pakhtunkhwa","text":"Location"}""",
            """{"id":"c","title":"Khyber Pakhtunkhwa","text":"Location"}""");

        Assert.Equal((EntityLabel.Location, 3), (place.Label, place.ArticleCount));
        Assert.Equal(1, first.Relabelled);
        Assert.Equal((0, 3, 0), (second.Written, second.Unchanged, second.Relabelled));
    }

    [Fact]
    public async Task A_name_typed_two_ways_once_each_is_settled_by_what_knowledge_alone_says_it_is()
    {
        var (first, second, place) = await IngestTypedTwiceAsync(
            name => name == "Wad Madani" ? EntityLabel.Location : null,
            """{"id":"a","title":"Wad Madani","text":"Person"}""",
            """{"id":"b","title":"Wad Madani","text":"Location"}""");

        Assert.Equal((EntityLabel.Location, 2), (place.Label, place.ArticleCount));
        Assert.Equal(1, first.Relabelled);
        Assert.Equal((0, 2, 0), (second.Written, second.Unchanged, second.Relabelled));
    }

    [Fact]
    public async Task A_name_the_minority_of_articles_typed_otherwise_is_settled_even_when_several_share_that_type()
    {
        var (first, second, force) = await IngestTypedTwiceAsync(
            """{"id":"a","title":"Quds Force","text":"Organization"}""",
            """{"id":"b","title":"Quds Force","text":"Location"}""",
            """{"id":"c","title":"Quds Force","text":"Location"}""",
            """{"id":"d","title":"Quds Force","text":"Organization"}""",
            """{"id":"e","title":"Quds Force","text":"Organization"}""",
            """{"id":"f","title":"Quds Force","text":"Organization"}""");

        Assert.Equal((EntityLabel.Organization, 6), (force.Label, force.ArticleCount));
        Assert.Equal(2, first.Relabelled);
        Assert.Equal((0, 6, 0), (second.Written, second.Unchanged, second.Relabelled));
    }

    [Fact]
    public async Task Articles_extracted_out_of_order_are_resolved_in_input_order()
    {
        using var folder = new TempFolder();
        var file = folder.Write("typed.jsonl", string.Join('\n',
            """{"id":"a","title":"Khyber Pakhtunkhwa","text":"Organization"}""",
            """{"id":"b","title":"Khyber Pakhtunkhwa","text":"Location"}""",
            """{"id":"c","title":"Khyber Pakhtunkhwa","text":"Location"}"""));
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "g.db"));
        await store.InitializeAsync(Ct);
        var laterDone = new CountdownEvent(2);
        var extractor = new FirstArticleFinishesLast(new TitleTypedByTextExtractor(), laterDone);
        var service = new IngestService(extractor, store, resolver: new CrossArticleResolver(store, RelationOntology.Default));

        var summary = await service.IngestAsync([file], IngestOptions.Default with { BatchSize = 1, Parallelism = 3 }, cancellationToken: Ct);

        var place = Assert.Single((await store.ListEntitiesAsync(EntityFilter.None, new PageRequest(0, 10), Ct)).Items, e => e.ArticleCount > 0);
        Assert.Equal((EntityLabel.Location, 3), (place.Label, place.ArticleCount));
        Assert.Equal(1, summary.Relabelled);
    }

    /// <summary>Extracts article "a" only after the two others are extracted, so parallel workers finish out of input order.</summary>
    private sealed class FirstArticleFinishesLast(IArticleExtractor inner, CountdownEvent othersDone) : IArticleExtractor
    {
        public ArticleGraph Extract(Article article)
        {
            if (article.Id == "a")
            {
                othersDone.Wait(TimeSpan.FromSeconds(30));
                return inner.Extract(article);
            }

            var graph = inner.Extract(article);
            othersDone.Signal();
            return graph;
        }
    }

    /// <summary>One organisation named by the title, with the text as the aliases the article used (";"-separated).</summary>
    private sealed class OrganisationExtractor : IArticleExtractor
    {
        public ArticleGraph Extract(Article article) =>
            new(article, [new GraphEntity(EntityIds.For(EntityLabel.Organization, article.Title), EntityLabel.Organization, article.Title, article.Text.Split(';', StringSplitOptions.RemoveEmptyEntries))], []);
    }

    [Fact]
    public async Task An_acronym_stored_before_any_article_spelled_it_out_joins_the_spelled_out_organisation()
    {
        var (organisation, first, second) = await IngestOrganisationsTwiceAsync(
            """{"id":"a","title":"RSF","text":";"}""",
            """{"id":"b","title":"Rapid Support Forces","text":"RSF"}""",
            """{"id":"c","title":"RSF","text":";"}""");

        Assert.Equal(("Rapid Support Forces", 3), (organisation.Name, organisation.ArticleCount));
        Assert.Equal(2, first.Relabelled);
        Assert.Equal((0, 3), (second.Written, second.Unchanged));
    }

    [Fact]
    public async Task An_acronym_stored_alone_joins_the_organisation_the_last_article_of_the_run_spells_out()
    {
        var (organisation, first, second) = await IngestOrganisationsTwiceAsync(
            """{"id":"a","title":"SOHR","text":";"}""",
            """{"id":"b","title":"Syrian Observatory for Human Rights","text":"SOHR"}""");

        Assert.Equal(("Syrian Observatory for Human Rights", 2), (organisation.Name, organisation.ArticleCount));
        Assert.True(first.Relabelled > 0);
        Assert.Equal((0, 2), (second.Written, second.Unchanged));
    }

    /// <summary>Ingests the articles twice, one at a time, with <see cref="OrganisationExtractor"/>; returns the one organisation left.</summary>
    private static async Task<(EntityRecord Organisation, IngestSummary First, IngestSummary Second)> IngestOrganisationsTwiceAsync(params string[] lines)
    {
        using var folder = new TempFolder();
        var file = folder.Write("acronyms.jsonl", string.Join('\n', lines));
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "g.db"));
        await store.InitializeAsync(Ct);
        var service = new IngestService(new OrganisationExtractor(), store, resolver: new CrossArticleResolver(store, RelationOntology.Default));
        var options = IngestOptions.Default with { BatchSize = 1, Parallelism = 1 };

        var first = await service.IngestAsync([file], options, cancellationToken: Ct);
        var second = await service.IngestAsync([file], options, cancellationToken: Ct);

        var organisation = Assert.Single((await store.ListEntitiesAsync(EntityFilter.None, new PageRequest(0, 10), Ct)).Items, e => e.ArticleCount > 0);
        return (organisation, first, second);
    }
}
