using PaperGraph.Graph.Model;

namespace PaperGraph.Graph;

/// <summary>
/// Persistence of the graph. A store only writes and loads: every query is answered by the
/// in-memory read model built from <see cref="LoadAsync"/>.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates or migrates the schema; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a batch of paper fragments in one transaction. A paper whose content is unchanged
    /// is left alone; a changed one has its facts replaced whole. Returns one outcome per fragment.
    /// </summary>
    Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(IReadOnlyList<PaperFragment> fragments, CancellationToken cancellationToken = default);

    /// <summary>Reads the whole graph for the read model.</summary>
    Task<GraphSnapshot> LoadAsync(CancellationToken cancellationToken = default);
}
