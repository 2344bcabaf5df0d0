using GraphNews.Domain;
using GraphNews.Domain.Storage;
using Microsoft.Data.Sqlite;

namespace GraphNews.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so readers never wait for the writer.
/// Writes are serialised in-process (one writer at a time, as SQLite allows); a batch of articles is
/// one transaction, so every article in it lands wholly or not at all.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private const int SchemaVersion = 2;

    private readonly SqliteDatabase database;
    private readonly RelationOntology ontology;
    private readonly SemaphoreSlim writeLock = new(1, 1);

    public SqliteGraphStore(string path, RelationOntology? ontology = null)
    {
        database = new SqliteDatabase(path);
        this.ontology = ontology ?? RelationOntology.Default;
    }

    /// <summary>The database file.</summary>
    public string Path => database.Path;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = await OpenAsync(cancellationToken, forWriting: true);
        await connection.Command("PRAGMA journal_mode = WAL;").ExecuteAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        // The version is read before the schema script runs: a file from another version must be refused as it is, untouched.
        var version = await connection.HasTableAsync("schema_info", cancellationToken, transaction)
            ? await connection.Command("SELECT value FROM schema_info WHERE key = 'version'", transaction).ScalarAsync<string>(cancellationToken)
            : null;
        if (version is not null && version != SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"The database {Path} has schema version {version}; this GraphNews expects {SchemaVersion}. Use a new --db file and ingest again.");
        }

        await connection.Command(SqliteDatabase.LoadSql("schema.sql"), transaction).ExecuteAsync(cancellationToken);
        await connection.Command("INSERT OR IGNORE INTO schema_info (key, value) VALUES ('version', @v)", transaction)
            .With("@v", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)).ExecuteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        writeLock.Dispose();
        return ValueTask.CompletedTask;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, bool forWriting = false) =>
        database.OpenAsync(cancellationToken, forWriting);

    /// <summary>The case- and space-insensitive form names and aliases are looked up by.</summary>
    internal static string NameKey(string name) => NameKeys.For(name);
}
