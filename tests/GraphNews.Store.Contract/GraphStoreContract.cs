using GraphNews.Domain;
using GraphNews.Domain.Storage;
using static GraphNews.Store.Contract.ContractGraphs;

namespace GraphNews.Store.Contract;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must show. A store's test project derives from this
/// class and supplies a fresh, empty, initialised store; the cases are the same for all stores.
/// </summary>
public abstract class GraphStoreContract : IAsyncDisposable
{
    private IGraphStore? store;

    /// <summary>A new, empty, initialised store. A store that cannot run here calls <c>Assert.Skip</c>.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task<IGraphStore> StoreAsync() => store ??= await CreateEmptyStoreAsync();

    [Fact]
    public async Task Stored_article_reads_back_with_entities_facts_and_evidence()
    {
        var s = await StoreAsync();
        var graph = TrumpCallsPutin();

        var result = await s.UpsertArticleAsync(graph, Ct);

        Assert.Equal(new WriteResult(1, 3, 1), result);
        var article = Assert.Single(await s.GetArticlesAsync(["a1"], Ct));
        Assert.Equal(graph.Article.Title, article.Title);
        Assert.Equal(graph.Article.Text, article.Text);
        Assert.Equal(new DateOnly(2025, 2, 9), article.Published);
        Assert.Equal(("CC0", "Contract Reporter"), (article.License, article.Byline));

        var trump = Assert.Single(await s.GetEntitiesAsync([Trump.Id], Ct));
        Assert.Equal(EntityLabel.Person, trump.Label);
        Assert.Equal("Donald Trump", trump.Name);
        Assert.Equal(["Donald J. Trump", "Trump"], trump.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(1, trump.ArticleCount);

        var fact = Assert.Single((await s.FindFactsAsync(new FactQuery(), PageRequest.First(10), Ct)).Items);
        Assert.Equal(FactIds.For(graph.Relations[0], RelationOntology.Default), fact.Id);
        Assert.Equal(("SPOKE_WITH", Trump.Id, Putin.Id, Modality.Asserted), (fact.Type, fact.SourceId, fact.TargetId, fact.Modality));
        Assert.Equal([Ukraine.Id], fact.TopicIds);
        Assert.Equal(0.9, fact.Confidence, 3);
        Assert.Equal(1, fact.ArticleCount);
        Assert.Equal(new DateOnly(2025, 2, 9), fact.FirstSeen);

        var evidence = Assert.Single(await s.GetEvidenceAsync([fact.Id], cancellationToken: Ct));
        Assert.Equal(("a1", graph.Article.Text, 0, graph.Article.Text.Length), (evidence.ArticleId, evidence.Sentence, evidence.Start, evidence.End));
    }

    [Fact]
    public async Task Writing_the_same_article_twice_changes_nothing()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin(), Ct);
        var before = await s.GetStatsAsync(Ct);

        var again = await s.UpsertArticleAsync(TrumpCallsPutin(), Ct);

        Assert.Equal(1, again.Unchanged);
        Assert.Equivalent(before, await s.GetStatsAsync(Ct), strict: true);
        Assert.Single(await s.GetEvidenceAsync([(await s.FindFactsAsync(new FactQuery(), PageRequest.First(5), Ct)).Items[0].Id], cancellationToken: Ct));
    }

    [Fact]
    public async Task A_changed_article_replaces_its_own_facts_aliases_and_entities()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin(extraAlias: "The Donald"), Ct);

        var article = Article("a1", "Khamenei rebuffed talks with the United States.", new DateOnly(2025, 2, 9));
        await s.UpsertArticleAsync(Graph(article, [Khamenei, UnitedStates], Relation(article, "REBUFFED", Khamenei, UnitedStates)), Ct);

        var stats = await s.GetStatsAsync(Ct);
        Assert.Equal((1, 2, 1, 1), (stats.Articles, stats.Entities, stats.Facts, stats.Evidence));
        Assert.Empty(await s.GetEntitiesAsync([Trump.Id, Putin.Id], Ct));
        Assert.Empty(await s.FindEntitiesByNameAsync("The Donald", Ct));
        Assert.Equal("REBUFFED", Assert.Single((await s.FindFactsAsync(new FactQuery(), PageRequest.First(5), Ct)).Items).Type);
    }

    [Fact]
    public async Task Aliases_contributed_only_by_a_replaced_version_disappear_while_others_stay()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin("a1", extraAlias: "The Donald"), Ct);
        await s.UpsertArticleAsync(TrumpCallsPutin("a3"), Ct);

        await s.UpsertArticleAsync(TrumpCallsPutin("a1"), Ct);

        Assert.DoesNotContain("The Donald", Assert.Single(await s.GetEntitiesAsync([Trump.Id], Ct)).Aliases);
        Assert.Equal(2, Assert.Single(await s.GetEntitiesAsync([Trump.Id], Ct)).ArticleCount);
        Assert.Empty(await s.FindEntitiesByNameAsync("The Donald", Ct));
        Assert.Equal(Trump.Id, Assert.Single(await s.FindEntitiesByNameAsync("Donald J. Trump", Ct)).Id);
        Assert.Equal(Trump.Id, (await s.SearchEntitiesAsync("Donald J. Trump", null, 5, Ct))[0].Entity.Id);
    }

    [Fact]
    public async Task Articles_reporting_the_same_fact_add_evidence_to_one_fact()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin("a1", new DateOnly(2025, 2, 9)), Ct);
        var second = Article("b1", "Putin and Trump talked by phone, the Kremlin said.", new DateOnly(2025, 2, 12));
        await s.UpsertArticleAsync(Graph(second, [Trump, Putin, Ukraine], Relation(second, "SPOKE_WITH", Putin, Trump, confidence: 0.95)), Ct);

        var fact = Assert.Single((await s.FindFactsAsync(new FactQuery(), PageRequest.First(5), Ct)).Items);
        Assert.Equal(2, fact.ArticleCount);
        Assert.Equal(0.95, fact.Confidence, 3);
        Assert.Equal((new DateOnly(2025, 2, 9), new DateOnly(2025, 2, 12)), (fact.FirstSeen, fact.LastSeen));
        Assert.Equal(["a1", "b1"], (await s.GetEvidenceAsync([fact.Id], cancellationToken: Ct)).Select(e => e.ArticleId));
        Assert.Equal(["b1"], (await s.GetEvidenceAsync([fact.Id], perFact: 1, cancellationToken: Ct)).Select(e => e.ArticleId));
        Assert.Empty(await s.GetEvidenceAsync([fact.Id], perFact: 0, cancellationToken: Ct));

        await s.DeleteArticleAsync("b1", Ct);
        var remaining = Assert.Single((await s.FindFactsAsync(new FactQuery(), PageRequest.First(5), Ct)).Items);
        Assert.Equal((1, 0.9, new DateOnly(2025, 2, 9)), (remaining.ArticleCount, Math.Round(remaining.Confidence, 3), remaining.LastSeen));
        Assert.Equal([Ukraine.Id], fact.TopicIds);
    }

    [Fact]
    public async Task Deleting_an_article_removes_what_only_it_supported()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin("a1"), Ct);
        await s.UpsertArticleAsync(TrumpCallsPutin("a3", new DateOnly(2025, 3, 1)), Ct);
        await s.UpsertArticleAsync(KhameneiRebuffs("a2"), Ct);

        Assert.True(await s.DeleteArticleAsync("a1", Ct));
        var call = Assert.Single((await s.FindFactsAsync(new FactQuery { EntityIds = [Trump.Id] }, PageRequest.First(5), Ct)).Items);
        Assert.Equal(1, call.ArticleCount);
        Assert.Equal(new DateOnly(2025, 3, 1), call.FirstSeen);

        Assert.True(await s.DeleteArticleAsync("a3", Ct));
        Assert.False(await s.DeleteArticleAsync("a3", Ct));
        var stats = await s.GetStatsAsync(Ct);
        Assert.Equal((1, 2, 1, 1), (stats.Articles, stats.Entities, stats.Facts, stats.Evidence));
        Assert.Empty(await s.FindEntitiesByNameAsync("Trump", Ct));
        Assert.Empty(await s.SearchEntitiesAsync("Trump", null, 10, Ct));
    }

    [Fact]
    public async Task Symmetric_facts_are_found_from_either_end_and_directed_ones_only_from_theirs()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin(), Ct);
        await s.UpsertArticleAsync(KhameneiRebuffs(), Ct);

        async Task<int> Count(string entity, Direction direction) =>
            (await s.FindFactsAsync(new FactQuery { EntityIds = [entity], Direction = direction }, PageRequest.First(10), Ct)).TotalCount;

        Assert.Equal((1, 1, 1), (await Count(Putin.Id, Direction.Outgoing), await Count(Putin.Id, Direction.Incoming), await Count(Putin.Id, Direction.Both)));
        Assert.Equal((1, 0), (await Count(Khamenei.Id, Direction.Outgoing), await Count(Khamenei.Id, Direction.Incoming)));
        Assert.Equal((0, 1), (await Count(UnitedStates.Id, Direction.Outgoing), await Count(UnitedStates.Id, Direction.Incoming)));
    }

    [Fact]
    public async Task Facts_filter_by_topic_type_modality_confidence_and_dates()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin(published: new DateOnly(2025, 2, 9)), Ct);
        await s.UpsertArticleAsync(KhameneiRebuffs(published: new DateOnly(2025, 2, 8)), Ct);
        var planned = Article("p1", "Trump will meet Zelenskyy in Munich on February 14.", new DateOnly(2025, 2, 10));
        await s.UpsertArticleAsync(Graph(planned, [Trump, Zelenskyy, Munich], Relation(planned, "MET_WITH", Trump, Zelenskyy, Modality.Planned, new DateOnly(2025, 2, 14), 0.8)), Ct);

        async Task<IReadOnlyList<string>> Types(FactQuery query) =>
            (await s.FindFactsAsync(query, PageRequest.First(10), Ct)).Items.Select(f => f.Type).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["SPOKE_WITH"], await Types(new FactQuery { TopicIds = [Ukraine.Id] }));
        Assert.Equal(["MET_WITH"], await Types(new FactQuery { Filter = new FactFilter { Types = ["MET_WITH", "MEDIATED"] } }));
        Assert.Equal(["MET_WITH"], await Types(new FactQuery { Filter = new FactFilter { Modalities = [Modality.Planned] } }));
        Assert.Equal(["MET_WITH", "SPOKE_WITH"], await Types(new FactQuery { Filter = new FactFilter { MinConfidence = 0.75 } }));
        Assert.Equal(["MET_WITH"], await Types(new FactQuery { Filter = new FactFilter { Since = new DateOnly(2025, 2, 13) } }));
        Assert.Equal(["REBUFFED", "SPOKE_WITH"], await Types(new FactQuery { Filter = new FactFilter { Until = new DateOnly(2025, 2, 9) } }));
        Assert.Equal(["MET_WITH", "SPOKE_WITH"], await Types(new FactQuery { EntityIds = [Trump.Id], Direction = Direction.Outgoing }));
    }

    [Fact]
    public async Task Facts_sort_by_date_and_page_with_a_total()
    {
        var s = await StoreAsync();
        for (var day = 1; day <= 5; day++)
        {
            await s.UpsertArticleAsync(TrumpCallsPutin($"d{day}", new DateOnly(2025, 3, day)) is var g
                ? g with { Relations = [g.Relations[0] with { Date = new DateOnly(2025, 3, day) }] }
                : throw new InvalidOperationException(), Ct);
        }

        var newest = await s.FindFactsAsync(new FactQuery(), new PageRequest(0, 2), Ct);
        var rest = await s.FindFactsAsync(new FactQuery(), new PageRequest(2, 10), Ct);
        var oldest = await s.FindFactsAsync(new FactQuery { Sort = FactSort.DateAscending }, new PageRequest(0, 1), Ct);

        Assert.Equal(5, newest.TotalCount);
        Assert.Equal([new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 4)], newest.Items.Select(f => f.Date!.Value));
        Assert.True(newest.HasNextPage);
        Assert.Equal(3, rest.Items.Count);
        Assert.False(rest.HasNextPage);
        Assert.True(rest.HasPreviousPage);
        Assert.Equal(new DateOnly(2025, 3, 1), oldest.Items[0].Date);
    }

    [Fact]
    public async Task Entities_are_found_by_name_or_alias_ignoring_case()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin(), Ct);

        Assert.Equal(Trump.Id, Assert.Single(await s.FindEntitiesByNameAsync("trump", Ct)).Id);
        Assert.Equal(Trump.Id, Assert.Single(await s.FindEntitiesByNameAsync("DONALD  TRUMP", Ct)).Id);
        Assert.Equal(Ukraine.Id, Assert.Single(await s.FindEntitiesByNameAsync("Kyiv", Ct)).Id);
        Assert.Empty(await s.FindEntitiesByNameAsync("Trum", Ct));
    }

    [Fact]
    public async Task Full_text_search_matches_name_and_alias_prefixes_and_survives_hostile_input()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin(), Ct);
        await s.UpsertArticleAsync(KhameneiRebuffs(), Ct);

        Assert.Equal(Putin.Id, (await s.SearchEntitiesAsync("puti", null, 5, Ct))[0].Entity.Id);
        Assert.Equal(Ukraine.Id, (await s.SearchEntitiesAsync("kyiv", null, 5, Ct))[0].Entity.Id);
        Assert.Empty(await s.SearchEntitiesAsync("putin", EntityLabel.Country, 5, Ct));
        Assert.Empty(await s.SearchEntitiesAsync("\"*) OR name:* AND -", null, 5, Ct));
        Assert.Empty(await s.SearchEntitiesAsync("   ", null, 5, Ct));
        Assert.Equal(Putin.Id, (await s.SearchEntitiesAsync("puti\ud83d", null, 5, Ct))[0].Entity.Id);
    }

    [Fact]
    public async Task Entities_and_articles_list_in_pages()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin("a1", new DateOnly(2025, 2, 9)), Ct);
        await s.UpsertArticleAsync(KhameneiRebuffs("a2", new DateOnly(2025, 2, 8)), Ct);

        var people = await s.ListEntitiesAsync(new EntityFilter { Labels = [EntityLabel.Person] }, new PageRequest(0, 2), Ct);
        Assert.Equal(3, people.TotalCount);
        Assert.Equal(["Ali Khamenei", "Donald Trump"], people.Items.Select(e => e.Name));
        Assert.Equal(["Vladimir Putin"], (await s.ListEntitiesAsync(new EntityFilter { NameContains = "PUT" }, new PageRequest(0, 5), Ct)).Items.Select(e => e.Name));

        var articles = await s.ListArticlesAsync(ArticleFilter.None, new PageRequest(0, 10), Ct);
        Assert.Equal(["a1", "a2"], articles.Items.Select(a => a.Id));
        Assert.Equal(["a2"], (await s.ListArticlesAsync(new ArticleFilter { Until = new DateOnly(2025, 2, 8) }, new PageRequest(0, 10), Ct)).Items.Select(a => a.Id));
        Assert.Equal(["a1"], (await s.ListArticlesMentioningAsync(Putin.Id, new PageRequest(0, 10), Ct)).Items.Select(a => a.Id));
        Assert.Equal(["SPOKE_WITH"], (await s.GetFactsOfArticleAsync("a1", Ct)).Select(f => f.Type));
    }

    [Fact]
    public async Task An_inconsistent_graph_is_refused_and_nothing_is_written()
    {
        var s = await StoreAsync();
        var good = TrumpCallsPutin("ok");
        var dangling = TrumpCallsPutin("bad") with { Entities = [Trump, Putin] };

        await Assert.ThrowsAsync<ArgumentException>(() => s.UpsertArticlesAsync([good, dangling], Ct));

        Assert.Equal(0, (await s.GetStatsAsync(Ct)).Articles);
    }

    [Fact]
    public async Task Bulk_writes_store_every_article()
    {
        var s = await StoreAsync();
        var graphs = Enumerable.Range(0, 30).Select(i => TrumpCallsPutin($"bulk{i}", new DateOnly(2025, 1, 1).AddDays(i))).ToList();

        var result = await s.UpsertArticlesAsync(graphs, Ct);

        Assert.Equal(30, result.Articles);
        var fact = Assert.Single((await s.FindFactsAsync(new FactQuery(), PageRequest.First(5), Ct)).Items);
        Assert.Equal(30, fact.ArticleCount);
        Assert.Equal(new DateOnly(2025, 1, 30), fact.LastSeen);
    }

    [Fact]
    public async Task Neighborhood_reaches_two_hops_within_the_node_limit()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin(), Ct);
        var second = Article("n2", "Putin met Khamenei.", new DateOnly(2025, 2, 10));
        await s.UpsertArticleAsync(Graph(second, [Putin, Khamenei], Relation(second, "MET_WITH", Putin, Khamenei)), Ct);
        await s.UpsertArticleAsync(KhameneiRebuffs(), Ct);

        var one = await s.GetNeighborhoodAsync(Trump.Id, 1, 50, FactFilter.None, Ct);
        var two = await s.GetNeighborhoodAsync(Trump.Id, 2, 50, FactFilter.None, Ct);
        var limited = await s.GetNeighborhoodAsync(Trump.Id, 2, 2, FactFilter.None, Ct);
        var filtered = await s.GetNeighborhoodAsync(Putin.Id, 1, 50, new FactFilter { Types = ["MET_WITH"] }, Ct);

        Assert.Equal([Trump.Id, Putin.Id], one.Nodes.Select(n => n.Id));
        Assert.Single(one.Edges);
        Assert.Equal([Khamenei.Id, Trump.Id, Putin.Id], two.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, two.Edges.Count);
        Assert.Equal(2, limited.Nodes.Count);
        Assert.All(limited.Edges, e => Assert.Contains(e.SourceId, limited.Nodes.Select(n => n.Id)));
        Assert.Equal("MET_WITH", Assert.Single(filtered.Edges).Type);
        Assert.Empty((await s.GetNeighborhoodAsync("person:nobody", 2, 50, FactFilter.None, Ct)).Nodes);
    }

    [Fact]
    public async Task Shortest_path_follows_facts_in_either_direction()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin(), Ct);
        var second = Article("n2", "Putin met Khamenei.", new DateOnly(2025, 2, 10));
        await s.UpsertArticleAsync(Graph(second, [Putin, Khamenei], Relation(second, "MET_WITH", Putin, Khamenei)), Ct);
        await s.UpsertArticleAsync(KhameneiRebuffs(), Ct);

        var path = await s.FindShortestPathAsync(Trump.Id, UnitedStates.Id, 4, Ct);

        Assert.Equal(["SPOKE_WITH", "MET_WITH", "REBUFFED"], path.Select(f => f.Type));
        Assert.Empty(await s.FindShortestPathAsync(Trump.Id, UnitedStates.Id, 2, Ct));
        Assert.Empty(await s.FindShortestPathAsync(Trump.Id, "person:nobody", 4, Ct));
    }

    [Fact]
    public async Task Stats_count_by_label_and_type()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin(), Ct);
        await s.UpsertArticleAsync(KhameneiRebuffs(), Ct);

        var stats = await s.GetStatsAsync(Ct);

        Assert.Equal((2, 5, 2, 2), (stats.Articles, stats.Entities, stats.Facts, stats.Evidence));
        Assert.Equal(3, stats.EntitiesByLabel[EntityLabel.Person]);
        Assert.Equal(2, stats.EntitiesByLabel[EntityLabel.Country]);
        Assert.Equal(1, stats.FactsByType["REBUFFED"]);
    }

    [Fact]
    public async Task A_name_stored_under_two_labels_is_an_identity_candidate_while_both_are_mentioned()
    {
        var s = await StoreAsync();
        var place = new GraphEntity("location:nakilat", EntityLabel.Location, "Nakilat", []);
        var company = new GraphEntity("organization:nakilat", EntityLabel.Organization, "Nakilat", []);
        var first = Article("n1", "Tankers sailed from Nakilat.", new DateOnly(2025, 3, 1));
        var second = Article("n2", "Nakilat said the tankers sailed.", new DateOnly(2025, 3, 2));
        await s.UpsertArticleAsync(Graph(first, [place]), Ct);
        await s.UpsertArticleAsync(Graph(second, [company]), Ct);

        var candidate = Assert.Single(await s.GetLabelSplitsAsync(null, 10, Ct));
        Assert.Equal(("n2", company.Id, place.Id, IdentityCandidateRecord.LabelSplitScore), (candidate.ArticleId, candidate.EntityId, candidate.CandidateId, candidate.Score));
        Assert.Contains("\"Nakilat\"", candidate.Reason, StringComparison.Ordinal);
        Assert.Single(await s.GetLabelSplitsAsync(company.Id, 10, Ct));
        Assert.Empty(await s.GetIdentityCandidatesAsync(null, 10, Ct));

        await s.DeleteArticleAsync("n2", Ct);
        Assert.Empty(await s.GetLabelSplitsAsync(null, 10, Ct));
    }

    [Fact]
    public async Task Identity_candidates_are_kept_per_article_and_queryable_from_either_side()
    {
        var s = await StoreAsync();
        await s.UpsertArticleAsync(TrumpCallsPutin("a1"), Ct);
        var kellogg = new GraphEntity("person:kellogg", EntityLabel.Person, "Kellogg", []);
        var article = Article("k1", "Kellogg spoke with Putin.", new DateOnly(2025, 2, 10));
        var graph = Graph(article, [kellogg, Putin], Relation(article, "SPOKE_WITH", kellogg, Putin)) with
        {
            Candidates = [new IdentityCandidate(kellogg.Id, Trump.Id, 0.4, "shares no name; test candidate")],
        };

        await s.UpsertArticleAsync(graph, Ct);

        var candidate = Assert.Single(await s.GetIdentityCandidatesAsync(null, 10, Ct));
        Assert.Equal(new IdentityCandidateRecord("k1", kellogg.Id, Trump.Id, 0.4, "shares no name; test candidate"), candidate);
        Assert.Single(await s.GetIdentityCandidatesAsync(Trump.Id, 10, Ct));
        Assert.Single(await s.GetIdentityCandidatesAsync(kellogg.Id, 10, Ct));
        Assert.Empty(await s.GetIdentityCandidatesAsync(Putin.Id, 10, Ct));

        await s.UpsertArticleAsync(graph with { Candidates = [] }, Ct);
        Assert.Empty(await s.GetIdentityCandidatesAsync(null, 10, Ct));

        await s.UpsertArticleAsync(graph, Ct);
        await s.DeleteArticleAsync("a1", Ct);
        Assert.Empty(await s.GetIdentityCandidatesAsync(null, 10, Ct));
    }
}
