using System.CommandLine;
using PaperGraph.Extraction.Output;
using PaperGraph.Extraction.Sources;
using PaperGraph.Graph.Model;

namespace PaperGraph.App.Cli;

/// <summary><c>papergraph extract PATH...</c>: one GUIDELINE.md record per paper on stdout; no store is touched.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths("Files or folders to extract from.", ArgumentArity.OneOrMore);
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("extract", "Print the extracted record of every paper as JSON lines.") { paths, lexicon };
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, parse.GetValue(lexicon)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string[]? lexicon)
    {
        var extractor = CommonOptions.CreateExtractor(lexicon);
        var rejected = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in PaperSource.ExpandPaths(paths))
        {
            var read = PaperSource.ReadFile(file);
            foreach (var problem in read.Problems)
                console.Error.WriteLine($"rejected: {problem}");
            rejected += read.Problems.Count;

            // A paper in several dumps is one paper: print it once.
            var papers = read.Papers.Where(p => seen.Add(NodeIds.Paper(p.ArxivId, p.Title))).ToList();
            var records = papers.AsParallel().AsOrdered().Select(p => ExtractionRecordWriter.ToJsonLine(extractor.Extract(p)));
            foreach (var record in records)
                console.Out.WriteLine(record);
        }

        return rejected == 0 ? ExitCodes.Ok : ExitCodes.SomeInputRejected;
    }
}
