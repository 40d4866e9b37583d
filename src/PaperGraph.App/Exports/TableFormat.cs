namespace PaperGraph.App.Exports;

/// <summary>The formats a comparison table is exported in.</summary>
internal enum TableFormat
{
    /// <summary>Comma-separated values (RFC 4180, through CsvHelper).</summary>
    Csv,

    /// <summary>A GitHub-flavoured Markdown table.</summary>
    Md,

    /// <summary>A LaTeX booktabs table.</summary>
    Latex,
}
