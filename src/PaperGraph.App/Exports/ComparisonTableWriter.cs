using System.Globalization;
using System.Text;
using CsvHelper;
using PaperGraph.Graph.Tables;

namespace PaperGraph.App.Exports;

/// <summary>Writes a comparison table as CSV, Markdown or LaTeX; the CLI and the HTTP export share it.</summary>
internal static class ComparisonTableWriter
{
    /// <summary>The media type of each format, for HTTP responses.</summary>
    public static string ContentType(TableFormat format) => format switch
    {
        TableFormat.Csv => "text/csv; charset=utf-8",
        TableFormat.Md => "text/markdown; charset=utf-8",
        _ => "application/x-latex; charset=utf-8",
    };

    public static void Write(TextWriter output, ComparisonTable table, TableFormat format)
    {
        var layout = new TableLayout(table);
        switch (format)
        {
            case TableFormat.Csv:
                WriteCsv(output, layout);
                break;
            case TableFormat.Md:
                WriteMarkdown(output, layout);
                break;
            default:
                WriteLatex(output, layout, table.Metric);
                break;
        }
    }

    public static string ToText(ComparisonTable table, TableFormat format)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        Write(output, table, format);
        return output.ToString();
    }

    private static void WriteCsv(TextWriter output, TableLayout layout)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var row in layout.Rows.Prepend(layout.Header))
        {
            foreach (var field in row)
                csv.WriteField(field);
            csv.NextRecord();
        }

        // The sources follow the matrix after an empty record, so a spreadsheet shows them below it.
        csv.NextRecord();
        for (var i = 0; i < layout.Sources.Count; i++)
        {
            csv.WriteField($"[{i + 1}]");
            csv.WriteField(layout.Sources[i].Title);
            csv.WriteField(layout.Sources[i].Url ?? layout.Sources[i].Id);
            csv.NextRecord();
        }
    }

    private static void WriteMarkdown(TextWriter output, TableLayout layout)
    {
        static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
        output.WriteLine("| " + string.Join(" | ", layout.Header.Select(Cell)) + " |");
        output.WriteLine("|" + string.Concat(layout.Header.Select(_ => " --- |")));
        foreach (var row in layout.Rows)
            output.WriteLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        output.WriteLine();
        for (var i = 0; i < layout.Sources.Count; i++)
            output.WriteLine($"[{i + 1}] {layout.Sources[i].Title}");
    }

    private static void WriteLatex(TextWriter output, TableLayout layout, string? metric)
    {
        output.WriteLine("% requires \\usepackage{booktabs}");
        output.WriteLine("\\begin{table}[t]");
        output.WriteLine("\\centering");
        output.WriteLine("\\begin{tabular}{l" + new string('c', layout.Header.Count - 1) + "}");
        output.WriteLine("\\toprule");
        output.WriteLine(string.Join(" & ", layout.Header.Select(LatexText.Escape)) + " \\\\");
        output.WriteLine("\\midrule");
        foreach (var row in layout.Rows)
            output.WriteLine(string.Join(" & ", row.Select(LatexText.Escape)) + " \\\\");
        output.WriteLine("\\bottomrule");
        output.WriteLine("\\end{tabular}");
        var caption = new StringBuilder(metric is null ? "Reported results." : $"Reported {metric} results.");
        for (var i = 0; i < layout.Sources.Count; i++)
            caption.Append(CultureInfo.InvariantCulture, $" [{i + 1}] {layout.Sources[i].Title}.");
        output.WriteLine("\\caption{" + LatexText.Escape(caption.ToString()) + "}");
        output.WriteLine("\\end{table}");
    }
}
