using PaperGraph.App.Api.Paging;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.App.Api;

/// <summary>
/// What resolvers of one request share: the read model as it was when the request started (a
/// write mid-request never shows half-applied), whether the caller may write, and the services
/// writes need.
/// </summary>
internal sealed class ApiRequestContext(GraphReadModel graph, bool canWrite, Pager pager, ApiWriter? writer)
{
    public GraphReadModel Graph { get; } = graph;

    public bool CanWrite { get; } = canWrite;

    public Pager Pager { get; } = pager;

    /// <summary>Applies writes; null where the host has no store (in-memory tests of reads).</summary>
    public ApiWriter? Writer { get; } = writer;
}
