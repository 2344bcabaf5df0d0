using GraphNews.Domain;
using GraphNews.Domain.Storage;
using Microsoft.Data.Sqlite;

namespace GraphNews.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so readers never wait for the writer.
/// Writes are serialised in-process (one writer at a time, as SQLite allows); every article is
/// written in its own savepoint, so it lands wholly or not at all.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private const int SchemaVersion = 1;

    private readonly string connectionString;
    private readonly RelationOntology ontology;
    private readonly SemaphoreSlim writeLock = new(1, 1);

    public SqliteGraphStore(string path, RelationOntology? ontology = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        this.ontology = ontology ?? RelationOntology.Default;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

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
        await connection.Command(LoadSql("schema.sql"), transaction).ExecuteAsync(cancellationToken);
        var version = await connection.Command("SELECT value FROM schema_info WHERE key = 'version'", transaction).ScalarAsync<string>(cancellationToken);
        if (version is not null && version != SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"The database {Path} has schema version {version}; this GraphNews expects {SchemaVersion}. Use a new --db file.");
        }

        await connection.Command("INSERT OR IGNORE INTO schema_info (key, value) VALUES ('version', @v)", transaction)
            .With("@v", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)).ExecuteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        writeLock.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A pooled connection. Readers need nothing else (the connection string's timeout is SQLite's busy
    /// timeout); the writer also relaxes fsync to once per WAL checkpoint, which WAL keeps crash-safe.
    /// </summary>
    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, bool forWriting = false)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (forWriting)
            {
                await connection.Command("PRAGMA synchronous = NORMAL;").ExecuteAsync(cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static string LoadSql(string name)
    {
        using var stream = typeof(SqliteGraphStore).Assembly.GetManifestResourceStream($"GraphNews.Store.Sqlite.Sql.{name}")
            ?? throw new InvalidOperationException($"SQL resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The case- and space-insensitive form names and aliases are looked up by.</summary>
    internal static string NameKey(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
