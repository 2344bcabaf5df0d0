using GraphNews.Domain;
using GraphNews.Domain.Storage;

namespace GraphNews.Stories.Tests;

public sealed class StoryClusteringTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static ArticleGraph CallReport(string id, string date, string outlet, string wording) => Graphs.Article(
        id,
        date,
        $"{outlet}: Trump and Putin hold call on Ukraine",
        $"{wording} Donald Trump spoke with Vladimir Putin by phone about the war in Ukraine, the Kremlin said. Dmitry Peskov said the call lasted ninety minutes. Trump said he wanted a ceasefire in Ukraine soon.",
        ["Person:Donald Trump", "Person:Vladimir Putin", "Country:Ukraine", "Organization:Kremlin", "Person:Dmitry Peskov", "Country:United States", "Country:Russia"],
        ("SPOKE_WITH", "Donald Trump", "Vladimir Putin", ["Ukraine"]),
        ("LEADS", "Donald Trump", "United States", []),
        ("SPOKESPERSON_FOR", "Dmitry Peskov", "Kremlin", []));

    private static async Task<StoryService> ServiceWithAsync(IStoryStore store, params IEnumerable<ArticleGraph>[] batches)
    {
        var service = new StoryService(store);
        foreach (var graph in batches.SelectMany(b => b))
        {
            await service.OnArticleStoredAsync(graph, None);
        }

        return service;
    }

    [Fact]
    public async Task The_same_event_from_three_outlets_on_consecutive_days_is_one_story_titled_by_its_fact()
    {
        using var service = await ServiceWithAsync(new InMemoryStoryStore(), Graphs.Background(), [
            CallReport("outlet-a", "2025-02-12", "Outlet A", "On Wednesday,"),
            CallReport("outlet-b", "2025-02-13", "Outlet B", "In a long phone call,"),
            CallReport("outlet-c", "2025-02-14", "Outlet C", "Two days ago,"),
        ]);

        var story = await service.GetStoryOfArticleAsync("outlet-a", None);
        Assert.NotNull(story);
        Assert.Equal(["outlet-a", "outlet-b", "outlet-c"], story.Articles.Select(a => a.ArticleId));
        Assert.Equal("Donald Trump – Vladimir Putin call about Ukraine", story.Title);
        Assert.Equal(new DateOnly(2025, 2, 12), story.FirstPublished);
        Assert.Equal(new DateOnly(2025, 2, 14), story.LastPublished);
        Assert.Contains(story.Entities, e => e.Id == "person:vladimir-putin" && e.ArticleCount == 3);
        var background = await service.GetStoryOfArticleAsync("background-0", None);
        Assert.Equal(["background-0"], background!.Articles.Select(a => a.ArticleId));
    }

    [Fact]
    public async Task Any_two_indexed_articles_can_be_explained_including_a_pair_without_a_stored_link()
    {
        using var service = await ServiceWithAsync(new InMemoryStoryStore(), Graphs.Background(), [
            CallReport("outlet-a", "2025-02-12", "Outlet A", "On Wednesday,"),
        ]);

        var call = await service.ExplainAsync("outlet-a", "background-0", None);
        var unknown = await service.ExplainAsync("outlet-a", "no-such-article", None);

        Assert.DoesNotContain(await service.GetRelatedAsync("outlet-a", 10, None), r => r.ArticleId == "background-0");
        Assert.NotNull(call);
        Assert.False(call.Reasons.SameEvent);
        Assert.Equal(SameEventDecision.TooFarApart, call.Reasons.Decision);
        Assert.Equal(33, call.Reasons.DaysApart);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task Related_articles_are_explained_by_the_shared_fact_first_and_rare_entities_above_common_ones()
    {
        using var service = await ServiceWithAsync(new InMemoryStoryStore(), Graphs.Background(), [
            CallReport("outlet-a", "2025-02-12", "Outlet A", "On Wednesday,"),
            CallReport("outlet-b", "2025-02-13", "Outlet B", "In a long phone call,"),
        ]);

        var related = Assert.Single(await service.GetRelatedAsync("outlet-b", 10, None));
        Assert.Equal("outlet-a", related.ArticleId);
        Assert.True(related.Reasons.SameEvent);
        var fact = Assert.Single(related.Reasons.Facts, f => f.Type == "SPOKE_WITH");
        Assert.Equal(("Donald Trump", "Vladimir Putin"), (fact.SourceName, fact.TargetName));
        var weights = related.Reasons.Entities.ToDictionary(e => e.Id, e => e.Weight);
        Assert.True(weights["person:dmitry-peskov"] > weights["country:united-states"], "a rare person must weigh more than a country most articles name");
        Assert.True(related.Reasons.Facts.Max(f => f.Weight) > 0);
        Assert.Equal(1, related.Reasons.DaysApart);
    }

    /// <summary>A long report of its own: many people and words of its own, and the subject and place its headline names.</summary>
    private static ArticleGraph LongReport(string id, string date, string title, string subject, string place, int cast) => Graphs.Article(
        id,
        date,
        title,
        $"{title}. " + string.Join(' ', Enumerable.Range(0, cast).Select(i => $"{Witness(id, i)} {id}saw{i} {id}plan{i}.")),
        [subject, $"Location:{place}", .. Enumerable.Range(0, cast).Select(i => $"Person:{Witness(id, i)}")]);

    private static string Witness(string id, int i) => $"{char.ToUpperInvariant(id[0])}{id[1..]}son{i} {char.ToUpperInvariant(id[0])}{id[1..]}berg{i}";

    [Theory]
    [InlineData(0.8, true)]
    [InlineData(2.0, false)]
    public async Task A_rare_organisation_both_headlines_name_relates_articles_years_apart_that_share_little_else(double minRarity, bool related)
    {
        using var service = new StoryService(new InMemoryStoryStore(), options: StoryOptions.Default with { RelatedMinHeadlineTopicRarity = minRarity });
        foreach (var graph in Graphs.Background().Concat([
            LongReport("hackers", "2008-01-20", "Hackers attack Zorblat Church website", "Organization:Zorblat Church", "Clearwater", 12),
            LongReport("defector", "2015-05-07", "Zorblat Church defector arrested", "Organization:Zorblat Church", "Sydney", 12),
            LongReport("theft", "2019-09-14", "Gold toilet stolen in Clearwater", "Person:Jim Bell", "Clearwater", 12),
        ]))
        {
            await service.OnArticleStoredAsync(graph, None);
        }

        var links = await service.GetRelatedAsync("hackers", 10, None);

        Assert.Equal(related, links.Any(r => r.ArticleId == "defector" && !r.Reasons.SameEvent && r.Score < StoryOptions.Default.MinRelatedScore));
        Assert.DoesNotContain(links, r => r.ArticleId == "theft");
    }

    [Fact]
    public async Task Two_earthquakes_in_different_countries_a_month_apart_stay_apart_despite_alike_words()
    {
        static ArticleGraph Quake(string id, string date, string country, string place) => Graphs.Article(
            id,
            date,
            $"Strong earthquake kills dozens in {place}, {country}",
            $"A magnitude 6.8 earthquake struck near {place} in {country} early on Monday, killing dozens of people and destroying hundreds of buildings, the United States Geological Survey said. Rescuers searched the rubble for survivors as aftershocks shook the region.",
            [$"Country:{country}", $"Location:{place}", "Organization:United States Geological Survey"]);

        using var service = await ServiceWithAsync(new InMemoryStoryStore(), Graphs.Background(), [
            Quake("quake-1", "2025-03-03", "Turkey", "Malatya"),
            Quake("quake-2", "2025-04-02", "Peru", "Arequipa"),
        ]);

        Assert.NotEqual((await service.GetStoryOfArticleAsync("quake-1", None))!.Id, (await service.GetStoryOfArticleAsync("quake-2", None))!.Id);
    }

    [Fact]
    public async Task Two_arrests_of_different_people_stay_apart_even_in_the_same_city_and_week()
    {
        static ArticleGraph Arrest(string id, string date, string person) => Graphs.Article(
            id,
            date,
            $"Police arrest {person} in Paris over fraud scheme",
            $"French police arrested {person} in Paris on Tuesday over an alleged fraud scheme, prosecutors said. {person} was taken into custody and will appear before a judge, the Paris prosecutor's office said in a statement.",
            [$"Person:{person}", "Location:Paris", "Country:France", "Organization:Paris prosecutor's office"]);

        var first = Arrest("arrest-1", "2025-05-06", "Jean Dupont");
        var second = Arrest("arrest-2", "2025-05-08", "Marc Lefevre");
        using var service = await ServiceWithAsync(new InMemoryStoryStore(), Graphs.Background(), [first, second]);

        Assert.NotEqual((await service.GetStoryOfArticleAsync("arrest-1", None))!.Id, (await service.GetStoryOfArticleAsync("arrest-2", None))!.Id);
        var link = (await service.GetRelatedAsync("arrest-2", 5, None)).Single(r => r.ArticleId == "arrest-1");
        Assert.False(link.Reasons.SameEvent);
        Assert.True(link.Reasons.TextSimilarity > 0.3, "the articles are worded alike, so only the who tells them apart");
    }

    [Fact]
    public async Task Words_alone_would_merge_the_two_arrests()
    {
        var arrests = new[] { "Jean Dupont", "Marc Lefevre" }.Select((person, i) => Graphs.Article(
            $"arrest-{i}",
            $"2025-05-0{6 + i}",
            $"Police arrest {person} in Paris over fraud scheme",
            $"French police arrested {person} in Paris on Tuesday over an alleged fraud scheme, prosecutors said. {person} was taken into custody and will appear before a judge, the Paris prosecutor's office said in a statement.",
            [$"Person:{person}", "Location:Paris", "Country:France", "Organization:Paris prosecutor's office"]));
        using var service = new StoryService(new InMemoryStoryStore(), options: StoryOptions.TextOnly(0.3));
        foreach (var graph in Graphs.Background().Concat(arrests))
        {
            await service.OnArticleStoredAsync(graph, None);
        }

        Assert.Equal((await service.GetStoryOfArticleAsync("arrest-0", None))!.Id, (await service.GetStoryOfArticleAsync("arrest-1", None))!.Id);
    }

    private static ArticleGraph Talks(string id, string date, string a, string b, string place) => Graphs.Article(
        id,
        date,
        $"{a} meets {b} in {place}",
        $"{a} met {b} in {place} on Friday to discuss the border dispute. Both sides described the meeting in {place} as constructive.",
        [$"Person:{a}", $"Person:{b}", $"Location:{place}"],
        ("MET_WITH", a, b, []));

    private static ArticleGraph Bridge(string id, string date) => Graphs.Article(
        id,
        date,
        "Border summit: Ana Ruiz meets Bo Chen in Lima while Carl Diaz meets Dan Evans in Quito",
        "Ana Ruiz met Bo Chen in Lima on Friday, while Carl Diaz met Dan Evans in Quito, as the two rounds of the border summit ran in parallel. Both meetings were described as constructive.",
        ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima", "Person:Carl Diaz", "Person:Dan Evans", "Location:Quito"],
        ("MET_WITH", "Ana Ruiz", "Bo Chen", []),
        ("MET_WITH", "Carl Diaz", "Dan Evans", []));

    private static IEnumerable<ArticleGraph> TwoStories() =>
    [
        Talks("lima-1", "2025-06-06", "Ana Ruiz", "Bo Chen", "Lima"),
        Talks("lima-2", "2025-06-07", "Ana Ruiz", "Bo Chen", "Lima"),
        Talks("quito-1", "2025-06-06", "Carl Diaz", "Dan Evans", "Quito"),
        Talks("quito-2", "2025-06-07", "Carl Diaz", "Dan Evans", "Quito"),
    ];

    [Fact]
    public async Task A_bridging_article_merges_two_stories_and_deleting_it_splits_them_again()
    {
        var store = new InMemoryStoryStore();
        using var service = await ServiceWithAsync(store, Graphs.Background(), TwoStories());
        var lima = (await service.GetStoryOfArticleAsync("lima-1", None))!;
        var quito = (await service.GetStoryOfArticleAsync("quito-1", None))!;
        Assert.NotEqual(lima.Id, quito.Id);
        Assert.Equal(2, lima.Articles.Count);

        await service.OnArticleStoredAsync(Bridge("summit", "2025-06-07"), None);
        var merged = (await service.GetStoryOfArticleAsync("summit", None))!;
        Assert.Equal(["lima-1", "lima-2", "quito-1", "quito-2", "summit"], merged.Articles.Select(a => a.ArticleId).Order());
        Assert.Null(await service.GetStoryAsync(merged.Id == lima.Id ? quito.Id : lima.Id, None));

        await service.OnArticleDeletedAsync("summit", None);
        Assert.Null(await service.GetStoryOfArticleAsync("summit", None));
        var limaAfter = (await service.GetStoryOfArticleAsync("lima-1", None))!;
        var quitoAfter = (await service.GetStoryOfArticleAsync("quito-1", None))!;
        Assert.NotEqual(limaAfter.Id, quitoAfter.Id);
        Assert.Equal(["lima-1", "lima-2"], limaAfter.Articles.Select(a => a.ArticleId));
        Assert.DoesNotContain(await service.GetRelatedAsync("lima-1", 20, None), r => r.ArticleId == "summit");
    }

    [Fact]
    public async Task Re_ingesting_the_same_article_changes_nothing_and_a_changed_article_replaces_its_links()
    {
        var store = new CountingStore(new InMemoryStoryStore());
        using var service = await ServiceWithAsync(store, Graphs.Background(), TwoStories());
        var writes = store.Applied;

        await service.OnArticleStoredAsync(Talks("lima-2", "2025-06-07", "Ana Ruiz", "Bo Chen", "Lima"), None);
        Assert.Equal(writes, store.Applied);

        await service.OnArticleStoredAsync(Talks("lima-2", "2025-06-07", "Carl Diaz", "Dan Evans", "Quito"), None);
        Assert.Equal(["lima-1"], (await service.GetStoryOfArticleAsync("lima-1", None))!.Articles.Select(a => a.ArticleId));
        Assert.Equal(["lima-2", "quito-1", "quito-2"], (await service.GetStoryOfArticleAsync("lima-2", None))!.Articles.Select(a => a.ArticleId).Order());
        Assert.DoesNotContain(await service.GetRelatedAsync("lima-1", 20, None), r => r.ArticleId == "lima-2" && r.Reasons.SameEvent);
    }

    [Fact]
    public async Task Deleting_an_unknown_article_is_harmless_and_stories_filter_by_entity_and_dates()
    {
        using var service = await ServiceWithAsync(new InMemoryStoryStore(), Graphs.Background(), TwoStories());
        await service.OnArticleDeletedAsync("no-such-article", None);

        var withRuiz = await service.ListStoriesAsync(new StoryFilter { EntityId = "person:ana-ruiz" }, PageRequest.First(10), None);
        Assert.Equal(["lima-1", "lima-2"], Assert.Single(withRuiz.Items).Articles.Select(a => a.ArticleId));
        var june = await service.ListStoriesAsync(new StoryFilter { Since = new DateOnly(2025, 6, 1), Until = new DateOnly(2025, 6, 30) }, PageRequest.First(10), None);
        Assert.Equal(2, june.TotalCount);
        var all = await service.ListStoriesAsync(StoryFilter.None, PageRequest.First(3), None);
        var articleIds = Graphs.Background().Concat(TwoStories()).Select(g => g.Article.Id);
        var storyIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var articleId in articleIds)
        {
            storyIds.Add((await service.GetStoryOfArticleAsync(articleId, None))!.Id);
        }

        Assert.Equal(storyIds.Count, all.TotalCount);
        Assert.True(storyIds.Count > 3);
        Assert.Equal(3, all.Items.Count);
        Assert.True(all.HasNextPage);
    }

    /// <summary>Counts writes, to show that an unchanged re-ingest writes nothing.</summary>
    private sealed class CountingStore(IStoryStore inner) : IStoryStore
    {
        public int Applied { get; private set; }

        public Task ApplyAsync(IReadOnlyList<StoryUpdate> updates, CancellationToken cancellationToken = default)
        {
            Applied++;
            return inner.ApplyAsync(updates, cancellationToken);
        }

        public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

        public IAsyncEnumerable<ArticleSignature> ReadSignaturesAsync(CancellationToken cancellationToken = default) => inner.ReadSignaturesAsync(cancellationToken);

        public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LoadMembershipAsync(CancellationToken cancellationToken = default) => inner.LoadMembershipAsync(cancellationToken);

        public Task<IReadOnlyList<(string A, string B)>> GetSameEventLinksAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) => inner.GetSameEventLinksAsync(articleIds, cancellationToken);

        public Task<IReadOnlyList<RelatedArticle>> GetRelatedAsync(string articleId, int first, CancellationToken cancellationToken = default) => inner.GetRelatedAsync(articleId, first, cancellationToken);

        public Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default) => inner.GetStoryAsync(storyId, cancellationToken);

        public Task<StoryRecord?> GetStoryOfArticleAsync(string articleId, CancellationToken cancellationToken = default) => inner.GetStoryOfArticleAsync(articleId, cancellationToken);

        public Task<Page<StoryRecord>> ListStoriesAsync(StoryFilter filter, PageRequest page, CancellationToken cancellationToken = default) => inner.ListStoriesAsync(filter, page, cancellationToken);
    }
}
