using PaperGraph.Extraction.Model;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.Graph.Tables;

/// <summary>
/// A model-by-benchmark matrix of reported results for survey authors. A cell keeps every
/// result for its pair, from every paper, rather than silently picking one.
/// </summary>
public sealed record ComparisonTable(
    IReadOnlyList<EntityNode> Models,
    IReadOnlyList<EntityNode> Benchmarks,
    string? Metric,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<ResultNode>>> Cells)
{
    /// <summary>The results of one model on one benchmark.</summary>
    public IReadOnlyList<ResultNode> Cell(int model, int benchmark) => Cells[model][benchmark];

    /// <summary>
    /// Builds the table. Names resolve alias-aware; an unknown name is an error naming it. With no
    /// models, every model with a result on the benchmarks is a row; with no benchmarks, every
    /// benchmark with a result of the models is a column. <paramref name="metric"/> keeps only
    /// results of that metric (case-insensitive).
    /// </summary>
    public static ComparisonTable Build(GraphReadModel graph, IReadOnlyList<string>? models, IReadOnlyList<string>? benchmarks, string? metric = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var results = graph.Results.Where(r => r.Model is not null && r.Benchmark is not null
            && (metric is null || string.Equals(r.Metric, metric, StringComparison.OrdinalIgnoreCase)));
        var rows = Resolve(graph, models, [EntityKind.Model]);
        var columns = Resolve(graph, benchmarks, GraphReadModel.BenchmarkKinds);
        var relevant = results.Where(r => (rows is null || rows.Contains(r.Model!)) && (columns is null || columns.Contains(r.Benchmark!))).ToList();
        rows ??= [.. relevant.Select(r => r.Model!).Distinct().OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)];
        columns ??= [.. relevant.Select(r => r.Benchmark!).Distinct().OrderBy(b => b.Name, StringComparer.OrdinalIgnoreCase)];

        var cells = rows.Select(model => (IReadOnlyList<IReadOnlyList<ResultNode>>)[.. columns.Select(benchmark =>
            (IReadOnlyList<ResultNode>)[.. relevant.Where(r => r.Model == model && r.Benchmark == benchmark)])]).ToList();
        return new ComparisonTable(rows, columns, metric, cells);
    }

    private static List<EntityNode>? Resolve(GraphReadModel graph, IReadOnlyList<string>? names, EntityKind[] kinds)
    {
        if (names is null || names.Count == 0)
            return null;
        var found = new List<EntityNode>();
        foreach (var name in names)
        {
            var matches = graph.Resolve(name, kinds);
            if (matches.Count == 0)
                throw new UnknownNameException(name, kinds);
            found.AddRange(matches.Where(m => !found.Contains(m)));
        }

        return found;
    }
}

/// <summary>A name that resolves to no entity of the kinds asked for.</summary>
public sealed class UnknownNameException : Exception
{
    /// <summary>Creates the exception for <paramref name="name"/>.</summary>
    public UnknownNameException(string name, IReadOnlyList<EntityKind> kinds)
        : base($"no {string.Join(" or ", kinds.Select(k => k.ToString().ToLowerInvariant()))} named '{name}'") => Name = name;

    /// <summary>Creates the exception.</summary>
    public UnknownNameException()
    {
        Name = "";
    }

    /// <summary>Creates the exception.</summary>
    public UnknownNameException(string message, Exception inner)
        : base(message, inner)
    {
        Name = "";
    }

    /// <summary>The name that was not found.</summary>
    public string Name { get; }
}
