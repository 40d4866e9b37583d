using PaperGraph.Graph;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.App.Server;

/// <summary>
/// Holds the read model the server answers from. Queries take the current instance; a write
/// builds a new one from the store and swaps it in, so a query never sees a half-applied write.
/// </summary>
internal sealed class GraphHolder(IGraphStore store)
{
    private GraphReadModel? current;

    /// <summary>Why the server could not get its graph ready, when it could not.</summary>
    public string? StartFailure { get; set; }

    /// <summary>True once the first read model is loaded.</summary>
    public bool IsReady => Volatile.Read(ref current) is not null;

    /// <summary>The read model; only valid once <see cref="IsReady"/>.</summary>
    public GraphReadModel Graph => Volatile.Read(ref current) ?? throw new InvalidOperationException("the graph is still loading");

    /// <summary>Loads the graph from the store and makes it current.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var graph = GraphReadModel.Build(await store.LoadAsync(cancellationToken).ConfigureAwait(false));
        Volatile.Write(ref current, graph);
    }
}
