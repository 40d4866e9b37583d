using PaperGraph.App.Api.Filtering;
using PaperGraph.App.Api.Sorting;
using PaperGraph.Extraction.Model;
using PaperGraph.Graph.ReadModel;
using PaperGraph.Graph.Search;
using PaperGraph.Graph.Tables;
using PaperGraph.GraphQL;

namespace PaperGraph.App.Api.Resolvers;

/// <summary>The fields of <c>Query</c>: every read starts here, on the request's read model.</summary>
internal static class QueryResolvers
{
    public static SchemaBindings AddQuery(this SchemaBindings bindings) => bindings
        .Resolve("Query", "node", c => c.Api().Graph.FindById(c.GetArgument<string>("id")!))
        .Resolve("Query", "nodes", c => c.Strings("ids")!.Select(c.Api().Graph.FindById).ToList())
        .Resolve("Query", "papers", c => c.Connection(c.Api().Graph.Papers, GraphFilters.Paper, GraphSorts.Paper))
        .Resolve("Query", "paper", c => c.Api().Graph.FindPaper(c.GetArgument<string>("idOrTitle")!))
        .Resolve("Query", "models", c => c.Connection(c.Api().Graph.EntitiesOf(EntityKind.Model), GraphFilters.Model, GraphSorts.Model))
        .Resolve("Query", "model", c => c.Api().Graph.Resolve(c.GetArgument<string>("name")!, EntityKind.Model).FirstOrDefault())
        .Resolve("Query", "benchmarks", c => c.Connection(EvaluationTargets(c.Api().Graph), GraphFilters.Benchmark, GraphSorts.Benchmark))
        .Resolve("Query", "benchmark", c => c.Api().Graph.Resolve(c.GetArgument<string>("name")!, GraphReadModel.BenchmarkKinds).FirstOrDefault())
        .Resolve("Query", "datasets", c => c.Connection(c.Api().Graph.EntitiesOf(EntityKind.Dataset), GraphFilters.Dataset, GraphSorts.Dataset))
        .Resolve("Query", "methods", c => c.Connection(c.Api().Graph.EntitiesOf(EntityKind.Method), GraphFilters.Method, GraphSorts.Method))
        .Resolve("Query", "repos", c => c.Connection(c.Api().Graph.Repos, GraphFilters.Repo, GraphSorts.Repo))
        .Resolve("Query", "results", c => c.Connection(c.Api().Graph.Results, GraphFilters.Result, GraphSorts.Result))
        .Resolve("Query", "evaluations", c => c.Connection(c.Api().Graph.Evaluations, GraphFilters.Evaluation, GraphSorts.Evaluation))
        .Resolve("Query", "search", Search)
        .Resolve("Query", "comparisonTable", ComparisonTableOf);

    /// <summary>Benchmarks, and datasets that some paper evaluates on or reports a result for.</summary>
    private static IEnumerable<EntityNode> EvaluationTargets(GraphReadModel graph) =>
        graph.EntitiesOf(EntityKind.Benchmark).Concat(graph.EntitiesOf(EntityKind.Dataset).Where(d => d.Evaluations.Count > 0 || d.Results.Count > 0))
            .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase);

    private static object Search(ResolveContext context)
    {
        var kinds = context.Strings("kinds")?.ToHashSet(StringComparer.Ordinal);
        var hits = context.Api().Graph.Search(context.GetArgument<string>("text")!, kinds is null ? null : node => kinds.Contains(NodeTypes.TypeName(node).ToUpperInvariant()));
        return context.Page([.. hits.Select(h => new SearchHitView(h.Node, h.Score, h.MatchedIn.ToString().ToUpperInvariant(), h.Snippet))]);
    }

    private static object ComparisonTableOf(ResolveContext context)
    {
        try
        {
            var table = ComparisonTable.Build(context.Api().Graph, context.Strings("models"), context.Strings("benchmarks"), context.GetArgument<string>("metric"));
            var rows = table.Models.Select((model, m) => new ComparisonRowView(model, [.. table.Benchmarks.Select((benchmark, b) => new ComparisonCellView(benchmark, table.Cell(m, b)))]));
            return new ComparisonTableView(table.Models, table.Benchmarks, table.Metric, [.. rows]);
        }
        catch (UnknownNameException e)
        {
            throw new GraphQLException(e.Message, new Dictionary<string, object?> { ["code"] = "NOT_FOUND", ["name"] = e.Name });
        }
    }
}
