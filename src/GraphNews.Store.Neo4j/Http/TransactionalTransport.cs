using System.Text.Json;

namespace GraphNews.Store.Neo4j.Http;

/// <summary>
/// The transactional HTTP endpoint (Neo4j 4.4–5.x, not Aura). Everything goes to <c>/db/{db}/tx/commit</c>:
/// several statements in one request run in one transaction, which Neo4j rolls back on any error.
/// Status is 200 even on errors, so the <c>errors</c> array decides.
/// </summary>
internal sealed class TransactionalTransport(Neo4jHttpConnection connection) : ICypherTransport
{
    public async Task<CypherResult> RunAsync(CypherStatement statement, bool readOnly, CancellationToken cancellationToken) =>
        (await SendAsync([statement], cancellationToken).ConfigureAwait(false))[0];

    public Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        SendAsync(statements, cancellationToken);

    private async Task<IReadOnlyList<CypherResult>> SendAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var response = await connection.SendAsync(
            HttpMethod.Post, connection.DatabasePath("tx/commit"), w => WriteStatements(w, statements),
            false, null, cancellationToken).ConfigureAwait(false);
        var results = ReadResults(response.Body);
        if (results.Count != statements.Count)
        {
            throw new Neo4jProtocolException($"Neo4j returned {results.Count} results for {statements.Count} statements.");
        }

        return results;
    }

    private static void WriteStatements(Utf8JsonWriter writer, IReadOnlyList<CypherStatement> statements)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("statements");
        foreach (var statement in statements)
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            CypherJson.WriteParameters(writer, statement.Parameters);
            writer.WriteStartArray("resultDataContents");
            writer.WriteStringValue("row");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static List<CypherResult> ReadResults(JsonElement body)
    {
        var results = new List<CypherResult>();
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("results", out var items))
        {
            return results;
        }

        foreach (var item in items.EnumerateArray())
        {
            var fields = item.TryGetProperty("columns", out var c) ? c.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
            var rows = new List<IReadOnlyList<object?>>();
            if (item.TryGetProperty("data", out var data))
            {
                foreach (var record in data.EnumerateArray())
                {
                    if (!record.TryGetProperty("row", out var row) || row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != fields.Count)
                    {
                        throw new Neo4jProtocolException("A transactional-endpoint record has no 'row' with one value per column.");
                    }

                    rows.Add(row.EnumerateArray().Select(CypherJson.ReadValue).ToList());
                }
            }

            results.Add(new CypherResult(fields, rows));
        }

        return results;
    }
}
