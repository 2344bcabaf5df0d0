using GraphNews.Domain;
using GraphNews.Extraction;
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
}
