using System.CommandLine;
using PaperGraph.App.Exports;
using PaperGraph.Graph.Tables;

namespace PaperGraph.App.Cli;

/// <summary><c>papergraph table --models A,B --benchmarks X,Y [--metric M] --format csv|md|latex</c>: a comparison table for survey authors.</summary>
internal static class TableCommand
{
    public static Command Create(CliConsole console)
    {
        var models = new Option<string[]>("--models") { Description = "Models (rows), comma-separated or repeated; default: every model with results.", HelpName = "NAMES" };
        var benchmarks = new Option<string[]>("--benchmarks") { Description = "Benchmarks (columns), comma-separated or repeated; default: every benchmark with results.", HelpName = "NAMES" };
        var metric = new Option<string?>("--metric") { Description = "Only results of this metric (for example accuracy).", HelpName = "METRIC" };
        var format = new Option<TableFormat>("--format") { Description = "Output format.", DefaultValueFactory = _ => TableFormat.Md };
        var db = CommonOptions.Database();
        var command = new Command("table", "Export a model-by-benchmark comparison table of reported results.") { models, benchmarks, metric, format, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var graph = await GraphLoader.LoadAsync(parse.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            try
            {
                var table = ComparisonTable.Build(graph, Split(parse.GetValue(models)), Split(parse.GetValue(benchmarks)), parse.GetValue(metric));
                ComparisonTableWriter.Write(console.Out, table, parse.GetValue(format));
                return ExitCodes.Ok;
            }
            catch (UnknownNameException e)
            {
                console.Error.WriteLine($"table: {e.Message}");
                return ExitCodes.SomeInputRejected;
            }
        });
        return command;
    }

    private static string[] Split(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
