using GraphNews.Domain.Storage;
using GraphQL;

namespace GraphNews.Api.Paging;

/// <summary>
/// Reads Relay arguments (<c>first/after/last/before</c>) into an offset window. <c>last</c> counts
/// back from <c>before</c>, or from the end, which needs the total first.
/// </summary>
public sealed record PageArguments(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static PageArguments From(IResolveFieldContext context) => new(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.HasArgument("last") ? context.GetArgument<int?>("last") : null,
        context.HasArgument("before") ? context.GetArgument<string?>("before") : null);

    /// <summary>The window to fetch; <paramref name="total"/> is asked for only when paging from the end.</summary>
    public async Task<PageRequest> ToRequestAsync(Func<Task<int>> total)
    {
        if (First is < 0 || Last is < 0)
        {
            throw new ExecutionError("first and last must not be negative.") { Code = "BAD_USER_INPUT" };
        }

        if (First > MaxPageSize || Last > MaxPageSize)
        {
            throw new ExecutionError($"A page holds at most {MaxPageSize} items; ask for fewer with first/last and page with after/before.") { Code = "PAGE_SIZE_EXCEEDED" };
        }

        var start = After is null ? 0 : Decode(After) + 1;
        int? end = Before is null ? null : Decode(Before);
        if (Last is { } last)
        {
            var stop = end ?? await total();
            var from = Math.Max(start, stop - last);
            return new PageRequest(from, Math.Max(0, stop - from));
        }

        var size = First ?? DefaultPageSize;
        return new PageRequest(start, end is null ? size : Math.Max(0, Math.Min(size, end.Value - start)));
    }

    private static int Decode(string cursor) => Cursors.TryDecode(cursor, out var offset)
        ? offset
        : throw new ExecutionError($"'{cursor}' is not a cursor this API issued.") { Code = "BAD_CURSOR" };
}
