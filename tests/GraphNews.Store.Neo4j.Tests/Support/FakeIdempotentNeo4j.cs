using System.Text.Json;
using GraphNews.Store.Neo4j;

namespace GraphNews.Store.Neo4j.Tests.Support;

/// <summary>
/// The state a fake transactional endpoint keeps: which articles were committed (and how often), so a
/// test can check the effect of ingesting through outages. It answers the fingerprint query from
/// what was committed, like a real database would, and can be told to fail.
/// </summary>
public sealed class FakeIdempotentNeo4j
{
    private readonly object sync = new();
    private readonly Dictionary<string, string> fingerprints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> commits = new(StringComparer.Ordinal);
    private readonly string articlesStatement = CypherCatalog.Get("write/articles.cypher");
    private readonly string fingerprintStatement = CypherCatalog.Get("write/fingerprints.cypher");
    private int requests;

    /// <summary>While set, every request fails, alternating HTTP 503 and a transient error inside a 200 body.</summary>
    public bool Failing { get; set; }

    public int FailedRequests { get; private set; }

    public IReadOnlyDictionary<string, int> Commits
    {
        get
        {
            lock (sync)
            {
                return new Dictionary<string, int>(commits, StringComparer.Ordinal);
            }
        }
    }

    public int CommittedArticles
    {
        get
        {
            lock (sync)
            {
                return commits.Count;
            }
        }
    }

    public FakeResponse Handle(FakeRequest request)
    {
        lock (sync)
        {
            requests++;
            if (Failing)
            {
                FailedRequests++;
                return requests % 2 == 0
                    ? new FakeResponse(503)
                    : FakeResponse.Json(200, """{"results":[],"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"starting"}]}""");
            }

            var results = new List<object>();
            var written = new List<(string Id, string Fingerprint)>();
            foreach (var statement in request.Json.GetProperty("statements").EnumerateArray())
            {
                var text = statement.GetProperty("statement").GetString();
                var parameters = statement.GetProperty("parameters");
                if (text == fingerprintStatement)
                {
                    var rows = parameters.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!)
                        .Where(fingerprints.ContainsKey).Select(id => new { row = new object[] { id, fingerprints[id] } }).ToList();
                    results.Add(new { columns = new[] { "id", "fingerprint" }, data = rows });
                    continue;
                }

                if (text == articlesStatement)
                {
                    written.AddRange(parameters.GetProperty("articles").EnumerateArray()
                        .Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("fingerprint").GetString()!)));
                }

                results.Add(new { columns = Array.Empty<string>(), data = Array.Empty<object>() });
            }

            foreach (var (id, fingerprint) in written)
            {
                fingerprints[id] = fingerprint;
                commits[id] = commits.GetValueOrDefault(id) + 1;
            }

            return FakeResponse.Json(200, JsonSerializer.Serialize(new { results, errors = Array.Empty<object>() }));
        }
    }
}
