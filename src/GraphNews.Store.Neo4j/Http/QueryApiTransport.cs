using System.Text.Json;

namespace GraphNews.Store.Neo4j.Http;

/// <summary>
/// The Query API (<c>/db/{db}/query/v2</c>). Success is 202. A multi-statement write uses an explicit
/// transaction (begin, one request per statement, commit) and echoes <c>neo4j-cluster-affinity</c>;
/// on any failure it rolls back.
/// </summary>
internal sealed class QueryApiTransport(Neo4jHttpConnection connection) : ICypherTransport
{
    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(5);

    public async Task<CypherResult> RunAsync(CypherStatement statement, bool readOnly, CancellationToken cancellationToken)
    {
        var response = await connection.SendAsync(
            HttpMethod.Post, connection.DatabasePath("query/v2"), w => WriteStatement(w, statement, readOnly),
            connection.Options.TypedResults, null, cancellationToken).ConfigureAwait(false);
        return ReadResult(response.Body);
    }

    public async Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var begun = await connection.SendAsync(
            HttpMethod.Post, connection.DatabasePath("query/v2/tx"), w => { w.WriteStartObject(); w.WriteEndObject(); },
            connection.Options.TypedResults, null, cancellationToken).ConfigureAwait(false);
        var id = TransactionId(begun.Body);
        var affinity = begun.ClusterAffinity;
        var committed = false;
        try
        {
            var results = new List<CypherResult>(statements.Count);
            foreach (var statement in statements)
            {
                var response = await connection.SendAsync(
                    HttpMethod.Post, connection.DatabasePath($"query/v2/tx/{Uri.EscapeDataString(id)}"), w => WriteStatement(w, statement, false),
                    connection.Options.TypedResults, affinity, cancellationToken).ConfigureAwait(false);
                affinity = response.ClusterAffinity ?? affinity;
                results.Add(ReadResult(response.Body));
            }

            await connection.SendAsync(
                HttpMethod.Post, connection.DatabasePath($"query/v2/tx/{Uri.EscapeDataString(id)}/commit"), w => { w.WriteStartObject(); w.WriteEndObject(); },
                connection.Options.TypedResults, affinity, cancellationToken).ConfigureAwait(false);
            committed = true;
            return results;
        }
        finally
        {
            if (!committed)
            {
                await RollbackQuietlyAsync(id, affinity).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Best effort: the server also expires idle transactions, and it may have closed this one already after an error.</summary>
    private async Task RollbackQuietlyAsync(string id, string? affinity)
    {
        using var timeout = new CancellationTokenSource(RollbackTimeout);
        try
        {
            await connection.SendAsync(
                HttpMethod.Delete, connection.DatabasePath($"query/v2/tx/{Uri.EscapeDataString(id)}"), null,
                false, affinity, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            // The original failure is what the caller needs to see.
        }
    }

    private static void WriteStatement(Utf8JsonWriter writer, CypherStatement statement, bool readOnly)
    {
        writer.WriteStartObject();
        writer.WriteString("statement", statement.Text);
        writer.WritePropertyName("parameters");
        CypherJson.WriteParameters(writer, statement.Parameters);
        if (readOnly)
        {
            writer.WriteString("accessMode", "Read");
        }

        writer.WriteEndObject();
    }

    private static string TransactionId(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id)
            && id.GetString() is { Length: > 0 } text
            ? text
            : throw new Neo4jProtocolException("Neo4j began a transaction but did not say its id.");

    internal static CypherResult ReadResult(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return CypherResult.Empty;
        }

        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        var rows = new List<IReadOnlyList<object?>>();
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in values.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != fields.Count)
                {
                    throw new Neo4jProtocolException("A Query API record is not an array with one value per field.");
                }

                rows.Add(row.EnumerateArray().Select(CypherJson.ReadValue).ToList());
            }
        }

        return new CypherResult(fields, rows);
    }
}
