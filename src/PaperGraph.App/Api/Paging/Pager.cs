using System.Globalization;
using System.Text;

namespace PaperGraph.App.Api.Paging;

/// <summary>
/// Cursor paging by the Relay connection specification (first/after, last/before), with cursors
/// that encode the item's position as HotChocolate's do, and a maximum page size.
/// </summary>
internal sealed class Pager(int defaultPageSize, int maxPageSize)
{
    /// <summary>The page size used when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; } = defaultPageSize;

    /// <summary>The largest <c>first</c> or <c>last</c> accepted.</summary>
    public int MaxPageSize { get; } = maxPageSize;

    /// <summary>Implements the connection specification's ApplyCursorsToEdges, then the first and last limits.</summary>
    public Connection<T> Page<T>(IReadOnlyList<T> items, int? first, string? after, int? last, string? before)
    {
        if (first < 0 || last < 0)
            throw new PagingException($"'{(first < 0 ? "first" : "last")}' must not be negative");
        if (first > MaxPageSize || last > MaxPageSize)
            throw new PagingException($"the requested page size ({first ?? last}) is larger than the maximum of {MaxPageSize}");

        var start = after is null ? 0 : Decode(after, "after", items.Count) + 1;
        var end = before is null ? items.Count : Decode(before, "before", items.Count);
        end = Math.Max(start, end);
        var from = start;
        var to = end;
        if (first is null && last is null)
            first = DefaultPageSize;
        if (first is { } f && to - from > f)
            to = from + f;
        if (last is { } l && to - from > l)
            from = to - l;

        var edges = new List<Edge<T>>(to - from);
        for (var i = from; i < to; i++)
            edges.Add(new Edge<T>(Encode(i), items[i]));
        var pageInfo = new PageInfo(
            HasNextPage: to < end || (before is not null && end < items.Count && first is null),
            HasPreviousPage: from > start || (after is not null && start > 0 && last is null),
            edges.FirstOrDefault()?.Cursor,
            edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, items.Count);
    }

    /// <summary>The cursor of the item at <paramref name="index"/>.</summary>
    public static string Encode(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string cursor, string argument, int count)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < count)
                return index;
        }
        catch (FormatException)
        {
        }

        throw new PagingException($"'{argument}' is not a cursor of this list: {cursor}");
    }
}

/// <summary>Paging arguments that cannot be applied.</summary>
internal sealed class PagingException : Exception
{
    public PagingException(string message)
        : base(message)
    {
    }

    public PagingException()
    {
    }

    public PagingException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
