using PaperGraph.Graph.ReadModel;

namespace PaperGraph.App.Api.Sorting;

/// <summary>The <c>order</c> inputs of schema.graphql, one per type, over the read model's nodes.
/// References to types declared further down are lambdas, run after initialisation (hence <c>!</c>).</summary>
internal static class GraphSorts
{
    public static SortType<PaperNode> Paper { get; } = new SortType<PaperNode>("PaperSortInput")
        .Field("id", p => p.Id)
        .Field("title", p => p.Title)
        .Field("date", p => p.Date)
        .Field("arxivId", p => p.ArxivId);

    public static SortType<EntityNode> Model { get; } = new SortType<EntityNode>("ModelSortInput")
        .Field("name", e => e.Name)
        .Field("parameters", e => e.Params)
        .Field("contextWindow", e => e.ContextWindow);

    public static SortType<EntityNode> Benchmark { get; } = new SortType<EntityNode>("BenchmarkSortInput")
        .Field("name", e => e.Name)
        .Field("kind", e => e.Kind.ToString());

    public static SortType<EntityNode> Dataset { get; } = new SortType<EntityNode>("DatasetSortInput")
        .Field("name", e => e.Name);

    public static SortType<EntityNode> Method { get; } = new SortType<EntityNode>("MethodSortInput")
        .Field("name", e => e.Name);

    public static SortType<RepoNode> Repo { get; } = new SortType<RepoNode>("RepoSortInput")
        .Field("name", r => r.Name);

    public static SortType<ResultNode> Result { get; } = new SortType<ResultNode>("ResultSortInput")
        .Field("value", r => r.Value)
        .Field("unit", r => r.Unit)
        .Field("metric", r => r.Metric)
        .Object("model", r => r.Model, () => Model!)
        .Object("benchmark", r => r.Benchmark, () => Benchmark!)
        .Object("paper", r => r.Paper, () => Paper!);

    public static SortType<Evaluation> Evaluation { get; } = new SortType<Evaluation>("EvaluationSortInput")
        .Field("contextLength", e => e.ContextLength)
        .Object("model", e => e.Model, () => Model!)
        .Object("benchmark", e => e.Benchmark, () => Benchmark!)
        .Object("paper", e => e.Paper, () => Paper!);
}
