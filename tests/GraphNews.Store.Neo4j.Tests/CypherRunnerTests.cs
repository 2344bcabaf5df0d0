using System.Text;
using GraphNews.Store.Neo4j.Http;
using GraphNews.Store.Neo4j.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GraphNews.Store.Neo4j.Tests;

/// <summary>The HTTP client against a local fake that answers with Neo4j's documented JSON shapes.</summary>
public sealed class CypherRunnerTests
{
    private static readonly CypherStatement Query = CypherStatement.Of("test", "MATCH (n:Entity {id: $id}) RETURN n.name AS name", ("id", "person:x"));

    private readonly FakeTimeProvider time = new();
    private readonly ListLogger logger = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CypherRunner Runner(FakeNeo4jServer server, Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Url = server.Url,
            User = "neo4j",
            Password = "s3cret-pa55",
            MaxRetries = 3,
            RetryBaseDelay = TimeSpan.FromSeconds(1),
            RetryMaxDelay = TimeSpan.FromSeconds(4),
            RequestTimeout = TimeSpan.FromHours(1),
        };
        configure?.Invoke(options);
        return new CypherRunner(options, null, time, logger);
    }

    [Fact]
    public async Task Discovery_with_a_query_key_selects_the_query_api_and_maps_plain_values()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => FakeResponse.Json(202,
            """{"data":{"fields":["s","i","f","b","l","m","d","n"],"values":[["text",42,1.5,true,[1,"two"],{"k":"v"},"2025-02-09",null]]},"bookmarks":["FB:x"]}"""));
        using var runner = Runner(server);

        var result = await runner.RunAsync(Query, readOnly: true, Ct);

        Assert.Equal(Neo4jApi.Query, runner.ApiInUse);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.Equal(Query.Text, request.Json.GetProperty("statement").GetString());
        Assert.Equal("person:x", request.Json.GetProperty("parameters").GetProperty("id").GetString());
        Assert.Equal("Read", request.Json.GetProperty("accessMode").GetString());
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret-pa55")), request.Authorization);
        var row = Assert.Single(result.Rows);
        Assert.Equal("text", row[0]);
        Assert.Equal(42L, row[1]);
        Assert.Equal(1.5, row[2]);
        Assert.Equal(true, row[3]);
        Assert.Equal(new object?[] { 1L, "two" }, (List<object?>)row[4]!);
        Assert.Equal("v", ((Dictionary<string, object?>)row[5]!)["k"]);
        Assert.Equal("2025-02-09", row[6]);
        Assert.Null(row[7]);
    }

    [Fact]
    public async Task Typed_results_map_integers_floats_dates_lists_and_maps()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => FakeResponse.Json(202,
            """
            {"data":{"fields":["i","f","d","l","m","n"],"values":[[
              {"$type":"Integer","_value":"9007199254740993"},{"$type":"Float","_value":"0.25"},{"$type":"Date","_value":"2025-02-09"},
              {"$type":"List","_value":[{"$type":"String","_value":"a"},{"$type":"Boolean","_value":false}]},
              {"$type":"Map","_value":{"k":{"$type":"Integer","_value":"7"}}},{"$type":"Null","_value":null}]]}}
            """));
        using var runner = Runner(server, o => o.TypedResults = true);

        var row = Assert.Single((await runner.RunAsync(Query, true, Ct)).Rows);

        Assert.Equal(9007199254740993L, row[0]);
        Assert.Equal(0.25, row[1]);
        Assert.Equal(new DateOnly(2025, 2, 9), row[2]);
        Assert.Equal(new object?[] { "a", false }, (List<object?>)row[3]!);
        Assert.Equal(7L, ((Dictionary<string, object?>)row[4]!)["k"]);
        Assert.Null(row[5]);
    }

    [Fact]
    public async Task Parameters_of_every_kind_are_sent_as_plain_json()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => FakeResponse.Records([]));
        using var runner = Runner(server);
        var statement = CypherStatement.Of("test", "RETURN 1",
            ("s", "x"), ("i", 3), ("d", 0.5), ("b", false), ("n", null), ("date", new DateOnly(2025, 1, 2)),
            ("list", new List<string> { "a", "b" }), ("map", new Dictionary<string, object?> { ["k"] = 1L }));

        await runner.RunAsync(statement, false, Ct);

        var parameters = Assert.Single(server.Requests).Json.GetProperty("parameters");
        Assert.Equal(
            """{"s":"x","i":3,"d":0.5,"b":false,"n":null,"date":"2025-01-02","list":["a","b"],"map":{"k":1}}""",
            parameters.GetRawText());
    }

    [Fact]
    public async Task Without_a_query_key_the_transactional_endpoint_runs_all_statements_in_one_request()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.LegacyDiscovery, _ => FakeResponse.Json(200,
            """{"results":[{"columns":["a"],"data":[{"row":[1],"meta":[null]}]},{"columns":["b"],"data":[{"row":["x"],"meta":[null]}]}],"errors":[]}"""));
        using var runner = Runner(server, o => o.Database = "news");

        var results = await runner.RunInTransactionAsync([CypherStatement.Of("one", "RETURN 1 AS a"), CypherStatement.Of("two", "RETURN 'x' AS b")], Ct);

        Assert.Equal(Neo4jApi.Transactional, runner.ApiInUse);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/db/news/tx/commit", request.Path);
        Assert.Equal(["RETURN 1 AS a", "RETURN 'x' AS b"], request.Json.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("statement").GetString()));
        Assert.Equal(1L, results[0].Rows[0][0]);
        Assert.Equal("x", results[1].Rows[0][0]);
    }

    [Fact]
    public async Task Query_api_transactions_begin_run_and_commit_echoing_cluster_affinity()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, r => r.Path switch
        {
            "/db/neo4j/query/v2/tx" => FakeResponse.Json(202, """{"transaction":{"id":"lyU","expires":"2030-01-01T00:00:00Z"},"data":{"fields":[],"values":[]}}""",
                new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MTox" }),
            "/db/neo4j/query/v2/tx/lyU" => FakeResponse.Records(["n"], [1]),
            "/db/neo4j/query/v2/tx/lyU/commit" => FakeResponse.Json(202, """{"bookmarks":["FB:1"]}"""),
            _ => FakeResponse.Error(404, "Neo.ClientError.Request.Invalid"),
        });
        using var runner = Runner(server, o => { o.User = null; o.BearerToken = "tok-123"; });

        var results = await runner.RunInTransactionAsync([CypherStatement.Of("a", "RETURN 1 AS n"), CypherStatement.Of("b", "RETURN 1 AS n")], Ct);

        Assert.Equal(2, results.Count);
        var requests = server.Requests.ToList();
        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/lyU", "/db/neo4j/query/v2/tx/lyU", "/db/neo4j/query/v2/tx/lyU/commit"], requests.Select(r => r.Path));
        Assert.All(requests.Skip(1), r => Assert.Equal("MTox", r.Affinity));
        Assert.All(requests, r => Assert.Equal("Bearer tok-123", r.Authorization));
        Assert.Equal("RETURN 1 AS n", requests[1].Json.GetProperty("statement").GetString());
    }

    [Fact]
    public async Task A_failing_statement_rolls_the_transaction_back_and_is_not_retried()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, r => (r.Method, r.Path) switch
        {
            ("POST", "/db/neo4j/query/v2/tx") => FakeResponse.Json(202, """{"transaction":{"id":"t1","expires":"2030-01-01T00:00:00Z"}}"""),
            ("POST", "/db/neo4j/query/v2/tx/t1") => FakeResponse.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input"),
            ("DELETE", "/db/neo4j/query/v2/tx/t1") => FakeResponse.Json(200, "{}"),
            _ => FakeResponse.Error(404, "Neo.ClientError.Request.Invalid"),
        });
        using var runner = Runner(server);

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => runner.RunInTransactionAsync([CypherStatement.Of("bad", "RETURN")], Ct));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t1", "DELETE /db/neo4j/query/v2/tx/t1"], server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Transient_errors_are_retried_with_back_off_then_succeed()
    {
        var calls = 0;
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => Interlocked.Increment(ref calls) switch
        {
            1 => FakeResponse.Error(400, "Neo.TransientError.Transaction.DeadlockDetected"),
            2 => FakeResponse.Error(503, "Neo.TransientError.General.DatabaseUnavailable"),
            _ => FakeResponse.Records(["n"], [1]),
        });
        using var runner = Runner(server);

        var result = await VirtualTime.RunAsync(time, runner.RunAsync(Query, true, Ct), TimeSpan.FromSeconds(1));

        Assert.Equal(1L, result.Rows[0][0]);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(2, logger.Lines.Count(l => l.Message.Contains("retry", StringComparison.Ordinal)));
        Assert.True(logger.Contains("Neo.TransientError.Transaction.DeadlockDetected"));
        Assert.DoesNotContain(logger.Lines, l => l.Message.Contains("s3cret-pa55", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_error_inside_a_202_body_is_classified_by_its_code()
    {
        var calls = 0;
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => Interlocked.Increment(ref calls) == 1
            ? FakeResponse.Json(202, """{"data":{"fields":["n"],"values":[]},"errors":[{"code":"Neo.TransientError.Transaction.LockAcquisitionTimeout","message":"lock"}]}""")
            : FakeResponse.Records(["n"], [2]));
        using var runner = Runner(server);

        var result = await VirtualTime.RunAsync(time, runner.RunAsync(Query, true, Ct), TimeSpan.FromSeconds(1));

        Assert.Equal(2L, result.Rows[0][0]);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", 400)]
    [InlineData("Neo.TransientError.Transaction.Terminated", 400)]
    [InlineData("Neo.ClientError.Transaction.LockClientStopped", 400)]
    [InlineData("Neo.ClientError.Database.DatabaseNotFound", 404)]
    public async Task Client_errors_and_terminations_are_not_retried(string code, int status)
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => FakeResponse.Error(status, code, "no"));
        using var runner = Runner(server);

        var error = await Assert.ThrowsAnyAsync<Neo4jException>(() => runner.RunAsync(Query, true, Ct));

        Assert.Equal(code, error.Code);
        Assert.False(error.IsTransient);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Unauthorized_is_an_authentication_error_and_not_retried()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => FakeResponse.Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
        using var runner = Runner(server);

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => runner.RunAsync(Query, true, Ct));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Single(server.Requests);
        Assert.DoesNotContain("s3cret-pa55", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_until_the_retries_run_out()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => new FakeResponse(503, "<html>busy</html>"));
        using var runner = Runner(server, o => o.BreakerMinimumThroughput = 100);

        var task = runner.RunAsync(Query, true, Ct);
        await VirtualTime.DriveAsync(time, task, TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => task);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task A_call_that_never_answers_times_out()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => FakeResponse.Hang);
        using var runner = Runner(server, o => { o.MaxRetries = 0; o.RequestTimeout = TimeSpan.FromSeconds(30); });

        var task = runner.RunAsync(Query, true, Ct);
        await VirtualTime.DriveAsync(time, task, TimeSpan.FromSeconds(10));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => task);
        Assert.True(logger.Contains("timed out"));
    }

    [Fact]
    public async Task Repeated_failures_open_the_circuit_which_then_fails_fast_and_recovers()
    {
        var healthy = false;
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => healthy ? FakeResponse.Records(["n"], [1]) : new FakeResponse(503));
        using var runner = Runner(server, o =>
        {
            o.MaxRetries = 0;
            o.BreakerMinimumThroughput = 2;
            o.BreakerFailureRatio = 0.5;
            o.BreakerBreakDuration = TimeSpan.FromSeconds(30);
        });

        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => runner.RunAsync(Query, true, Ct));
        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => runner.RunAsync(Query, true, Ct));
        await Assert.ThrowsAsync<BrokenCircuitException>(() => runner.RunAsync(Query, true, Ct));
        Assert.Equal(2, server.Requests.Count);
        Assert.True(logger.Contains("circuit opened"));

        healthy = true;
        time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1L, (await runner.RunAsync(Query, true, Ct)).Rows[0][0]);
        Assert.True(logger.Contains("circuit closed"));
    }

    [Fact]
    public async Task Cancellation_stops_the_call_and_is_not_retried()
    {
        await using var server = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => FakeResponse.Hang);
        using var runner = Runner(server);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var task = runner.RunAsync(Query, true, cancel.Token);
        while (server.Requests.IsEmpty)
        {
            await Task.Delay(5, Ct);
        }

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_unavailable()
    {
        var closed = await FakeNeo4jServer.StartAsync(FakeNeo4jServer.QueryDiscovery, _ => FakeResponse.Records([]));
        var url = closed.Url;
        await closed.DisposeAsync();
        using var runner = new CypherRunner(new Neo4jOptions { Url = url, MaxRetries = 0 }, null, time, logger);

        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => runner.RunAsync(Query, true, Ct));
    }

    [Fact]
    public async Task Without_discovery_the_query_api_is_assumed_as_on_aura()
    {
        await using var server = await FakeNeo4jServer.StartAsync(null, _ => FakeResponse.Records(["n"], [1]));
        using var runner = Runner(server);

        await runner.RunAsync(Query, true, Ct);

        Assert.Equal("/db/neo4j/query/v2", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public void Options_never_print_secrets()
    {
        var options = new Neo4jOptions { User = "neo4j", Password = "hunter2-secret", BearerToken = "tok-secret" };

        Assert.DoesNotContain("hunter2-secret", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-secret", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("neo4j", options.ToString(), StringComparison.Ordinal);
    }
}
