using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using GraphNews.Domain;
using GraphNews.Ingestion.Export;
using GraphNews.Stories;

namespace GraphNews.Ingestion.Tests.Export;

public sealed class ExporterTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("graphnews-export-").FullName;
    private readonly SnapshotStore store = SnapshotStore.Sample();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private Task<ExportSummary> ExportAsync(string format) =>
        GraphExporters.For(format).ExportAsync(new GraphSnapshotReader(store, pageSize: 2), directory, Ct);

    [Fact]
    public async Task Neo4j_admin_csv_has_typed_headers_and_round_trips_awkward_text()
    {
        var summary = await ExportAsync("neo4j-admin");

        Assert.Equal((2, 5, 3, 3, 5), (summary.Articles, summary.Entities, summary.Facts, summary.Evidence, summary.Mentions));
        var articles = ReadCsv("articles.csv");
        Assert.Equal(["id:ID(Article)", ":LABEL", "title", "text", "published:date", "url", "source", "license", "byline"], articles[0]);
        var a1 = articles.Single(r => r[0] == "a1");
        Assert.Equal("Line one, with \"quotes\".\nLine two; it's \\ here.\r\nEnd", a1[3]);
        Assert.Equal("Trump, Putin \"talk\"", a1[2]);
        Assert.Equal(("Article", "2025-02-09"), (a1[1], a1[4]));
        Assert.Equal("", articles.Single(r => r[0] == "a2")[4]);

        var entities = ReadCsv("entities.csv");
        Assert.Equal(["id:ID(Entity)", ":LABEL", "name", "label", "nameKey", "nameKeys:string[]", "aliases:string[]", "aliasText", "articleCount:long"], entities[0]);
        var trump = entities.Single(r => r[0] == "person:donald-trump");
        Assert.Equal("Entity;Person", trump[1]);
        Assert.Equal("Trump;D, J. Trump", trump[6]);
        Assert.Equal("donald trump;trump;d, j. trump", trump[5]);

        var facts = ReadCsv("facts.csv");
        Assert.Equal([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"], facts[0][..3]);
        Assert.Contains("publishedDates:date[]", facts[0]);
        Assert.Equal(["MET_WITH", "REBUFFED", "SPOKE_WITH"], facts.Skip(1).Select(r => r[2]).Order());
        var evidenceKeys = ReadCsv("evidence.csv").Skip(1).Select(r => r[0]).ToHashSet();
        Assert.Equal(evidenceKeys, ReadCsv("in_article.csv").Skip(1).Select(r => r[0]).ToHashSet());
        Assert.Equal(5, ReadCsv("mentions.csv").Count - 1);
        Assert.Contains("--multiline-fields=true", await File.ReadAllTextAsync(Path.Combine(directory, "import.sh"), Ct), StringComparison.Ordinal);
        Assert.True(store.PageRequests > 6, "the exporter must page through the store");
    }

    [Fact]
    public async Task Cypher_script_escapes_every_string_and_merges_on_ids()
    {
        var summary = await ExportAsync("cypher");

        var script = await File.ReadAllTextAsync(Path.Combine(directory, "graph.cypher"), Ct);
        Assert.Equal(3, summary.Facts);
        Assert.Contains(@"'Line one, with \""quotes\"".\nLine two; it\'s \\ here.\r\nEnd'", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (s)-[f:SPOKE_WITH {id: row.id}]->(t)", script, StringComparison.Ordinal);
        Assert.Contains("SET e += row, e:Person", script, StringComparison.Ordinal);
        Assert.Contains("published: date('2025-02-09')", script, StringComparison.Ordinal);
        AssertStringLiteralsAreClosedOnTheirLine(script);
    }

    [Fact]
    public async Task GraphML_holds_entities_and_articles_as_nodes_and_facts_and_mentions_as_edges()
    {
        await ExportAsync("graphml");

        var graph = XDocument.Load(Path.Combine(directory, "graph.graphml"));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(7, graph.Descendants(ns + "node").Count());
        var edges = graph.Descendants(ns + "edge").ToList();
        Assert.Equal(8, edges.Count);
        var call = edges.Single(e => (string?)e.Attribute("id") == "fact:1");
        Assert.Equal(("person:donald-trump", "person:vladimir-putin"), ((string)call.Attribute("source")!, (string)call.Attribute("target")!));
        Assert.Equal("SPOKE_WITH", call.Elements(ns + "data").Single(d => (string?)d.Attribute("key") == "e_type").Value);
    }

    [Fact]
    public async Task Json_holds_every_record()
    {
        await ExportAsync("json");

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "graph.json"), Ct));
        var root = document.RootElement;
        Assert.Equal((2, 5, 3, 3, 5), (root.GetProperty("articles").GetArrayLength(), root.GetProperty("entities").GetArrayLength(),
            root.GetProperty("facts").GetArrayLength(), root.GetProperty("evidence").GetArrayLength(), root.GetProperty("mentions").GetArrayLength()));
        Assert.Contains(root.GetProperty("articles").EnumerateArray(), a => a.GetProperty("text").GetString()!.Contains("it's \\ here", StringComparison.Ordinal));
        Assert.Contains(root.GetProperty("facts").EnumerateArray(), f => f.GetProperty("date").GetString() == "2025-03-01");
    }

    /// <summary>A story index over the snapshot's articles: one story of a1, a2 and an article the store no longer has, linked a1–a2 and a2–gone.</summary>
    private static async Task<InMemoryStoryStore> StoryIndexAsync()
    {
        var index = new InMemoryStoryStore();
        var reasons = new LinkReasons
        {
            SameEvent = true,
            Decision = SameEventDecision.SharedInteraction,
            TextSimilarity = 0.5,
            Entities = [new SharedEntity("person:donald-trump", "Donald Trump", EntityLabel.Person, 1.2)],
            Facts = [new SharedFact("SPOKE_WITH", "person:donald-trump", "Donald Trump", "person:vladimir-putin", "Vladimir Putin", 2.0)],
        };
        await index.ApplyAsync(
        [
            new StoryUpdate
            {
                Added = new ArticleSignature { ArticleId = "a2", Title = "Khamenei", Fingerprint = "f2" },
                Links = [new Relatedness("a2", "a1", 0.8, reasons), new Relatedness("a2", "gone", 0.3, reasons with { SameEvent = false, Decision = SameEventDecision.TooLittleEvidence })],
                Stories = [new StoryRecord { Id = "story-1", Title = "Trump – Putin call", FirstPublished = new DateOnly(2025, 2, 9), Articles = [new("a1", "a", new DateOnly(2025, 2, 9)), new("a2", "b", null), new("gone", "c", null)] }],
            },
        ], Ct);
        return index;
    }

    [Fact]
    public async Task Stories_and_related_links_between_stored_articles_go_along_with_a_story_index()
    {
        var reader = new GraphSnapshotReader(store, pageSize: 2, stories: await StoryIndexAsync());

        var csv = await GraphExporters.For("neo4j-admin").ExportAsync(reader, Path.Combine(directory, "csv"), Ct);
        var cypher = await GraphExporters.For("cypher").ExportAsync(reader, Path.Combine(directory, "cypher"), Ct);
        var json = await GraphExporters.For("json").ExportAsync(reader, Path.Combine(directory, "json"), Ct);

        Assert.All([csv, cypher, json], s => Assert.Equal((1, 1), (s.Stories, s.RelatedLinks)));
        var related = ReadCsv("csv/related.csv");
        Assert.Equal(["a1", "a2", "RELATED_TO", "0.8", "true", "SharedInteraction"], related[1][..6]);
        Assert.Equal("Donald Trump SPOKE_WITH Vladimir Putin", related[1][^1]);
        Assert.Equal(["a1", "a2"], ReadCsv("csv/in_story.csv").Skip(1).Select(r => r[0]).Order());
        Assert.Equal(["story-1", "Story", "Trump – Putin call", "2025-02-09", "", "3"], ReadCsv("csv/stories.csv")[1]);
        Assert.Contains("--relationships=\"$HERE/related.csv\"", await File.ReadAllTextAsync(Path.Combine(directory, "csv", "import.sh"), Ct), StringComparison.Ordinal);
        var script = await File.ReadAllTextAsync(Path.Combine(directory, "cypher", "graph.cypher"), Ct);
        Assert.Contains("MERGE (a)-[r:RELATED_TO]->(b)", script, StringComparison.Ordinal);
        Assert.Contains("CREATE CONSTRAINT story_id IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.DoesNotContain("'gone'", script, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "json", "graph.json"), Ct));
        Assert.Equal("SharedInteraction", document.RootElement.GetProperty("related")[0].GetProperty("reasons").GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Without_a_story_index_no_story_files_are_written()
    {
        var summary = await ExportAsync("neo4j-admin");

        Assert.Equal((0, 0), (summary.Stories, summary.RelatedLinks));
        Assert.False(File.Exists(Path.Combine(directory, "related.csv")));
        Assert.DoesNotContain("stories.csv", await File.ReadAllTextAsync(Path.Combine(directory, "import.sh"), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => GraphExporters.For("xlsx"));

        Assert.Contains("neo4j-admin", error.Message, StringComparison.Ordinal);
    }

    private List<string[]> ReadCsv(string file) => ParseCsv(File.ReadAllText(Path.Combine(directory, file)));

    /// <summary>An RFC-4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "a quoted field is not closed");
        return rows;
    }

    private static void AssertStringLiteralsAreClosedOnTheirLine(string script)
    {
        foreach (var line in script.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
        {
            var inString = false;
            for (var i = 0; i < line.Length; i++)
            {
                if (inString && line[i] == '\\')
                {
                    i++;
                }
                else if (line[i] == '\'')
                {
                    inString = !inString;
                }
            }

            Assert.False(inString, $"unterminated string literal: {line}");
        }
    }
}
