using System.Collections.Frozen;
using System.Reflection;

namespace GraphNews.Store.Neo4j;

/// <summary>
/// The Cypher kept in <c>cypher/**/*.cypher</c>, embedded in this assembly. Files are named by their
/// path under <c>cypher/</c>, e.g. <c>queries/find-facts.cypher</c>.
/// </summary>
public static class CypherCatalog
{
    private const string Prefix = "GraphNews.Cypher.";

    private static readonly Lazy<FrozenDictionary<string, string>> Files = new(Load);

    /// <summary>Every embedded file, by path under <c>cypher/</c> with forward slashes.</summary>
    public static IReadOnlyCollection<string> Names => Files.Value.Keys;

    public static string Get(string path) =>
        Files.Value.TryGetValue(path, out var text)
            ? text
            : throw new InvalidOperationException($"The Cypher file {path} is not embedded in {typeof(CypherCatalog).Assembly.GetName().Name}.");

    /// <summary>The statements of a script such as schema.cypher: split at semicolons that end a line, comments dropped.</summary>
    public static IReadOnlyList<string> Statements(string path)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var raw in Get(path).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var trimmed = line.TrimEnd();
            if (trimmed.EndsWith(';'))
            {
                current.Add(trimmed[..^1]);
                statements.Add(string.Join('\n', current).Trim());
                current.Clear();
            }
            else if (trimmed.Length > 0)
            {
                current.Add(trimmed);
            }
        }

        if (current.Count > 0)
        {
            statements.Add(string.Join('\n', current).Trim());
        }

        return statements.Where(s => s.Length > 0).ToList();
    }

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(CypherCatalog).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var path = name[Prefix.Length..].Replace('\\', '/');
            files[path] = Read(assembly, name);
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
