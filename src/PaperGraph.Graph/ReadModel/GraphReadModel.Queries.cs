using PaperGraph.Extraction.Model;

namespace PaperGraph.Graph.ReadModel;

public sealed partial class GraphReadModel
{
    /// <summary>The kinds that count as "a benchmark" in questions: evaluation benchmarks and datasets.</summary>
    public static readonly EntityKind[] BenchmarkKinds = [EntityKind.Benchmark, EntityKind.Dataset];

    /// <summary>
    /// Benchmarks on which a model (any spelling or alias) was evaluated at or above a context
    /// length, each with the evaluations that qualify. With no minimum, every evaluation counts.
    /// </summary>
    public IReadOnlyList<BenchmarkEvaluations> BenchmarksEvaluating(string modelName, long? minContextTokens = null)
    {
        var models = Resolve(modelName, EntityKind.Model).ToHashSet();
        var evaluations = minContextTokens is { } min
            ? EvaluationsWithContextAtLeast(min)
            : models.SelectMany(m => m.Evaluations);
        return [.. evaluations
            .Where(e => models.Contains(e.Model))
            .GroupBy(e => e.Benchmark)
            .OrderBy(g => g.Key.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new BenchmarkEvaluations(g.Key, [.. g.OrderByDescending(e => e.ContextLength)]))];
    }

    /// <summary>Ranked full-text search over entity names, aliases, paper titles and abstracts; the index is built on first use.</summary>
    public IReadOnlyList<Search.SearchHit> Search(string text, Func<object, bool>? accept = null) =>
        searchIndex.Value.Search(text, accept);

    /// <summary>Models evaluated on a benchmark (any spelling or alias), each with its evaluations.</summary>
    public IReadOnlyList<ModelEvaluations> ModelsEvaluatedOn(string benchmarkName) =>
        [.. Resolve(benchmarkName, BenchmarkKinds)
            .SelectMany(b => b.Evaluations)
            .GroupBy(e => e.Model)
            .OrderBy(g => g.Key.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ModelEvaluations(g.Key, [.. g]))];
}

/// <summary>A benchmark with the evaluations that answered a question.</summary>
public sealed record BenchmarkEvaluations(EntityNode Benchmark, IReadOnlyList<Evaluation> Evaluations);

/// <summary>A model with the evaluations that answered a question.</summary>
public sealed record ModelEvaluations(EntityNode Model, IReadOnlyList<Evaluation> Evaluations);
