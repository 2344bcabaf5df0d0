using System.CommandLine;
using System.Text.Json;
using GraphNews.Cli.Hosting;
using GraphNews.Domain.Storage;
using GraphNews.Store.Sqlite.Stories;
using GraphNews.Stories;

namespace GraphNews.Cli.Commands;

/// <summary>
/// <c>graphnews stories --db PATH [--format json|text] [--rebuild]</c>: print the stories (articles that
/// report the same event). The story index first catches up with the stored articles, so it works
/// whether or not ingest already updated it. With <c>--store neo4j</c> the index beside the outbox is read as it is:
/// it followed every write, and it cannot read articles back from Neo4j to catch up or rebuild.
/// </summary>
internal static class StoriesCommand
{
    private const int PageSize = 500;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var db = CommonOptions.Db();
        var store = CommonOptions.Store();
        var format = new Option<string>("--format") { Description = "Output format: text (default) or json ([{\"id\",\"title\",\"articles\":[ids]}]).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var rebuild = new Option<bool>("--rebuild") { Description = "Forget the story index and rebuild it from the stored articles." };
        var command = new Command("stories", "Group stored articles that report the same event into stories and print them.") { db, store, format, rebuild };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var settings = StoreSettings.From(parse, store, db, Composition.LoadConfiguration());
            var path = settings.StoryIndexPath;
            if (!File.Exists(path))
            {
                throw new CliException(settings.Kind == StoreKind.Neo4j
                    ? $"{path}: no story index beside the outbox (ingest articles into Neo4j first)."
                    : $"{path}: no such database (ingest articles first).");
            }

            if (settings.Kind == StoreKind.Neo4j && parse.GetValue(rebuild))
            {
                throw new CliException("--rebuild needs the embedded store: the story index cannot read articles back from Neo4j (re-ingest them instead).");
            }

            var index = new SqliteStoryStore(path);
            await index.InitializeAsync(cancellationToken);
            if (parse.GetValue(rebuild))
            {
                await index.ClearAsync(cancellationToken);
            }

            using var service = new StoryService(index);
            if (settings.Kind == StoreKind.Sqlite)
            {
                var (indexed, removed) = await service.SyncAsync(index, cancellationToken);
                if (indexed + removed > 0)
                {
                    await Console.Error.WriteLineAsync($"story index: {indexed} article(s) indexed, {removed} removed.");
                }
            }

            var stories = await ReadAllAsync(service, cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                var rows = stories.Select(s => new { s.Id, s.Title, Articles = s.Articles.Select(a => a.ArticleId).ToList() });
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, Json));
            }
            else
            {
                foreach (var story in stories)
                {
                    await Console.Out.WriteLineAsync($"{story.Title}  [{story.Id}, {Span(story)}, {story.Articles.Count} article(s)]");
                    foreach (var article in story.Articles)
                    {
                        await Console.Out.WriteLineAsync($"  {article.Published?.ToString("yyyy-MM-dd") ?? "undated   "}  {article.ArticleId}  {article.Title}");
                    }
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<List<StoryRecord>> ReadAllAsync(StoryService service, CancellationToken cancellationToken)
    {
        var all = new List<StoryRecord>();
        Page<StoryRecord> page;
        do
        {
            page = await service.ListStoriesAsync(StoryFilter.None, new PageRequest(all.Count, PageSize), cancellationToken);
            all.AddRange(page.Items);
        }
        while (page.HasNextPage && page.Items.Count > 0);
        return all;
    }

    private static string Span(StoryRecord story) =>
        story.FirstPublished is not { } first ? "undated"
        : story.LastPublished is { } last && last != first ? $"{first:yyyy-MM-dd} – {last:yyyy-MM-dd}" : $"{first:yyyy-MM-dd}";
}
