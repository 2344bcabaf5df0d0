namespace GraphNews.Store.Neo4j.Http;

/// <summary>One parameterised Cypher statement. <see cref="Name"/> says where the text came from (the .cypher file), for logs and errors.</summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public static CypherStatement Of(string name, string text, params (string Key, object? Value)[] parameters) =>
        new(name, text, parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
}

/// <summary>The records one statement returned: <see cref="Fields"/> names the columns of every row.</summary>
public sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static readonly CypherResult Empty = new([], []);

    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return i;
            }
        }

        throw new Neo4jProtocolException($"The result has no column '{field}' (columns: {string.Join(", ", Fields)}).");
    }

    /// <summary>The values of one column, one per row.</summary>
    public IEnumerable<object?> Column(string field)
    {
        var index = IndexOf(field);
        return Rows.Select(r => r[index]);
    }

    /// <summary>The single row's value of a column (a statement that aggregates returns exactly one row).</summary>
    public object? Scalar(string field) => Rows.Count == 0 ? null : Rows[0][IndexOf(field)];
}
