using PaperGraph.App.Server;
using PaperGraph.Extraction;
using PaperGraph.Extraction.Model;
using PaperGraph.Graph;
using PaperGraph.Graph.Ingestion;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.App.Api;

/// <summary>
/// The writes behind the mutations: one at a time, each followed by a reload of the read model,
/// so the answer (and every later request) sees the write whole.
/// </summary>
internal sealed class ApiWriter(IGraphStore store, Extractor extractor, GraphHolder holder) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Extracts and stores papers, then reloads.</summary>
    public Task<(IngestSummary Summary, GraphReadModel Graph)> IngestAsync(IReadOnlyList<Paper> papers, CancellationToken cancellationToken) =>
        WriteAsync(() => new IngestPipeline(store, extractor).IngestPapersAsync(papers, cancellationToken), cancellationToken);

    /// <summary>Runs a curation write, then reloads.</summary>
    public Task<(T Outcome, GraphReadModel Graph)> CurateAsync<T>(Func<IGraphCuration, Task<T>> write, CancellationToken cancellationToken)
    {
        if (store is not IGraphCuration curation)
            throw new NotSupportedException($"the {store.GetType().Name} store does not support curation");
        return WriteAsync(() => write(curation), cancellationToken);
    }

    public void Dispose() => gate.Dispose();

    private async Task<(T, GraphReadModel)> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var outcome = await write().ConfigureAwait(false);
            await holder.ReloadAsync(CancellationToken.None).ConfigureAwait(false);
            return (outcome, holder.Graph);
        }
        finally
        {
            gate.Release();
        }
    }
}
