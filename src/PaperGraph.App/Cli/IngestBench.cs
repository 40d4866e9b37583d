using System.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Building;
using PaperGraph.Graph.Ingestion;
using PaperGraph.Graph.ReadModel;
using PaperGraph.Storage.Sqlite;

namespace PaperGraph.App.Cli;

/// <summary>
/// The ingest half of <c>papergraph bench</c>: papers into a fresh SQLite store, then the read
/// model loaded back, with each phase's time printed so the biggest cost is visible.
/// </summary>
internal static class IngestBench
{
    public static Task RunAsync(CliConsole console, Extractor extractor, IEnumerable<Paper> papers, CancellationToken cancellationToken) =>
        InFreshStoreAsync(async (store, folder) =>
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var summary = await new IngestPipeline(store, extractor).IngestPapersAsync(papers, cancellationToken).ConfigureAwait(false);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var timings = summary.Timings;
            var seconds = timings.Elapsed.TotalSeconds;
            var output = console.Out;
            output.WriteLine($"ingest ({Environment.ProcessorCount} cores, SQLite): {summary.New:N0} papers in {seconds:N1} s = {summary.New / seconds:N0} papers/s ({summary.EntitiesWritten:N0} mentions, {summary.RelationshipsWritten:N0} relationships)");
            output.WriteLine($"  extraction       {timings.Extracting.TotalSeconds,7:N1} s summed over threads, {Cpu(timings.ExtractingCpu)} ({summary.Papers / timings.Extracting.TotalSeconds:N0} papers/s per thread)");
            output.WriteLine($"  build + hash     {timings.Building.TotalSeconds,7:N1} s summed over threads, {Cpu(timings.BuildingCpu)}");
            output.WriteLine($"  store writes     {timings.Writing.TotalSeconds,7:N1} s on the writer, {Cpu(timings.WritingCpu)} (it waited {timings.WriterWaiting.TotalSeconds:N1} s for extraction)");
            output.WriteLine($"  process CPU      {cpu.TotalSeconds,7:N1} s, {cpu.TotalSeconds / seconds:N2} cores busy on average; outside the phases: {Rest(cpu, timings)} (GC, input, scheduling)");
            output.WriteLine($"  database file    {FolderMegabytes(folder),7:N0} MB");
            output.WriteLine($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6,7:N0} MB");

            var watch = Stopwatch.StartNew();
            var snapshot = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
            var loaded = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var graph = GraphReadModel.Build(snapshot);
            var built = watch.Elapsed.TotalSeconds;
            output.WriteLine($"read model: {graph.Papers.Count:N0} papers, {graph.Entities.Count:N0} entities, {graph.RelationshipCount:N0} relationships");
            output.WriteLine($"  store load       {loaded,7:N1} s (LoadAsync)");
            output.WriteLine($"  index build      {built,7:N1} s (GraphReadModel.Build)");
            output.WriteLine($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6,7:N0} MB (after loading)");
            await CurationAsync(output, store, graph, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>A curator's verify at this scale: a result is found by its key, a relationship by one scan.</summary>
    private static async Task CurationAsync(TextWriter output, SqliteGraphStore store, GraphReadModel graph, CancellationToken cancellationToken)
    {
        foreach (var (kind, id) in new[] { ("evaluation", graph.Evaluations.LastOrDefault()?.Id), ("result", graph.Results.LastOrDefault()?.Id) })
        {
            if (id is null)
                continue;
            var watch = Stopwatch.StartNew();
            await store.VerifyFactAsync(id, verified: true, cancellationToken).ConfigureAwait(false);
            var seconds = watch.Elapsed.TotalSeconds;
            await store.VerifyFactAsync(id, verified: false, cancellationToken).ConfigureAwait(false);
            output.WriteLine($"  verify ({kind,-10}) {seconds * 1000,7:N0} ms (curation, one fact)");
        }
    }

    /// <summary>
    /// The writer alone: every paper extracted and built first (on every core), then written in
    /// the pipeline's batches on one thread, so the figure is the store's own cost.
    /// </summary>
    public static Task StoreWritesAsync(CliConsole console, Extractor extractor, IEnumerable<Paper> papers, CancellationToken cancellationToken)
    {
        var fragments = papers.AsParallel().AsOrdered().Select(p => GraphBuilder.Build(p, extractor.Extract(p))).ToArray();
        return InFreshStoreAsync(async (store, folder) =>
        {
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var facts = 0L;
            foreach (var batch in fragments.Chunk(IngestPipeline.DefaultBatchSize))
            {
                await store.UpsertAsync(batch, cancellationToken).ConfigureAwait(false);
                facts += batch.Sum(f => 1L + f.Results.Count + f.ContextLengths.Count + f.Relationships.Count);
            }

            var seconds = watch.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            console.Out.WriteLine($"store writes (SQLite, 1 thread): {fragments.Length:N0} papers in {seconds:N1} s = {fragments.Length / seconds:N0} papers/s, "
                + $"{facts / seconds:N0} facts/s (papers, results, lengths, relationships); {cpu:N1} s CPU; database file {FolderMegabytes(folder):N0} MB");
        }, cancellationToken);
    }

    /// <summary>Runs <paramref name="bench"/> on a new SQLite store in a temporary folder, deleted afterwards.</summary>
    private static async Task InFreshStoreAsync(Func<SqliteGraphStore, DirectoryInfo, Task> bench, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("papergraph-bench-");
        try
        {
            await using var store = new SqliteGraphStore(Path.Combine(folder.FullName, "bench.db"));
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            await bench(store, folder).ConfigureAwait(false);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Cpu(TimeSpan? cpu) => cpu is { } time ? $"{time.TotalSeconds:N1} s CPU" : "CPU not measured here";

    private static string Rest(TimeSpan cpu, IngestTimings timings) =>
        timings is { ExtractingCpu: { } extracting, BuildingCpu: { } building, WritingCpu: { } writing }
            ? $"{(cpu - extracting - building - writing).TotalSeconds:N1} s" : "not measured here";

    private static double FolderMegabytes(DirectoryInfo folder) => folder.EnumerateFiles().Sum(f => f.Length) / 1e6;
}
