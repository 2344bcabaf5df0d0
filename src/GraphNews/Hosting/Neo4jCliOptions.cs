using System.CommandLine;

namespace GraphNews.Cli.Hosting;

/// <summary>Neo4j connection flags, accepted by every verb that opens a store (recursive options of the root command).</summary>
internal static class Neo4jCliOptions
{
    public static readonly Option<string?> Url = new("--neo4j-url") { Recursive = true, Description = "Neo4j HTTP address, e.g. http://localhost:7474 (also GRAPHNEWS__NEO4J__URL)." };
    public static readonly Option<string?> User = new("--neo4j-user") { Recursive = true, Description = "Neo4j user (also GRAPHNEWS__NEO4J__USER)." };
    public static readonly Option<string?> Password = new("--neo4j-password") { Recursive = true, Description = "Neo4j password (also GRAPHNEWS__NEO4J__PASSWORD); never logged." };
    public static readonly Option<string?> Database = new("--neo4j-database") { Recursive = true, Description = "Neo4j database (default neo4j; also GRAPHNEWS__NEO4J__DATABASE)." };
    public static readonly Option<string?> Outbox = new("--outbox") { Recursive = true, Description = "File of the durable outbox that holds accepted writes until Neo4j has them (default graphnews-outbox.db)." };

    public static IEnumerable<Option> All => [Url, User, Password, Database, Outbox];
}
