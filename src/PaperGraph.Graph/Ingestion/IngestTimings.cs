using System.Diagnostics;

namespace PaperGraph.Graph.Ingestion;

/// <summary>
/// Where an ingest spent its time, phase by phase. Extraction and building run on several
/// threads at once, so their figures are summed over threads and can exceed <see cref="Elapsed"/>.
/// Their CPU times (null where the OS does not tell them) stay meaningful when other processes
/// share the cores and stretch the wall-clock figures.
/// </summary>
public sealed class IngestTimings
{
    private long extracting;
    private long extractingCpu;
    private long building;
    private long buildingCpu;
    private long writing;
    private long writingCpu;
    private long waiting;

    /// <summary>Time spent extracting facts from text, summed over the extraction threads.</summary>
    public TimeSpan Extracting => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref extracting));

    /// <summary>CPU time of the extraction, summed over the extraction threads.</summary>
    public TimeSpan? ExtractingCpu => CpuTime(ref extractingCpu);

    /// <summary>Time spent turning extractions into fragments (ids and content hashes), summed over the extraction threads.</summary>
    public TimeSpan Building => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref building));

    /// <summary>CPU time of building fragments, summed over the extraction threads.</summary>
    public TimeSpan? BuildingCpu => CpuTime(ref buildingCpu);

    /// <summary>Time the writer spent in the store writing batches.</summary>
    public TimeSpan Writing => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref writing));

    /// <summary>CPU time of the writer in the store (SQLite's own work included).</summary>
    public TimeSpan? WritingCpu => CpuTime(ref writingCpu);

    /// <summary>Time the writer spent waiting for the next extracted batch (the store was idle).</summary>
    public TimeSpan WriterWaiting => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref waiting));

    /// <summary>Wall-clock time of the whole ingest.</summary>
    public TimeSpan Elapsed { get; internal set; }

    internal void AddExtracting(long ticks, long cpuTicks)
    {
        Interlocked.Add(ref extracting, ticks);
        Interlocked.Add(ref extractingCpu, cpuTicks);
    }

    internal void AddBuilding(long ticks, long cpuTicks)
    {
        Interlocked.Add(ref building, ticks);
        Interlocked.Add(ref buildingCpu, cpuTicks);
    }

    internal void AddWriting(long ticks, long cpuTicks)
    {
        Interlocked.Add(ref writing, ticks);
        Interlocked.Add(ref writingCpu, cpuTicks);
    }

    internal void AddWaiting(long ticks) => Interlocked.Add(ref waiting, ticks);

    private static TimeSpan? CpuTime(ref long ticks) => ThreadCpuClock.IsAvailable ? TimeSpan.FromTicks(Interlocked.Read(ref ticks)) : null;
}
