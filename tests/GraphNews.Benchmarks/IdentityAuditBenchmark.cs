using System.Globalization;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Store.Sqlite;

namespace GraphNews.Benchmarks;

/// <summary>
/// Looks for identity mistakes a reader would notice in a built database: one name stored under several labels (a
/// split by type), and people whose name is the full name of another stored person minus some words ("Ishaq Dar" /
/// "Mohammad Ishaq Dar", "Brian Carroll" / "Brian T. Carroll") — alias splits unless they really are two people.
/// The counts are what to compare between versions; `--show` lists them for reading.
/// </summary>
public sealed class IdentityAuditBenchmark : IBenchmark
{
    private const int PageSize = 1000;

    public string Name => "identity-audit";

    public string Description => "Identity splits in a database built by `graphnews ingest` (--db FILE; --show N lists the N most frequent of each kind).";

    public async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var path = options.Text("db", "");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"identity-audit: database '{path}' not found (pass --db FILE built by `graphnews ingest`).");
            return 2;
        }

        await using var store = new SqliteGraphStore(path);
        await store.InitializeAsync(cancellationToken);
        var entities = await AllEntitiesAsync(store, cancellationToken);
        var byLabel = entities.GroupBy(e => e.Label).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        var typeSplits = entities.GroupBy(e => NameKeys.For(e.Name), StringComparer.Ordinal)
            .Where(g => g.Select(e => e.Label).Distinct().Count() > 1)
            .Select(g => (Articles: g.Sum(e => e.ArticleCount), Text: string.Join(" / ", g.OrderByDescending(e => e.ArticleCount).Select(e => $"{e.Name} ({e.Label}, {e.ArticleCount})"))))
            .OrderByDescending(s => s.Articles).ToList();
        var shorterNames = ShorterPersonNames(entities).OrderByDescending(s => s.Articles).ToList();

        output.WriteLine("| benchmark | database | entities by label | names under more than one label | people named by part of another stored person's name |");
        output.WriteLine("|---|---|---|---:|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {Path.GetFileName(path)} | {string.Join(", ", byLabel)} | {typeSplits.Count} | {shorterNames.Count} |"));
        var show = options.Int("show", 0);
        foreach (var split in typeSplits.Take(show))
        {
            output.WriteLine($"  label split: {split.Text}");
        }

        foreach (var pair in shorterNames.Take(show))
        {
            output.WriteLine($"  part of a name: {pair.Text}");
        }

        return 0;
    }

    private static async Task<List<EntityRecord>> AllEntitiesAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var all = new List<EntityRecord>();
        Page<EntityRecord> page;
        do
        {
            page = await store.ListEntitiesAsync(EntityFilter.None, new PageRequest(all.Count, PageSize), cancellationToken);
            all.AddRange(page.Items);
        }
        while (page.HasNextPage && page.Items.Count > 0);

        return all;
    }

    /// <summary>Multi-word person names whose words all occur, with the same last word, in a longer stored person name.</summary>
    private static IEnumerable<(int Articles, string Text)> ShorterPersonNames(List<EntityRecord> entities)
    {
        var people = entities.Where(e => e.Label == EntityLabel.Person)
            .Select(e => (Entity: e, Words: NameKeys.For(e.Name).Split(' ')))
            .Where(p => p.Words.Length >= 2)
            .ToList();
        var byLastWord = people.ToLookup(p => p.Words[^1], StringComparer.Ordinal);
        foreach (var shorter in people)
        {
            foreach (var longer in byLastWord[shorter.Words[^1]].Where(l => l.Words.Length > shorter.Words.Length && shorter.Words.All(l.Words.Contains)))
            {
                yield return (shorter.Entity.ArticleCount + longer.Entity.ArticleCount,
                    $"{shorter.Entity.Name} ({shorter.Entity.ArticleCount}) / {longer.Entity.Name} ({longer.Entity.ArticleCount})");
            }
        }
    }
}
