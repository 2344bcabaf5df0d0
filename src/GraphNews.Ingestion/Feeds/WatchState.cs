using System.Globalization;
using GraphNews.Ingestion.Fetching;
using Microsoft.Data.Sqlite;

namespace GraphNews.Ingestion.Feeds;

/// <summary>
/// What the feed watcher must remember across restarts, in a small SQLite file of its own: which items of
/// each feed were already ingested, and each URL's HTTP validators for conditional GETs.
/// </summary>
public sealed class WatchState : IHttpValidatorStore, IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    public WatchState(string path)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS seen_items (feed TEXT NOT NULL, item_key TEXT NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (feed, item_key));
            CREATE TABLE IF NOT EXISTS http_validators (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
            """);
    }

    /// <summary>The state file that goes with a database: <c>news.db</c> → <c>news.watch.db</c>.</summary>
    public static string PathFor(string databasePath) => Path.ChangeExtension(databasePath, ".watch.db");

    public bool IsSeen(string feed, string itemKey)
    {
        lock (gate)
        {
            using var command = Command("SELECT 1 FROM seen_items WHERE feed = $feed AND item_key = $key", ("$feed", feed), ("$key", itemKey));
            return command.ExecuteScalar() is not null;
        }
    }

    public void MarkSeen(string feed, IEnumerable<string> itemKeys, DateTimeOffset when)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            foreach (var key in itemKeys)
            {
                using var command = Command("INSERT OR IGNORE INTO seen_items (feed, item_key, seen_at) VALUES ($feed, $key, $at)",
                    ("$feed", feed), ("$key", key), ("$at", when.ToString("O", CultureInfo.InvariantCulture)));
                command.Transaction = transaction;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    public int CountSeen(string feed)
    {
        lock (gate)
        {
            using var command = Command("SELECT count(*) FROM seen_items WHERE feed = $feed", ("$feed", feed));
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    public HttpValidators? Get(Uri uri)
    {
        lock (gate)
        {
            using var command = Command("SELECT etag, last_modified FROM http_validators WHERE url = $url", ("$url", uri.AbsoluteUri));
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            DateTimeOffset? lastModified = reader.IsDBNull(1) ? null : DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
            return new HttpValidators(reader.IsDBNull(0) ? null : reader.GetString(0), lastModified);
        }
    }

    public void Set(Uri uri, HttpValidators validators)
    {
        lock (gate)
        {
            using var command = Command(
                "INSERT INTO http_validators (url, etag, last_modified) VALUES ($url, $etag, $lm) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified",
                ("$url", uri.AbsoluteUri), ("$etag", validators.ETag), ("$lm", validators.LastModified?.ToString("O", CultureInfo.InvariantCulture)));
            command.ExecuteNonQuery();
        }
    }

    public void Dispose() => connection.Dispose();

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
