using System.CommandLine;
using GraphNews.Store.Neo4j;
using Microsoft.Extensions.Configuration;

namespace GraphNews.Cli.Hosting;

internal enum StoreKind
{
    Sqlite,
    Neo4j,
}

/// <summary>Which store to use and how to reach it: command line first, then GRAPHNEWS__* environment variables, then appsettings.json.</summary>
internal sealed record StoreSettings(StoreKind Kind, string DatabasePath, Neo4jOptions Neo4j, string OutboxPath)
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

        var neo4j = new Neo4jOptions();
        configuration.GetSection("NEO4J").Bind(neo4j);
        if (parse.GetValue(Neo4jCliOptions.Url) is { } url)
        {
            neo4j.Url = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : throw new CliException($"--neo4j-url '{url}' is not an absolute URL.");
        }

        neo4j.User = parse.GetValue(Neo4jCliOptions.User) ?? neo4j.User;
        neo4j.Password = parse.GetValue(Neo4jCliOptions.Password) ?? neo4j.Password;
        neo4j.Database = parse.GetValue(Neo4jCliOptions.Database) ?? neo4j.Database;
        var outbox = parse.GetValue(Neo4jCliOptions.Outbox) ?? configuration["OUTBOX"] ?? Neo4jOutboxHost.DefaultOutboxFile;
        if (kind == StoreKind.Neo4j)
        {
            try
            {
                neo4j.Validate();
            }
            catch (ArgumentException e)
            {
                throw new CliException($"Neo4j settings: {e.Message}");
            }
        }

        return new StoreSettings(kind, path, neo4j, outbox);
    }

    /// <summary>Where the story index lives: in the embedded database; with Neo4j, in a file beside the outbox.</summary>
    public string StoryIndexPath => Kind == StoreKind.Sqlite ? DatabasePath : Path.ChangeExtension(OutboxPath, ".stories.db");
}
