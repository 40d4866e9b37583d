using System.CommandLine;
using System.Diagnostics;
using System.Text;
using PaperGraph.App.Synthetic;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Sources;

namespace PaperGraph.App.Cli;

/// <summary>
/// <c>papergraph bench</c>: extraction speed on one core (abstracts/s and MB/s) and ingest speed
/// (papers/s into a fresh store, with a breakdown by phase), printed as figures.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var papers = new Option<int>("--papers") { Description = "Synthetic papers to ingest.", DefaultValueFactory = _ => 100_000, HelpName = "N" };
        var ingestOnly = new Option<bool>("--ingest-only") { Description = "Skip the single-core extraction runs; measure only the ingest and the read-model load." };
        var storeOnly = new Option<bool>("--store-only") { Description = "Extract every paper first, then time only the store's writes (one thread), to see the writer's own cost." };
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("bench", "Measure extraction and ingest speed.") { papers, ingestOnly, storeOnly, lexicon };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var extractor = CommonOptions.CreateExtractor(parse.GetValue(lexicon));
            var count = parse.GetValue(papers);
            if (count < 1)
                throw new CliUsageException($"--papers {count}: must be one or more");
            if (parse.GetValue(storeOnly))
            {
                await IngestBench.StoreWritesAsync(console, extractor, Synthetic(count), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            if (!parse.GetValue(ingestOnly))
            {
                var sample = SampleCorpus.Files.SelectMany(f => PaperSource.ReadFile(f).Papers).ToList();
                var synthetic = Synthetic(Math.Min(count, 20_000)).ToList();
                ExtractionSpeed(console, extractor, "sample corpus", sample, minSeconds: 3);
                ExtractionSpeed(console, extractor, "synthetic", synthetic, minSeconds: 3);
            }

            // Generated as the ingest reads them, so the corpus itself does not sit in memory.
            await IngestBench.RunAsync(console, extractor, Synthetic(count), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The bench corpus: the same seed every run, so runs compare.</summary>
    private static IEnumerable<Paper> Synthetic(int count)
    {
        var corpus = new SyntheticCorpus(seed: 1);
        return Enumerable.Range(0, count).Select(corpus.Next);
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
}
