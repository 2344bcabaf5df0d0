using GraphNews.Domain.Storage;
using GraphNews.Store.Contract;

namespace GraphNews.Store.Sqlite.Tests;

/// <summary>The shared store contract, run against a fresh SQLite file per test.</summary>
public sealed class SqliteContractTests : GraphStoreContract
{
    private readonly TempDatabase database = new();

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var store = new SqliteGraphStore(database.Path);
        await store.InitializeAsync(Ct);
        return store;
    }
}
