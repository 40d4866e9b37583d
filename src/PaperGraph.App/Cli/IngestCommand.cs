using System.CommandLine;
using PaperGraph.Extraction.Sources;
using PaperGraph.App.Stores;
using PaperGraph.Graph.Ingestion;
using Spectre.Console;

namespace PaperGraph.App.Cli;

/// <summary><c>papergraph ingest [PATH...]</c>: reads, extracts and stores papers; with no path, the bundled sample corpus.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths("Files or folders to ingest (default: the bundled sample corpus).", ArgumentArity.ZeroOrMore);
        var db = CommonOptions.Database();
        var lexicon = CommonOptions.Lexicon();
        var store = new StoreOptions();
        var command = new Command("ingest", "Read abstracts, extract entities and relations, and store them.") { paths, db, lexicon };
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(
            console, parse.GetValue(paths) ?? [], store.Select(parse, parse.GetValue(db)!), parse.GetValue(lexicon), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] paths, StoreSelection selection, string[]? lexicon, CancellationToken cancellationToken)
    {
        var extractor = CommonOptions.CreateExtractor(lexicon);
        var files = paths.Length == 0 ? SampleCorpus.Files : [.. PaperSource.ExpandPaths(paths)];
        if (files.Count == 0)
            throw new CliUsageException(paths.Length == 0 ? $"the bundled sample corpus is missing ({SampleCorpus.Folder})" : "no input files");

        await using var store = GraphStoreFactory.Create(selection);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var pipeline = new IngestPipeline(store, extractor);
        var summary = console.IsInteractive
            ? await WithProgressBarAsync(pipeline, files, cancellationToken).ConfigureAwait(false)
            : await pipeline.IngestFilesAsync(files, new PlainProgress(console.Error), cancellationToken).ConfigureAwait(false);

        Report(console, GraphStoreFactory.Describe(selection), summary);
        return summary.Rejected.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeInputRejected;
    }

    private static Task<IngestSummary> WithProgressBarAsync(IngestPipeline pipeline, IReadOnlyList<string> files, CancellationToken cancellationToken) =>
        AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("ingesting");
            var progress = new Progress<IngestProgress>(p =>
            {
                task.MaxValue = Math.Max(1, p.PapersTotal);
                task.Value = p.PapersDone;
                task.Description = Path.GetFileName(p.File);
            });
            return await pipeline.IngestFilesAsync(files, progress, cancellationToken).ConfigureAwait(false);
        });

    private static void Report(CliConsole console, string where, IngestSummary summary)
    {
        foreach (var problem in summary.Rejected)
            console.Error.WriteLine($"rejected: {problem}");
        var state = summary.New + summary.Updated == 0 && summary.Papers > 0 ? " (unchanged)" : "";
        console.Out.WriteLine($"ingested into {where}{state}");
        console.Out.WriteLine($"  papers:        {summary.New} new, {summary.Updated} updated, {summary.Unchanged} unchanged");
        console.Out.WriteLine($"  entities:      {summary.EntitiesWritten} written");
        console.Out.WriteLine($"  relations:     {summary.RelationshipsWritten} written");
        console.Out.WriteLine($"  rejected:      {summary.Rejected.Count} records");
    }

    /// <summary>Progress as plain lines, for logs and pipes: one per file and every few thousand papers.</summary>
    private sealed class PlainProgress(TextWriter writer) : IProgress<IngestProgress>
    {
        private string? file;
        private int reported;

        public void Report(IngestProgress value)
        {
            if (value.File == file && value.PapersDone - reported < 5000 && value.PapersDone < value.PapersTotal)
                return;
            file = value.File;
            reported = value.PapersDone;
            writer.WriteLine($"progress: {value.PapersDone}/{value.PapersTotal} papers ({Path.GetFileName(value.File)})");
        }
    }
}
