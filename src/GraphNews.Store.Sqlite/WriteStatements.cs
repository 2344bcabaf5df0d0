using Microsoft.Data.Sqlite;

namespace GraphNews.Store.Sqlite;

/// <summary>
/// The statements of one write transaction, prepared once and reused for every row: parsing and
/// planning each INSERT again per row would cost more than the insert itself.
/// </summary>
internal sealed class WriteStatements : IAsyncDisposable
{
    private readonly List<SqliteCommand> all = [];

    public WriteStatements(SqliteConnection connection, SqliteTransaction transaction)
    {
        SqliteCommand Prepare(string sql, int parameters)
        {
            var command = connection.Command(sql, transaction);
            for (var i = 1; i <= parameters; i++)
            {
                command.Parameters.Add(new SqliteParameter("@p" + i, null));
            }

            all.Add(command);
            return command;
        }

        Fingerprint = Prepare("SELECT fingerprint FROM articles WHERE id = @p1", 1);
        UpsertArticle = Prepare(
            """
            INSERT INTO articles (id, title, text, published, url, source, license, byline, fingerprint)
            VALUES (@p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, text = excluded.text, published = excluded.published,
                url = excluded.url, source = excluded.source, license = excluded.license, byline = excluded.byline,
                fingerprint = excluded.fingerprint
            """, 9);
        InsertEntity = Prepare("INSERT OR IGNORE INTO entities (id, label, name, name_key) VALUES (@p1, @p2, @p3, @p4)", 4);
        InsertMention = Prepare("INSERT OR IGNORE INTO mentions (article_id, entity_id) VALUES (@p1, @p2)", 2);
        InsertAlias = Prepare("INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, article_id) VALUES (@p1, @p2, @p3, @p4)", 4);
        InsertFact = Prepare(
            """
            INSERT OR IGNORE INTO facts (id, type, source_id, target_id, symmetric, modality, date, role)
            VALUES (@p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)
            """, 8);
        UpsertEvidence = Prepare(
            """
            INSERT INTO evidence (fact_id, article_id, start, "end", sentence, confidence)
            VALUES (@p1, @p2, @p3, @p4, @p5, @p6)
            ON CONFLICT (fact_id, article_id, start) DO UPDATE SET confidence = max(confidence, excluded.confidence)
            """, 6);
        UpsertFactArticle = Prepare(
            """
            INSERT INTO fact_articles (fact_id, article_id, published, confidence) VALUES (@p1, @p2, @p3, @p4)
            ON CONFLICT (fact_id, article_id) DO UPDATE SET confidence = excluded.confidence WHERE excluded.confidence > confidence
            """, 4);
        InsertTopic = Prepare("INSERT OR IGNORE INTO fact_topics (fact_id, topic_id, article_id) VALUES (@p1, @p2, @p3)", 3);
        InsertCandidate = Prepare(
            """
            INSERT OR REPLACE INTO identity_candidates (article_id, entity_id, candidate_id, score, reason)
            VALUES (@p1, @p2, @p3, @p4, @p5)
            """, 5);
        FactsOfArticle = Prepare("SELECT DISTINCT fact_id FROM evidence WHERE article_id = @p1", 1);
        EntitiesOfArticle = Prepare("SELECT entity_id FROM mentions WHERE article_id = @p1", 1);
        DeleteContributions =
        [
            Prepare("DELETE FROM evidence WHERE article_id = @p1", 1),
            Prepare("DELETE FROM fact_articles WHERE article_id = @p1", 1),
            Prepare("DELETE FROM fact_topics WHERE article_id = @p1", 1),
            Prepare("DELETE FROM entity_aliases WHERE article_id = @p1", 1),
            Prepare("DELETE FROM mentions WHERE article_id = @p1", 1),
            Prepare("DELETE FROM identity_candidates WHERE article_id = @p1", 1),
        ];
    }

    public SqliteCommand Fingerprint { get; }

    public SqliteCommand UpsertArticle { get; }

    public SqliteCommand InsertEntity { get; }

    public SqliteCommand InsertMention { get; }

    public SqliteCommand InsertAlias { get; }

    public SqliteCommand InsertFact { get; }

    public SqliteCommand UpsertEvidence { get; }

    public SqliteCommand UpsertFactArticle { get; }

    public SqliteCommand InsertTopic { get; }

    public SqliteCommand InsertCandidate { get; }

    public SqliteCommand FactsOfArticle { get; }

    public SqliteCommand EntitiesOfArticle { get; }

    public IReadOnlyList<SqliteCommand> DeleteContributions { get; }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in all)
        {
            await command.DisposeAsync();
        }
    }
}

/// <summary>Running a prepared statement with positional values (@p1, @p2, …).</summary>
internal static class PreparedCommandExtensions
{
    public static Task<int> RunAsync(this SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static Task<object?> ScalarOfAsync(this SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteScalarAsync(cancellationToken);
    }

    public static async Task<List<string>> ReadStringsAsync(this SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        Bind(command, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
