using PaperGraph.Extraction;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Sources;
using PaperGraph.Graph.Building;
using PaperGraph.Graph.Model;

namespace PaperGraph.Graph.Ingestion;

/// <summary>
/// sources -> extractor -> store: reads files, extracts papers in parallel batches and writes
/// each batch in one store transaction while the next batch is being extracted.
/// </summary>
public sealed class IngestPipeline(IGraphStore store, Extractor extractor, int batchSize = 512)
{
    /// <summary>Ingests every paper of the given files; unreadable files and bad records are reported in the summary.</summary>
    public async Task<IngestSummary> IngestFilesAsync(IEnumerable<string> files, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var summary = new IngestSummary();
        var reads = files.Select(file => (file, PaperSource.ReadFile(file))).ToList();
        var total = reads.Sum(r => r.Item2.Papers.Count);
        var done = 0;
        foreach (var (file, read) in reads)
        {
            summary.Rejected.AddRange(read.Problems);
            await WriteAsync(read.Papers, summary, count =>
            {
                done += count;
                progress?.Report(new IngestProgress(done, total, file));
            }, cancellationToken).ConfigureAwait(false);
        }

        return summary;
    }

    /// <summary>Ingests papers already in memory (the API's ingest mutation).</summary>
    public async Task<IngestSummary> IngestPapersAsync(IReadOnlyList<Paper> papers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var summary = new IngestSummary();
        await WriteAsync(papers, summary, _ => { }, cancellationToken).ConfigureAwait(false);
        return summary;
    }

    private async Task WriteAsync(IReadOnlyList<Paper> papers, IngestSummary summary, Action<int> advanced, CancellationToken cancellationToken)
    {
        Task? pending = null;
        foreach (var batch in papers.Chunk(batchSize))
        {
            var fragments = batch.AsParallel().AsOrdered().WithCancellation(cancellationToken)
                .Select(paper => GraphBuilder.Build(paper, extractor.Extract(paper)))
                .ToList();
            if (pending is not null)
                await pending.ConfigureAwait(false);
            // The write runs beside the extraction of the next batch; writes stay in order.
            pending = Task.Run(() => WriteBatchAsync(fragments, summary, advanced, cancellationToken), cancellationToken);
        }

        if (pending is not null)
            await pending.ConfigureAwait(false);
    }

    private async Task WriteBatchAsync(List<PaperFragment> fragments, IngestSummary summary, Action<int> advanced, CancellationToken cancellationToken)
    {
        var outcomes = await store.UpsertAsync(fragments, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < fragments.Count; i++)
            summary.Count(fragments[i], outcomes[i]);
        advanced(fragments.Count);
    }
}

/// <summary>How far an ingest has come.</summary>
public readonly record struct IngestProgress(int PapersDone, int PapersTotal, string File);
