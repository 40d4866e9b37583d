using System.Diagnostics;
using System.Threading.Channels;
using PaperGraph.Extraction;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Sources;
using PaperGraph.Graph.Building;
using PaperGraph.Graph.Model;

namespace PaperGraph.Graph.Ingestion;

/// <summary>
/// sources -> extractor -> store: reads files, extracts batches of papers on every core and
/// writes each batch in one store transaction on a single writer, in input order, while the
/// next batches are being extracted. At most a few batches are in memory at once.
/// </summary>
public sealed class IngestPipeline(IGraphStore store, Extractor extractor, int batchSize = IngestPipeline.DefaultBatchSize)
{
    /// <summary>Papers per store transaction.</summary>
    public const int DefaultBatchSize = 512;

    /// <summary>Batches extracted at once: one per core keeps every core busy while the writer writes.</summary>
    private static readonly int ExtractionParallelism = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Ingests every paper of the given files; unreadable files and bad records are reported in the summary.</summary>
    public async Task<IngestSummary> IngestFilesAsync(IEnumerable<string> files, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var summary = new IngestSummary();
        var watch = Stopwatch.StartNew();
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

        summary.Timings.Elapsed = watch.Elapsed;
        return summary;
    }

    /// <summary>Ingests papers already in memory or generated on the fly (the API's ingest mutation, the bench).</summary>
    public async Task<IngestSummary> IngestPapersAsync(IEnumerable<Paper> papers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var summary = new IngestSummary();
        var watch = Stopwatch.StartNew();
        await WriteAsync(papers, summary, _ => { }, cancellationToken).ConfigureAwait(false);
        summary.Timings.Elapsed = watch.Elapsed;
        return summary;
    }

    private async Task WriteAsync(IEnumerable<Paper> papers, IngestSummary summary, Action<int> advanced, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // The channel holds extractions already started, in input order; its bound (with the
        // one the producer holds while waiting) caps how many batches are extracted at once.
        var extracted = Channel.CreateBounded<Task<PaperFragment[]>>(new BoundedChannelOptions(Math.Max(1, ExtractionParallelism - 1))
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var producer = Task.Run(() => ProduceAsync(papers, extracted.Writer, summary.Timings, stop.Token), stop.Token);
        try
        {
            var timings = summary.Timings;
            while (true)
            {
                var waitStart = Stopwatch.GetTimestamp();
                if (!await extracted.Reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
                    break;
                extracted.Reader.TryRead(out var next);
                var fragments = await next!.ConfigureAwait(false);
                var (writeStart, writeStartCpu, thread) = (Stopwatch.GetTimestamp(), ThreadCpuClock.Now(), Environment.CurrentManagedThreadId);
                timings.AddWaiting(writeStart - waitStart);
                var outcomes = await store.UpsertAsync(fragments, stop.Token).ConfigureAwait(false);
                // A store that really awaits resumes on another thread, whose clock says nothing about this write.
                var writeCpu = Environment.CurrentManagedThreadId == thread ? ThreadCpuClock.Now() - writeStartCpu : 0;
                timings.AddWriting(Stopwatch.GetTimestamp() - writeStart, writeCpu);
                for (var i = 0; i < fragments.Length; i++)
                    summary.Count(fragments[i], outcomes[i]);
                advanced(fragments.Length);
            }

            await producer.ConfigureAwait(false);
        }
        catch
        {
            // Stop the extractions still running; the first failure is the one reported.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    private async Task ProduceAsync(IEnumerable<Paper> papers, ChannelWriter<Task<PaperFragment[]>> extracted, IngestTimings timings, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var batch in papers.Chunk(batchSize))
                await extracted.WriteAsync(Task.Run(() => Extract(batch, timings, cancellationToken), cancellationToken), cancellationToken).ConfigureAwait(false);
            extracted.Complete();
        }
        catch (Exception e)
        {
            extracted.Complete(e);
            throw;
        }
    }

    /// <summary>
    /// Extracts the whole batch, then builds it: the clocks are read per phase of the batch, not per
    /// paper, because reading a thread's CPU clock is a system call.
    /// </summary>
    private PaperFragment[] Extract(Paper[] batch, IngestTimings timings, CancellationToken cancellationToken)
    {
        var (start, startCpu) = (Stopwatch.GetTimestamp(), ThreadCpuClock.Now());
        var extractions = new PaperExtraction[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            extractions[i] = extractor.Extract(batch[i]);
        }

        var (extracted, extractedCpu) = (Stopwatch.GetTimestamp(), ThreadCpuClock.Now());
        var fragments = new PaperFragment[batch.Length];
        for (var i = 0; i < batch.Length; i++)
            fragments[i] = GraphBuilder.Build(batch[i], extractions[i]);

        timings.AddExtracting(extracted - start, extractedCpu - startCpu);
        timings.AddBuilding(Stopwatch.GetTimestamp() - extracted, ThreadCpuClock.Now() - extractedCpu);
        return fragments;
    }
}

/// <summary>How far an ingest has come.</summary>
public readonly record struct IngestProgress(int PapersDone, int PapersTotal, string File);
