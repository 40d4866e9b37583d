using System.Diagnostics;

namespace PaperGraph.Graph.Ingestion;

/// <summary>
/// Where an ingest spent its time, phase by phase. Extraction and building run on several
/// threads at once, so their figures are summed over threads and can exceed <see cref="Elapsed"/>.
/// </summary>
public sealed class IngestTimings
{
    private long extractingTicks;
    private long buildingTicks;
    private long writingTicks;
    private long waitingTicks;

    /// <summary>Time spent extracting facts from text, summed over the extraction threads.</summary>
    public TimeSpan Extracting => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref extractingTicks));

    /// <summary>Time spent turning extractions into fragments (ids and content hashes), summed over the extraction threads.</summary>
    public TimeSpan Building => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref buildingTicks));

    /// <summary>Time the writer spent in the store writing batches.</summary>
    public TimeSpan Writing => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref writingTicks));

    /// <summary>Time the writer spent waiting for the next extracted batch (the store was idle).</summary>
    public TimeSpan WriterWaiting => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref waitingTicks));

    /// <summary>Wall-clock time of the whole ingest.</summary>
    public TimeSpan Elapsed { get; internal set; }

    internal void AddExtracting(long ticks) => Interlocked.Add(ref extractingTicks, ticks);

    internal void AddBuilding(long ticks) => Interlocked.Add(ref buildingTicks, ticks);

    internal void AddWriting(long ticks) => Interlocked.Add(ref writingTicks, ticks);

    internal void AddWaiting(long ticks) => Interlocked.Add(ref waitingTicks, ticks);
}
