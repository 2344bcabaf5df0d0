using GraphNews.Store.Sqlite;
using GraphNews.Store.Sqlite.Stories;

namespace GraphNews.Stories.Tests;

public sealed class SqliteStoryStoreTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"graphnews-stories-{Guid.NewGuid():N}.db");

    private static IEnumerable<Domain.ArticleGraph> Corpus() => Graphs.Background().Concat(
    [
        Graphs.Article("talks-1", "2025-06-06", "Ana Ruiz meets Bo Chen in Lima", "Ana Ruiz met Bo Chen in Lima on Friday to discuss the border dispute.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima"], ("MET_WITH", "Ana Ruiz", "Bo Chen", [])),
        Graphs.Article("talks-2", "2025-06-07", "Ruiz and Chen hold talks in Lima", "Ana Ruiz met Bo Chen in Lima; the border dispute was discussed.", ["Person:Ana Ruiz", "Person:Bo Chen", "Location:Lima"], ("MET_WITH", "Bo Chen", "Ana Ruiz", [])),
    ]);

    [Fact]
    public async Task Stories_links_and_signatures_survive_a_restart()
    {
        string storyId;
        using (var service = new StoryService(new SqliteStoryStore(path)))
        {
            foreach (var graph in Corpus())
            {
                await service.OnArticleStoredAsync(graph, TestContext.Current.CancellationToken);
            }

            storyId = (await service.GetStoryOfArticleAsync("talks-1", TestContext.Current.CancellationToken))!.Id;
        }

        using var reopened = new StoryService(new SqliteStoryStore(path));
        Assert.Equal(8, await reopened.CountIndexedAsync(TestContext.Current.CancellationToken));
        var story = (await reopened.GetStoryAsync(storyId, TestContext.Current.CancellationToken))!;
        Assert.Equal(["talks-1", "talks-2"], story.Articles.Select(a => a.ArticleId));
        Assert.Equal("Ana Ruiz – Bo Chen meeting", story.Title);
        var related = Assert.Single(await reopened.GetRelatedAsync("talks-2", 5, TestContext.Current.CancellationToken), r => r.ArticleId == "talks-1");
        Assert.True(related.Reasons.SameEvent);
        Assert.Equal(SameEventDecision.SharedInteraction, related.Reasons.Decision);
        Assert.Contains(related.Reasons.Facts, f => f.Type == "MET_WITH");
        var back = Assert.Single(await reopened.GetRelatedAsync("talks-1", 5, TestContext.Current.CancellationToken), r => r.ArticleId == "talks-2");
        Assert.Equal((related.Score, related.Reasons.Entities.Count), (back.Score, back.Reasons.Entities.Count));

        // The reloaded index keeps working: deleting splits the story and removes the links.
        await reopened.OnArticleDeletedAsync("talks-1", TestContext.Current.CancellationToken);
        Assert.Equal(["talks-2"], (await reopened.GetStoryOfArticleAsync("talks-2", TestContext.Current.CancellationToken))!.Articles.Select(a => a.ArticleId));
        Assert.Empty(await reopened.GetRelatedAsync("talks-2", 5, TestContext.Current.CancellationToken));
        Assert.Null(await reopened.GetStoryOfArticleAsync("talks-1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_days_and_lead_weekdays_an_undated_text_names_are_stored_with_its_signature()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new SqliteStoryStore(path);
        await store.InitializeAsync(ct);
        var signature = new ArticleSignature
        {
            ArticleId = "quake", Title = "Quake", Fingerprint = "f", Days = [new TextDay(9, 30, 2009), new TextDay(10, 1, null)], LeadWeekdays = [DayOfWeek.Sunday, DayOfWeek.Wednesday],
        };

        await store.ApplyAsync([new StoryUpdate { Added = signature }], ct);

        var stored = Assert.Single(await store.ReadSignaturesAsync(ct).ToListAsync(ct));
        Assert.Equal(signature.Days, stored.Days);
        Assert.Equal(signature.LeadWeekdays, stored.LeadWeekdays);
    }

    [Fact]
    public async Task Sync_builds_stories_from_the_graph_store_and_follows_its_changes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var graphStore = new SqliteGraphStore(path);
        await graphStore.InitializeAsync(ct);
        await graphStore.UpsertArticlesAsync(Corpus().ToList(), ct);
        var stories = new SqliteStoryStore(path);
        using var service = new StoryService(stories);

        Assert.Equal((8, 0), await service.SyncAsync(stories, ct));
        Assert.Equal(["talks-1", "talks-2"], (await service.GetStoryOfArticleAsync("talks-2", ct))!.Articles.Select(a => a.ArticleId));
        Assert.Equal((0, 0), await service.SyncAsync(stories, ct));

        await graphStore.DeleteArticleAsync("talks-1", ct);
        Assert.Equal((0, 1), await service.SyncAsync(stories, ct));
        Assert.Equal(["talks-2"], (await service.GetStoryOfArticleAsync("talks-2", ct))!.Articles.Select(a => a.ArticleId));
    }

    [Fact]
    public async Task A_graph_read_back_for_the_story_index_keeps_the_names_the_article_wrote()
    {
        var ct = TestContext.Current.CancellationToken;
        var graph = Graphs.Article("assange", "2019-04-17", "Australia to give Assange consular help", "Australian officials visited Julian Assange in Belmarsh prison. Assange's father spoke.", ["Person:Julian Assange", "Location:Belmarsh"]);
        var person = graph.Entities.Single(e => e.Name == "Julian Assange");
        graph = graph with { Entities = [.. graph.Entities.Select(e => e == person ? e with { Aliases = ["Assange"] } : e)] };
        await using var graphStore = new SqliteGraphStore(path);
        await graphStore.InitializeAsync(ct);
        await graphStore.UpsertArticleAsync(graph, ct);

        var read = await new SqliteStoryStore(path).LoadGraphAsync("assange", ct);

        var assange = Assert.Single(read!.Entities, e => e.Id == person.Id);
        Assert.Equal(["Assange"], assange.Aliases);
        Assert.Empty(Assert.Single(read.Entities, e => e.Name == "Belmarsh").Aliases);
        Assert.Contains(new SignatureBuilder(Domain.RelationOntology.Default, TextTerms.LoadDefault(), StoryOptions.Default).Build(read, "f").Entities, e => e.Id == person.Id && e.InTitle);
    }

    [Fact]
    public async Task Story_tables_of_an_earlier_layout_are_dropped_and_rebuilt_by_the_next_sync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(ct);
            await using var create = connection.CreateCommand();
            create.CommandText = """
                CREATE TABLE story_signatures (article_id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, published TEXT, body TEXT NOT NULL);
                INSERT INTO story_signatures VALUES ('talks-1', 'old', '2025-06-06', '{"articleId":"talks-1"}');
                CREATE TABLE related_to (article_id TEXT, related_id TEXT, score REAL, same_event INTEGER, reasons TEXT);
                INSERT INTO related_to VALUES ('talks-1', 'talks-2', 0.9, 1, '{}');
                """;
            await create.ExecuteNonQueryAsync(ct);
        }

        await using var graphStore = new SqliteGraphStore(path);
        await graphStore.InitializeAsync(ct);
        await graphStore.UpsertArticlesAsync(Corpus().ToList(), ct);
        var stories = new SqliteStoryStore(path);
        using var service = new StoryService(stories);

        Assert.Equal((8, 0), await service.SyncAsync(stories, ct));
        Assert.Contains(await service.GetRelatedAsync("talks-1", 5, ct), r => r.ArticleId == "talks-2");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
