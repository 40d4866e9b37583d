using System.CommandLine;
using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.App.Cli;

/// <summary><c>papergraph show NAME-OR-ID</c>: an entity or paper with its relations and the sentences they come from.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("NAME-OR-ID") { Description = "An entity name or alias, a paper title or arXiv id, or any node id." };
        var db = CommonOptions.Database();
        var command = new Command("show", "Show an entity or a paper with its relations and evidence.") { name, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var graph = await GraphLoader.LoadAsync(parse.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var wanted = parse.GetValue(name)!;
            var found = FindAll(graph, wanted);
            if (found.Count == 0)
            {
                console.Error.WriteLine($"show: nothing named '{wanted}' in {parse.GetValue(db)}");
                return ExitCodes.SomeInputRejected;
            }

            foreach (var node in found)
                Print(console.Out, node);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<object> FindAll(GraphReadModel graph, string wanted)
    {
        if (graph.FindById(wanted) is { } byId)
            return [byId];
        if (graph.FindPaper(wanted) is { } paper)
            return [paper];
        return [.. graph.Resolve(wanted)];
    }

    private static void Print(TextWriter output, object node)
    {
        switch (node)
        {
            case PaperNode paper:
                PrintPaper(output, paper);
                break;
            case EntityNode entity:
                PrintEntity(output, entity);
                break;
            case RepoNode repo:
                output.WriteLine($"Repo {repo.Name}  [{repo.Id}]  {repo.Url}");
                foreach (var link in repo.Links)
                    output.WriteLine($"  linked by \"{link.Paper.Title}\"");
                break;
            case ResultNode result:
                output.WriteLine($"Result {Value(result)}  [{result.Id}]");
                Evidence(output, "  ", result.Paper, result.Evidence);
                break;
            case Evaluation evaluation:
                output.WriteLine($"Evaluation {evaluation.Model.Name} on {evaluation.Benchmark.Name}{Length(evaluation)}  [{evaluation.Id}]");
                Evidence(output, "  ", evaluation.Paper, evaluation.Evidence);
                break;
        }

        output.WriteLine();
    }

    private static void PrintPaper(TextWriter output, PaperNode paper)
    {
        output.WriteLine($"Paper \"{paper.Title}\"  [{paper.Id}]");
        if (paper.Source is not null)
            output.WriteLine($"  source: {paper.Source}");
        foreach (var mention in paper.Mentions)
        {
            output.WriteLine($"  {(mention.Introduced ? "INTRODUCES" : "MENTIONS")} {mention.Entity.Kind} {mention.Entity.Name}");
            Evidence(output, "    ", null, mention.Evidence);
        }

        foreach (var evaluation in paper.Evaluations)
        {
            output.WriteLine($"  EVALUATES {evaluation.Model.Name} on {evaluation.Benchmark.Name}{Length(evaluation)}");
            Evidence(output, "    ", null, evaluation.Evidence);
        }

        foreach (var result in paper.Results)
        {
            output.WriteLine($"  REPORTS {Value(result)}");
            Evidence(output, "    ", null, result.Evidence);
        }

        foreach (var length in paper.ContextLengths)
            output.WriteLine($"  LENGTH {TokenCount.Format(length.Tokens)} tokens (\"{length.Text}\"){(length.Subject is null ? "" : " of " + length.Subject.Name)}");
        foreach (var link in paper.Repos)
            output.WriteLine($"  HAS_CODE {link.Repo.Url}");
    }

    private static void PrintEntity(TextWriter output, EntityNode entity)
    {
        output.WriteLine($"{entity.Kind} {entity.Name}  [{entity.Id}]");
        if (entity.Aliases.Count > 0)
            output.WriteLine($"  aliases: {string.Join(", ", entity.Aliases)}");
        if (entity.Params is { } parameters)
            output.WriteLine($"  parameters: {parameters:N0}");
        if (entity.ContextWindow is { } window)
            output.WriteLine($"  context window: {TokenCount.Format(window)} tokens");
        foreach (var paper in entity.IntroducedBy)
            output.WriteLine($"  introduced by \"{paper.Title}\"");
        output.WriteLine($"  mentioned by {entity.Mentions.Count} paper(s)");
        foreach (var evaluation in entity.Evaluations)
        {
            var other = entity.Kind == EntityKind.Model ? $"on {evaluation.Benchmark.Name}" : $"of {evaluation.Model.Name}";
            output.WriteLine($"  evaluation {other}{Length(evaluation)}");
            Evidence(output, "    ", evaluation.Paper, evaluation.Evidence);
        }

        foreach (var result in entity.Results)
        {
            output.WriteLine($"  result {Value(result)}");
            Evidence(output, "    ", result.Paper, result.Evidence);
        }
    }

    private static string Value(ResultNode result) =>
        $"{result.Value}{result.Unit}{(result.Metric is null ? "" : " " + result.Metric)}"
        + (result.Model is null ? "" : $" of {result.Model.Name}")
        + (result.Benchmark is null ? "" : $" on {result.Benchmark.Name}");

    private static string Length(Evaluation evaluation) =>
        evaluation.ContextLengths.Count == 0 ? "" : " at " + string.Join(", ", evaluation.ContextLengths.Select(TokenCount.Format));

    private static void Evidence(TextWriter output, string indent, PaperNode? paper, Extraction.Model.Evidence evidence)
    {
        var where = paper is null ? "" : $"\"{paper.Title}\", ";
        output.WriteLine($"{indent}evidence ({where}{evidence.Field.ToString().ToLowerInvariant()} {evidence.Start}-{evidence.End}, rule {evidence.Rule}): {evidence.Sentence}");
    }
}
