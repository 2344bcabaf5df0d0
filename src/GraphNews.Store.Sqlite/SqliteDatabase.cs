using Microsoft.Data.Sqlite;

namespace GraphNews.Store.Sqlite;

/// <summary>
/// One SQLite file as the stores open it: pooled connections whose timeout is also SQLite's busy
/// timeout, and the SQL scripts embedded beside the code.
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string connectionString;

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>
    /// An open connection. Readers need nothing else; a writer also relaxes fsync to once per WAL
    /// checkpoint, which WAL keeps crash-safe.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, bool forWriting = false)
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

    public static string LoadSql(string name)
    {
        using var stream = typeof(SqliteDatabase).Assembly.GetManifestResourceStream($"GraphNews.Store.Sqlite.Sql.{name}")
            ?? throw new InvalidOperationException($"SQL resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
