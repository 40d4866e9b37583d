namespace PaperGraph.App.Api.Paging;

/// <summary>A page of a list as a Relay connection: edges with cursors, the nodes, page info and the total count.</summary>
internal sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    /// <summary>The nodes of the page, without cursors.</summary>
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}

/// <summary>One item of a page and the cursor that points at it.</summary>
internal sealed record Edge<T>(string Cursor, T Node);

/// <summary>Where a page sits in the whole list.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
