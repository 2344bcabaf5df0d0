using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace GraphNews.Cli.Hosting;

internal enum StoreKind
{
    Sqlite,
    Neo4j,
}

/// <summary>Which store to use and how to reach it: command line first, then environment, then appsettings.json.</summary>
internal sealed record StoreSettings(StoreKind Kind, string DatabasePath)
{
    public static StoreSettings From(ParseResult parse, Option<string?> store, Option<string> db, IConfiguration configuration)
    {
        var kindText = parse.GetValue(store) ?? configuration["STORE"] ?? "sqlite";
        if (!Enum.TryParse<StoreKind>(kindText, ignoreCase: true, out var kind))
        {
            throw new CliException($"--store must be sqlite or neo4j, not '{kindText}'.");
        }

        var dbResult = parse.GetResult(db);
        var path = dbResult is { Implicit: false } ? parse.GetValue(db)! : configuration["DB"] ?? parse.GetValue(db)!;
        return new StoreSettings(kind, path);
    }
}
