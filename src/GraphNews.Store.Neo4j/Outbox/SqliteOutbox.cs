using System.Globalization;
using GraphNews.Domain;
using Microsoft.Data.Sqlite;

namespace GraphNews.Store.Neo4j.Outbox;

/// <summary>
/// A durable local queue (one SQLite file) of writes accepted for Neo4j. An enqueue is committed with
/// full sync before it returns, so an acknowledged article survives a crash or a Neo4j outage.
/// A newer write for an article supersedes its older queued ones (each write fully determines the
/// article's state), so the queue never replays stale versions. Story-link entries are keyed apart from the article's
/// own writes (<see cref="StoryLinksKeyPrefix"/>): a newer one supersedes only an older one of the same article.
/// </summary>
public sealed class SqliteOutbox : IOutboxStatus, IAsyncDisposable
{
    private const string Schema =
        """
        CREATE TABLE IF NOT EXISTS outbox (
            seq              INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id       TEXT NOT NULL,
            operation        TEXT NOT NULL,
            payload          TEXT,
            state            TEXT NOT NULL DEFAULT 'pending',
            attempts         INTEGER NOT NULL DEFAULT 0,
            enqueued_at      TEXT NOT NULL,
            next_attempt_at  TEXT NOT NULL,
            last_error       TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_outbox_due ON outbox (state, next_attempt_at, seq);
        CREATE INDEX IF NOT EXISTS ix_outbox_article ON outbox (article_id);
        CREATE TABLE IF NOT EXISTS outbox_info (
            key    TEXT PRIMARY KEY,
            value  TEXT
        ) WITHOUT ROWID;
        """;

    private const string StoryLinksKeyPrefix = "story-links\u001f";

    private readonly string connectionString;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile TaskCompletionSource workArrived = NewSignal();

    public SqliteOutbox(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        time = timeProvider ?? TimeProvider.System;
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 }.ToString();
    }

    public string Path { get; }

    /// <summary>Completes when something was enqueued since the last call to <see cref="TakeDueAsync"/>.</summary>
    public Task WorkArrived => workArrived.Task;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, Schema, cancellationToken).ConfigureAwait(false);
    }

    public Task EnqueueUpsertsAsync(IReadOnlyList<ArticleGraph> graphs, CancellationToken cancellationToken = default) =>
        EnqueueAsync(graphs.Select(g => (g.Article.Id, OutboxOperation.Upsert, (string?)ArticleGraphPayload.Serialize(g))).ToList(), cancellationToken);

    public Task EnqueueDeleteAsync(string articleId, CancellationToken cancellationToken = default) =>
        EnqueueAsync([(articleId, OutboxOperation.Delete, null)], cancellationToken);

    /// <summary>Queues writing the articles' story links and stories to Neo4j (read from the story index when delivered).</summary>
    public Task EnqueueStoryLinksAsync(IEnumerable<string> articleIds, CancellationToken cancellationToken = default) =>
        EnqueueAsync(articleIds.Distinct(StringComparer.Ordinal).Select(id => (StoryLinksKeyPrefix + id, OutboxOperation.StoryLinks, (string?)null)).ToList(), cancellationToken);

    /// <summary>True when an upsert of the article is queued or failed (not yet in Neo4j).</summary>
    public async Task<bool> HasQueuedUpsertAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT EXISTS (SELECT 1 FROM outbox WHERE article_id = @id AND operation = 'Upsert')", ("@id", articleId));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>The oldest pending entries whose retry time has come, in queue order.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> TakeDueAsync(int max, CancellationToken cancellationToken = default)
    {
        workArrived = NewSignal();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            """
            SELECT seq, operation, article_id, payload, attempts FROM outbox
            WHERE state = 'pending' AND next_attempt_at <= @now ORDER BY seq LIMIT @max
            """, ("@now", Stamp(time.GetUtcNow())), ("@max", max));
        var entries = new List<OutboxEntry>();
        var unreadable = new List<(long Sequence, string Error)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    var operation = Enum.Parse<OutboxOperation>(reader.GetString(1));
                    var graph = operation == OutboxOperation.Upsert ? ArticleGraphPayload.Deserialize(reader.GetString(3)) : null;
                    var key = reader.GetString(2);
                    var articleId = operation == OutboxOperation.StoryLinks && key.StartsWith(StoryLinksKeyPrefix, StringComparison.Ordinal) ? key[StoryLinksKeyPrefix.Length..] : key;
                    entries.Add(new OutboxEntry(reader.GetInt64(0), operation, articleId, graph, reader.GetInt32(4)));
                }
                catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or ArgumentException or InvalidCastException)
                {
                    unreadable.Add((reader.GetInt64(0), $"The queued entry cannot be read: {e.Message}"));
                }
            }
        }

        // A damaged entry is parked, not retried for ever and not allowed to block the queue.
        foreach (var (sequence, error) in unreadable)
        {
            await FailAsync(sequence, error, cancellationToken).ConfigureAwait(false);
        }

        return entries;
    }

    /// <summary>Removes entries that reached Neo4j.</summary>
    public Task CompleteAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken = default) =>
        UpdateAsync(sequences, "DELETE FROM outbox WHERE seq = @seq", [], "last_written_at", null, cancellationToken);

    /// <summary>Keeps entries pending and schedules their next attempt.</summary>
    public Task DeferAsync(IReadOnlyCollection<long> sequences, string error, DateTimeOffset nextAttempt, CancellationToken cancellationToken = default) =>
        UpdateAsync(sequences, "UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next WHERE seq = @seq",
            [("@error", error), ("@next", Stamp(nextAttempt))], "last_error", error, cancellationToken);

    /// <summary>Parks an entry Neo4j refused as invalid: kept for inspection and <see cref="RequeueFailedAsync"/>, no longer retried.</summary>
    public Task FailAsync(long sequence, string error, CancellationToken cancellationToken = default) =>
        UpdateAsync([sequence], "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = @error WHERE seq = @seq",
            [("@error", error)], "last_error", error, cancellationToken);

    /// <summary>Records a failure that concerns no entry in particular (e.g. the schema could not be applied).</summary>
    public Task RecordErrorAsync(string error, CancellationToken cancellationToken = default) =>
        UpdateAsync([], "", [], "last_error", error, cancellationToken);

    /// <summary>Puts every failed entry back in the queue (after the cause was fixed).</summary>
    public async Task<int> RequeueFailedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "UPDATE outbox SET state = 'pending', next_attempt_at = @now WHERE state = 'failed'", ("@now", Stamp(time.GetUtcNow())));
        var count = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        Signal();
        return count;
    }

    public async Task<OutboxStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            """
            SELECT (SELECT count(*) FROM outbox WHERE state = 'pending'),
                   (SELECT count(*) FROM outbox WHERE state = 'failed'),
                   (SELECT min(enqueued_at) FROM outbox WHERE state = 'pending'),
                   (SELECT value FROM outbox_info WHERE key = 'last_error'),
                   (SELECT value FROM outbox_info WHERE key = 'last_error_at'),
                   (SELECT value FROM outbox_info WHERE key = 'last_written_at')
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new OutboxStatus(
            reader.GetInt32(0),
            reader.GetInt32(1),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            ParseStamp(reader, 4),
            ParseStamp(reader, 5),
            ParseStamp(reader, 2));
    }

    public ValueTask DisposeAsync()
    {
        gate.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task EnqueueAsync(IReadOnlyList<(string ArticleId, OutboxOperation Operation, string? Payload)> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        var now = Stamp(time.GetUtcNow());
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = connection.BeginTransaction();
            foreach (var (articleId, operation, payload) in items)
            {
                await using (var supersede = Command(connection, transaction, "DELETE FROM outbox WHERE article_id = @id", ("@id", articleId)))
                {
                    await supersede.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var insert = Command(connection, transaction,
                    "INSERT INTO outbox (article_id, operation, payload, enqueued_at, next_attempt_at) VALUES (@id, @operation, @payload, @now, @now)",
                    ("@id", articleId), ("@operation", operation.ToString()), ("@payload", payload), ("@now", now));
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }

        Signal();
    }

    private async Task UpdateAsync(
        IReadOnlyCollection<long> sequences, string sql, (string, object?)[] parameters, string infoKey, string? error, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = connection.BeginTransaction();
            foreach (var sequence in sequences)
            {
                await using var command = Command(connection, transaction, sql, [.. parameters, ("@seq", sequence)]);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var now = Stamp(time.GetUtcNow());
            (string Key, string? Value)[] info = error is null
                ? [(infoKey, now)]
                : [(infoKey, error), ("last_error_at", now)];
            foreach (var (key, value) in info)
            {
                await using var command = Command(connection, transaction, "INSERT OR REPLACE INTO outbox_info (key, value) VALUES (@key, @value)", ("@key", key), ("@value", value));
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private void Signal() => workArrived.TrySetResult();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Sortable UTC text, so SQLite compares times as strings.</summary>
    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseStamp(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
