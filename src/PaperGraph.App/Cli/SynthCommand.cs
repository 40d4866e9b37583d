using System.CommandLine;
using PaperGraph.App.Synthetic;

namespace PaperGraph.App.Cli;

/// <summary><c>papergraph synth --papers N</c>: realistic synthetic JSONL abstracts for scale tests.</summary>
internal static class SynthCommand
{
    public static Command Create(CliConsole console)
    {
        var papers = new Option<int>("--papers") { Description = "How many abstracts to write.", Required = true, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "The random seed (the same seed writes the same corpus).", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout.", HelpName = "FILE" };
        var command = new Command("synth", "Write realistic synthetic abstracts as JSON Lines.") { papers, seed, output };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(papers);
            if (count < 0)
                throw new CliUsageException($"--papers {count}: must be zero or more");
            var corpus = new SyntheticCorpus(parse.GetValue(seed));
            if (parse.GetValue(output) is { } file)
            {
                using var writer = new StreamWriter(file);
                corpus.WriteJsonLines(writer, count);
            }
            else
            {
                corpus.WriteJsonLines(console.Out, count);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
