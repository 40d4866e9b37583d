using System.CommandLine;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Scoring;
using PaperGraph.Extraction.Sources;

namespace PaperGraph.App.Cli;

/// <summary>
/// <c>papergraph eval --gold FILE [--details] [--pred FILE | PATH...]</c>: scores the extractor (or a file of
/// predicted records) against gold records with the rules of score.py, per kind, with the misses on request.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var gold = new Option<string>("--gold") { Description = "Gold records (JSON lines, see samples/gold/GUIDELINE.md).", Required = true, HelpName = "FILE" };
        var predicted = new Option<string?>("--pred") { Description = "Score these predicted records instead of running the extractor.", HelpName = "FILE" };
        var details = new Option<bool>("--details") { Description = "List the missed and spurious items of every paper before the figures." };
        var paths = CommonOptions.Paths("Files or folders to extract from (default: the bundled sample corpus).", ArgumentArity.ZeroOrMore);
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("eval", "Score extraction against gold records: precision, recall and F1 per kind.") { gold, predicted, details, paths, lexicon };
        command.SetAction(parse => Run(
            console, parse.GetValue(gold)!, parse.GetValue(predicted), parse.GetValue(details), parse.GetValue(paths) ?? [], parse.GetValue(lexicon)));
        return command;
    }

    private static int Run(CliConsole console, string gold, string? predicted, bool details, string[] paths, string[]? lexicon)
    {
        if (!File.Exists(gold))
            throw new CliUsageException($"--gold {gold}: no such file");
        if (predicted is not null && paths.Length > 0)
            throw new CliUsageException("give either --pred FILE or corpus paths, not both");
        if (predicted is not null && !File.Exists(predicted))
            throw new CliUsageException($"--pred {predicted}: no such file");

        ScoreReport report;
        try
        {
            report = predicted is not null ? GoldScorer.Score(gold, predicted) : GoldScorer.Score(gold, Extract(console, paths, lexicon));
        }
        catch (FormatException e)
        {
            throw new CliUsageException(e.Message, e);
        }

        console.Out.Write(report.ToText(details));
        return ExitCodes.Ok;
    }

    private static List<PaperExtraction> Extract(CliConsole console, string[] paths, string[]? lexicon)
    {
        var extractor = CommonOptions.CreateExtractor(lexicon);
        var files = paths.Length == 0 ? SampleCorpus.Files : [.. PaperSource.ExpandPaths(paths)];
        if (files.Count == 0)
            throw new CliUsageException(paths.Length == 0 ? $"the bundled sample corpus is missing ({SampleCorpus.Folder})" : "no input files");
        var extractions = new List<PaperExtraction>();
        foreach (var file in files)
        {
            var read = PaperSource.ReadFile(file);
            foreach (var problem in read.Problems)
                console.Error.WriteLine($"rejected: {problem}");
            extractions.AddRange(read.Papers.AsParallel().AsOrdered().Select(extractor.Extract));
        }

        return extractions;
    }
}
