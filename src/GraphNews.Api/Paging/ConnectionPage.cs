using System.Globalization;
using System.Text;
using GraphNews.Domain.Storage;

namespace GraphNews.Api.Paging;

/// <summary>A Relay-style page: nodes with cursors, the total, and whether more exists either way.</summary>
public sealed record ConnectionPage<T>(IReadOnlyList<T> Nodes, int TotalCount, int Offset)
{
    public bool HasNextPage => Offset + Nodes.Count < TotalCount;

    public bool HasPreviousPage => Offset > 0;

    public IEnumerable<Edge<T>> Edges => Nodes.Select((node, i) => new Edge<T>(Cursors.Encode(Offset + i), node));

    public static ConnectionPage<T> From(Page<T> page) => new(page.Items, page.TotalCount, page.Offset);

    public ConnectionPage<TOut> Map<TOut>(Func<T, TOut> map) => new(Nodes.Select(map).ToList(), TotalCount, Offset);
}

public sealed record Edge<T>(string Cursor, T Node);

/// <summary>Opaque cursors over offsets ("offset:12" in base64), as Relay clients expect.</summary>
public static class Cursors
{
    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
