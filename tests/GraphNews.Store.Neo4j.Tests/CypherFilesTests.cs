using System.Text.RegularExpressions;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using GraphNews.Store.Contract;
using GraphNews.Store.Neo4j.Http;
using GraphNews.Store.Neo4j.Tests.Support;

namespace GraphNews.Store.Neo4j.Tests;

/// <summary>
/// Checks on the Cypher files that need no server: they are embedded under the expected names, use
/// only syntax that Neo4j 4.4 and 5 both accept, and every statement the store sends binds exactly
/// the parameters its text uses.
/// </summary>
public sealed partial class CypherFilesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> CypherFiles => new(CypherCatalog.Names.Order(StringComparer.Ordinal));

    [Fact]
    public void Files_are_embedded_by_their_path_under_the_cypher_folder()
    {
        var resources = typeof(CypherCatalog).Assembly.GetManifestResourceNames();

        Assert.Contains("GraphNews.Cypher.schema.cypher", resources);
        Assert.Contains(resources, r => r.Replace('\\', '/') == "GraphNews.Cypher.queries/find-facts.cypher");
        Assert.Contains("queries/find-facts.cypher", CypherCatalog.Names);
        Assert.Contains("write/refresh-facts.cypher", CypherCatalog.Names);
    }

    [Theory]
    [MemberData(nameof(CypherFiles))]
    public void Files_use_only_syntax_shared_by_neo4j_4_4_and_5(string file)
    {
        var code = CodeOnly(CypherCatalog.Get(file));

        foreach (var forbidden in (string[])["elementId(", "COUNT {", "COLLECT {", "EXISTS {", "IS ::", "CALL (", "$(", "IN TRANSACTIONS", "exists(", " ASSERT ", "apoc."])
        {
            Assert.DoesNotContain(forbidden, code, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotMatch(VariableLengthWithParameter(), code);
        Assert.DoesNotMatch(ReservedWordAsVariable(), code);
        Assert.True(Balanced(code), $"{file} has unbalanced brackets.");
    }

    [Fact]
    public void Schema_statements_are_idempotent_and_cover_our_keys()
    {
        var statements = CypherCatalog.Statements("schema.cypher");

        Assert.All(statements.Where(s => s.StartsWith("CREATE", StringComparison.Ordinal)), s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
        Assert.Equal("CALL db.awaitIndexes(300)", statements[^1]);
        Assert.Contains(statements, s => s.Contains("(a:Article) REQUIRE a.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("(e:Entity) REQUIRE e.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.StartsWith("CREATE FULLTEXT INDEX entity_names", StringComparison.Ordinal));
        Assert.Contains("'entity_names'", CypherCatalog.Get("queries/search-entities.cypher"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_statement_the_store_sends_binds_exactly_the_parameters_it_uses()
    {
        var entity = new Dictionary<string, object?> { ["id"] = "person:x", ["label"] = "Person", ["name"] = "X", ["aliases"] = new List<object?>(), ["articleCount"] = 1L };
        var runner = new RecordingRunner(s => s.Name == "queries/entities-by-id.cypher" ? new CypherResult(["entity"], [[entity]]) : RecordingRunner.EmptyAnswer(s));
        await using var store = new Neo4jGraphStore(runner);
        await ExerciseEveryMethodAsync(store);
        await store.StoryMirror(await StoryIndexes.IndexedAsync(Ct)).WriteAsync(["call-1", "gone"], Ct);

        var statements = runner.All.ToList();
        Assert.True(statements.Count > 20);
        foreach (var statement in statements)
        {
            var used = ParameterReference().Matches(CodeOnly(statement.Text)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            Assert.True(used.SetEquals(statement.Parameters.Keys), $"{statement.Name} uses [{string.Join(", ", used.Order())}] but binds [{string.Join(", ", statement.Parameters.Keys.Order())}].");
        }

        var sentFiles = statements.Select(s => Regex.Replace(s.Name, @"\[.*\]$", "")).ToHashSet(StringComparer.Ordinal);
        Assert.Equal([], CypherCatalog.Names.Where(n => n != "schema.cypher").Except(sentFiles).Order());
    }

    [Fact]
    public async Task An_article_is_written_in_one_transaction_nodes_before_relationships_cleanup_last()
    {
        var runner = new RecordingRunner();
        await using var store = new Neo4jGraphStore(runner);

        await store.UpsertArticleAsync(ContractGraphs.TrumpCallsPutin(), Ct);

        var names = Assert.Single(runner.Transactions).Select(s => s.Name).ToList();
        Assert.Equal(
            [
                "write/mark-stale-evidence.cypher", "write/mark-stale-mentions.cypher", "write/articles.cypher", "write/entities.cypher",
                "write/mentions.cypher", "write/facts.cypher[SPOKE_WITH]", "write/evidence.cypher", "write/refresh-facts.cypher",
                "write/delete-stale-evidence.cypher", "write/refresh-entities.cypher", "write/delete-stale-mentions.cypher",
            ],
            names);
        var facts = Assert.Single(runner.Transactions).Single(s => s.Name.StartsWith("write/facts", StringComparison.Ordinal));
        Assert.Contains("[f:`SPOKE_WITH` {id: row.id}]", facts.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ArticleWritePlanPlaceholder, facts.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_rows_are_sorted_by_key_and_a_fact_shared_by_articles_is_created_once_in_its_first_direction()
    {
        var runner = new RecordingRunner();
        await using var store = new Neo4jGraphStore(runner);
        var second = ContractGraphs.Article("b1", "Putin and Trump talked.", new DateOnly(2025, 2, 12));
        var reversed = ContractGraphs.Graph(second, [ContractGraphs.Putin, ContractGraphs.Trump, ContractGraphs.Ukraine],
            ContractGraphs.Relation(second, "SPOKE_WITH", ContractGraphs.Putin, ContractGraphs.Trump));

        await store.UpsertArticlesAsync([ContractGraphs.TrumpCallsPutin("z9"), reversed], Ct);

        var transaction = Assert.Single(runner.Transactions);
        var entities = Rows(transaction, "write/entities.cypher").Select(r => (string)r["id"]!).ToList();
        Assert.Equal(entities.Order(StringComparer.Ordinal), entities);
        Assert.Equal(3, entities.Count);
        var fact = Assert.Single(Rows(transaction, "write/facts.cypher[SPOKE_WITH]"));
        Assert.Equal((ContractGraphs.Trump.Id, ContractGraphs.Putin.Id), ((string)fact["source"]!, (string)fact["target"]!));
        var evidence = Rows(transaction, "write/evidence.cypher").Select(r => (string)r["key"]!).ToList();
        Assert.Equal(2, evidence.Count);
        Assert.Equal(evidence.Order(StringComparer.Ordinal), evidence);
        Assert.Equal(["b1", "z9"], (List<string>)transaction[0].Parameters["articleIds"]!);
    }

    [Fact]
    public async Task An_unchanged_article_is_not_written_again()
    {
        var graph = ContractGraphs.TrumpCallsPutin();
        var runner = new RecordingRunner(s => s.Name == "write/fingerprints.cypher"
            ? new CypherResult(["id", "fingerprint"], [["a1", ArticleGraphJson.Fingerprint(graph)]])
            : RecordingRunner.EmptyAnswer(s));
        await using var store = new Neo4jGraphStore(runner);

        var result = await store.UpsertArticleAsync(graph, Ct);

        Assert.Equal(1, result.Unchanged);
        Assert.Equal(0, result.Articles);
        Assert.Empty(runner.Transactions);
    }

    [Fact]
    public async Task An_inconsistent_graph_is_refused_before_anything_is_sent()
    {
        var runner = new RecordingRunner();
        await using var store = new Neo4jGraphStore(runner);
        var dangling = ContractGraphs.TrumpCallsPutin("bad") with { Entities = [ContractGraphs.Trump] };

        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertArticlesAsync([ContractGraphs.TrumpCallsPutin("ok"), dangling], Ct));

        Assert.Empty(runner.All);
    }

    [Fact]
    public async Task Bulk_ingest_batches_many_articles_per_transaction()
    {
        var runner = new RecordingRunner();
        await using var store = new Neo4jGraphStore(runner, writeBatchSize: 10);

        var result = await store.UpsertArticlesAsync(Enumerable.Range(0, 25).Select(i => ContractGraphs.TrumpCallsPutin($"a{i:00}")).ToList(), Ct);

        Assert.Equal(25, result.Articles);
        Assert.Equal([10, 10, 5], runner.Transactions.Select(t => ((List<string>)t[0].Parameters["articleIds"]!).Count));
    }

    private const string ArticleWritePlanPlaceholder = "__TYPE__";

    private static async Task ExerciseEveryMethodAsync(IGraphStore store)
    {
        var filter = new FactFilter { Types = ["SPOKE_WITH"], Modalities = [Modality.Planned], MinConfidence = 0.5, Since = new DateOnly(2025, 1, 1), Until = new DateOnly(2025, 12, 31) };
        await store.InitializeAsync(Ct);
        await store.UpsertArticlesAsync([ContractGraphs.TrumpCallsPutin(), ContractGraphs.KhameneiRebuffs()], Ct);
        await store.DeleteArticleAsync("a1", Ct);
        await store.GetArticlesAsync(["a1"], Ct);
        await store.ListArticlesAsync(new ArticleFilter { Since = new DateOnly(2025, 1, 1), Source = "x", TitleContains = "Trump" }, new PageRequest(0, 5), Ct);
        await store.ListArticlesMentioningAsync("person:x", new PageRequest(0, 5), Ct);
        await store.GetEntitiesAsync(["person:x"], Ct);
        await store.FindEntitiesByNameAsync("Trump", Ct);
        await store.SearchEntitiesAsync("trump", EntityLabel.Person, 5, Ct);
        await store.ListEntitiesAsync(new EntityFilter { Labels = [EntityLabel.Person], NameContains = "tr" }, new PageRequest(0, 5), Ct);
        await store.FindFactsAsync(new FactQuery { Filter = filter, TopicIds = ["country:ukraine"] }, new PageRequest(0, 5), Ct);
        await store.FindFactsAsync(new FactQuery { EntityIds = ["person:x"], Direction = Direction.Outgoing, Filter = filter }, new PageRequest(0, 5), Ct);
        await store.GetFactsAsync(["fact:1"], Ct);
        await store.GetEvidenceAsync(["fact:1"], perFact: 3, cancellationToken: Ct);
        await store.GetFactsOfArticleAsync("a1", Ct);
        await store.GetNeighborhoodAsync("person:x", 2, 10, filter, Ct);
        await store.FindShortestPathAsync("person:x", "person:y", 4, Ct);
        await store.GetStatsAsync(Ct);
        await store.GetIdentityCandidatesAsync(null, 10, Ct);
        await store.GetLabelSplitsAsync(null, 10, Ct);
    }

    private static List<Dictionary<string, object?>> Rows(IReadOnlyList<CypherStatement> transaction, string name)
    {
        var statement = transaction.Single(s => s.Name == name);
        return ((System.Collections.IEnumerable)statement.Parameters.Single().Value!).Cast<Dictionary<string, object?>>().ToList();
    }

    /// <summary>The text without comments and string literals, which may mention anything.</summary>
    private static string CodeOnly(string cypher) =>
        StringLiteral().Replace(LineComment().Replace(cypher, ""), "''");

    private static bool Balanced(string code)
    {
        var stack = new Stack<char>();
        foreach (var c in code)
        {
            switch (c)
            {
                case '(' or '[' or '{':
                    stack.Push(c);
                    break;
                case ')' or ']' or '}':
                    if (stack.Count == 0 || stack.Pop() != c switch { ')' => '(', ']' => '[', _ => '{' })
                    {
                        return false;
                    }

                    break;
            }
        }

        return stack.Count == 0;
    }

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"(?i)(\bAS\s+|reduce\(\s*|\bUNWIND\s+\S+\s+AS\s+)(all|any|case|count|else|end|exists|then|when|key|node|type|index|unique|constraint|drop|match|return|with|order)\b")]
    private static partial Regex ReservedWordAsVariable();

    [GeneratedRegex(@"\*\s*\d*\s*\.\.\s*\$")]
    private static partial Regex VariableLengthWithParameter();
}
