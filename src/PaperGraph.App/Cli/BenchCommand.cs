using System.CommandLine;
using System.Diagnostics;
using System.Text;
using PaperGraph.App.Synthetic;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Sources;
using PaperGraph.Graph.Ingestion;
using PaperGraph.Storage.Sqlite;

namespace PaperGraph.App.Cli;

/// <summary>
/// <c>papergraph bench</c>: extraction speed on one core (abstracts/s and MB/s) and ingest speed
/// (papers/s into a fresh store), printed as figures.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var papers = new Option<int>("--papers") { Description = "Synthetic papers to ingest.", DefaultValueFactory = _ => 100_000, HelpName = "N" };
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("bench", "Measure extraction and ingest speed.") { papers, lexicon };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var extractor = CommonOptions.CreateExtractor(parse.GetValue(lexicon));
            var count = parse.GetValue(papers);
            var corpus = new SyntheticCorpus(seed: 1);
            var synthetic = Enumerable.Range(0, count).Select(corpus.Next).ToList();
            var sample = SampleCorpus.Files.SelectMany(f => PaperSource.ReadFile(f).Papers).ToList();

            ExtractionSpeed(console, extractor, "sample corpus", sample, minSeconds: 3);
            ExtractionSpeed(console, extractor, "synthetic", synthetic.Take(20_000).ToList(), minSeconds: 3);
            await IngestSpeedAsync(console, extractor, synthetic, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Single-threaded, after a warm-up as long as the run, repeated until the run is long enough to time.</summary>
    private static void ExtractionSpeed(CliConsole console, Extraction.Extractor extractor, string label, IReadOnlyList<Paper> papers, double minSeconds)
    {
        if (papers.Count == 0)
            return;
        var bytes = papers.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Title) + Encoding.UTF8.GetByteCount(p.Abstract));
        // Warm up long enough for the tiered JIT to reach its optimised code, so the figure is the steady state.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < minSeconds)
        {
            foreach (var paper in papers.Take(500))
                extractor.Extract(paper);
        }

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var rounds = 0;
        do
        {
            foreach (var paper in papers)
                extractor.Extract(paper);
            rounds++;
        }
        while (watch.Elapsed.TotalSeconds < minSeconds);
        var seconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        // On a shared machine the wall clock also counts time other programs held the core; CPU time does not.
        var cpuSeconds = Math.Max(1e-9, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        console.Out.WriteLine($"extraction ({label}, 1 core): {papers.Count * rounds / seconds:N0} abstracts/s, {bytes * rounds / seconds / 1e6:N2} MB/s wall, "
            + $"{bytes * rounds / cpuSeconds / 1e6:N2} MB/s per CPU second ({papers.Count} abstracts x {rounds})");
    }

    private static async Task IngestSpeedAsync(CliConsole console, Extraction.Extractor extractor, IReadOnlyList<Paper> papers, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("papergraph-bench-");
        try
        {
            await using var store = new SqliteGraphStore(Path.Combine(folder.FullName, "bench.db"));
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            var watch = Stopwatch.StartNew();
            var summary = await new IngestPipeline(store, extractor).IngestPapersAsync(papers, cancellationToken).ConfigureAwait(false);
            var seconds = watch.Elapsed.TotalSeconds;
            console.Out.WriteLine($"ingest ({Environment.ProcessorCount} cores, SQLite): {summary.New:N0} papers in {seconds:N1} s = {summary.New / seconds:N0} papers/s ({summary.RelationshipsWritten:N0} relationships)");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
