using System.CommandLine;
using PaperGraph.Extraction.Model;

namespace PaperGraph.App.Cli;

/// <summary><c>papergraph stats</c>: how many nodes of each kind and relationships the store holds, papers first.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var command = new Command("stats", "Count the graph's nodes by kind and its relationships.") { db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var graph = await GraphLoader.LoadAsync(parse.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var rows = new (string Label, int Count)[]
            {
                ("papers", graph.Papers.Count),
                ("models", graph.EntitiesOf(EntityKind.Model).Count),
                ("benchmarks", graph.EntitiesOf(EntityKind.Benchmark).Count),
                ("datasets", graph.EntitiesOf(EntityKind.Dataset).Count),
                ("methods", graph.EntitiesOf(EntityKind.Method).Count),
                ("repos", graph.Repos.Count),
                ("results", graph.Results.Count),
                ("evaluations", graph.Evaluations.Count),
                ("relationships", graph.RelationshipCount),
            };
            foreach (var (label, count) in rows)
                console.Out.WriteLine($"{label,-14}{count,8}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
