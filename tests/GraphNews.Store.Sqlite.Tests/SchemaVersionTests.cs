using Microsoft.Data.Sqlite;

namespace GraphNews.Store.Sqlite.Tests;

public sealed class SchemaVersionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_database_of_another_schema_version_is_refused_and_left_as_it_was()
    {
        var path = new TempDatabase().Path;
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE schema_info (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO schema_info VALUES ('version', '1');";
            await create.ExecuteNonQueryAsync(Ct);
        }

        await using var store = new SqliteGraphStore(path);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(Ct));

        Assert.Contains("schema version 1", error.Message, StringComparison.Ordinal);
        await using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        await check.OpenAsync(Ct);
        await using var tables = check.CreateCommand();
        tables.CommandText = "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal("schema_info", await tables.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task Opening_a_current_database_again_keeps_its_contents()
    {
        var path = new TempDatabase().Path;
        await using (var first = new SqliteGraphStore(path))
        {
            await first.InitializeAsync(Ct);
            await first.UpsertArticleAsync(Contract.ContractGraphs.TrumpCallsPutin(), Ct);
        }

        await using var second = new SqliteGraphStore(path);
        await second.InitializeAsync(Ct);
        Assert.Equal(1, (await second.GetStatsAsync(Ct)).Articles);
    }
}
