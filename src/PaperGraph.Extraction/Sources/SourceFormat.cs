namespace PaperGraph.Extraction.Sources;

/// <summary>The input formats PaperGraph reads.</summary>
public enum SourceFormat
{
    /// <summary>A daily-paper page dump: a title line, then its abstract paragraph.</summary>
    DailyDump,

    /// <summary>One JSON object per line with <c>title</c> and <c>abstract</c>.</summary>
    JsonLines,

    /// <summary>An arXiv API Atom feed.</summary>
    AtomFeed,
}
