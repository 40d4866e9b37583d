using System.CommandLine;
using PaperGraph.Graph.Model;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.App.Cli;

/// <summary>
/// <c>papergraph find benchmarks --model NAME [--min-context 128K]</c> and
/// <c>papergraph find models --benchmark NAME</c>: the relational questions, alias-aware.
/// </summary>
internal static class FindCommand
{
    public static Command Create(CliConsole console)
    {
        var find = new Command("find", "Ask the graph a relational question.");
        find.Add(Benchmarks(console));
        find.Add(Models(console));
        return find;
    }

    private static Command Benchmarks(CliConsole console)
    {
        var model = new Option<string>("--model") { Description = "The model (any alias or spelling).", Required = true, HelpName = "NAME" };
        var minContext = new Option<long?>("--min-context")
        {
            Description = "Only evaluations at or above this many tokens (128000, 128K, 1M).",
            HelpName = "TOKENS",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (TokenCount.TryParse(text, out var tokens))
                    return tokens;
                result.AddError($"--min-context: '{text}' is not a token count (write 128000, 128K or 1M)");
                return null;
            },
        };
        var db = CommonOptions.Database();
        var command = new Command("benchmarks", "Benchmarks a model was evaluated on, with the evidence of each evaluation.") { model, minContext, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var graph = await GraphLoader.LoadAsync(parse.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var name = parse.GetValue(model)!;
            if (graph.Resolve(name, Extraction.Model.EntityKind.Model).Count == 0)
            {
                console.Error.WriteLine($"find: no model named '{name}'");
                return ExitCodes.SomeInputRejected;
            }

            foreach (var answer in graph.BenchmarksEvaluating(name, parse.GetValue(minContext)))
            {
                console.Out.WriteLine(answer.Benchmark.Name);
                foreach (var evaluation in answer.Evaluations)
                    PrintEvaluation(console.Out, evaluation, evaluation.Model.Name);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Models(CliConsole console)
    {
        var benchmark = new Option<string>("--benchmark") { Description = "The benchmark (any alias or spelling).", Required = true, HelpName = "NAME" };
        var db = CommonOptions.Database();
        var command = new Command("models", "Models evaluated on a benchmark, with their sizes and the evidence.") { benchmark, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var graph = await GraphLoader.LoadAsync(parse.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var name = parse.GetValue(benchmark)!;
            if (graph.Resolve(name, GraphReadModel.BenchmarkKinds).Count == 0)
            {
                console.Error.WriteLine($"find: no benchmark named '{name}'");
                return ExitCodes.SomeInputRejected;
            }

            foreach (var answer in graph.ModelsEvaluatedOn(name))
            {
                var size = answer.Model.Params is { } p ? $"  params {p:N0}" : "";
                var window = answer.Model.ContextWindow is { } w ? $"  window {TokenCount.Format(w)}" : "";
                console.Out.WriteLine($"{answer.Model.Name}{size}{window}");
                foreach (var evaluation in answer.Evaluations)
                    PrintEvaluation(console.Out, evaluation, evaluation.Benchmark.Name);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintEvaluation(TextWriter output, Evaluation evaluation, string subject)
    {
        var length = evaluation.ContextLength is { } tokens ? TokenCount.Format(tokens) : "no length stated";
        output.WriteLine($"  {subject} at {length} in \"{evaluation.Paper.Title}\"");
        output.WriteLine($"    evidence: {evaluation.Evidence.Sentence}");
    }
}
