using System.Globalization;
using PaperGraph.Graph.ReadModel;
using PaperGraph.Graph.Tables;

namespace PaperGraph.App.Exports;

/// <summary>
/// What every format prints: header, one row per model with the cell texts, and the numbered
/// papers the cells cite. A cell lists each result as value, unit and a source marker, so a
/// cell with results from two papers shows both.
/// </summary>
internal sealed class TableLayout
{
    private readonly List<PaperNode> sources = [];

    public TableLayout(ComparisonTable table)
    {
        Header = ["model", .. table.Benchmarks.Select(b => b.Name)];
        Rows = [.. table.Models.Select((model, i) => (IReadOnlyList<string>)[model.Name, .. table.Benchmarks.Select((_, j) => CellText(table.Cell(i, j)))])];
        Sources = sources;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The papers cited by the markers, marker n being item n - 1.</summary>
    public IReadOnlyList<PaperNode> Sources { get; }

    private string CellText(IReadOnlyList<ResultNode> results) =>
        string.Join("; ", results.Select(r => $"{r.Value.ToString(CultureInfo.InvariantCulture)}{r.Unit}{(r.Metric is null ? "" : " " + r.Metric)} [{Marker(r.Paper)}]"));

    private int Marker(PaperNode paper)
    {
        var index = sources.IndexOf(paper);
        if (index < 0)
        {
            sources.Add(paper);
            index = sources.Count - 1;
        }

        return index + 1;
    }
}
