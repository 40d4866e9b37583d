namespace PaperGraph.Extraction.Sources;

/// <summary>Tells a file's format from its content; the extension is only a tie-breaker.</summary>
internal static class SourceFormatDetector
{
    /// <summary>Detects the format of decoded file content.</summary>
    public static SourceFormat Detect(string text, string path)
    {
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("<?xml", StringComparison.Ordinal) || head.StartsWith("<feed", StringComparison.Ordinal))
            return SourceFormat.AtomFeed;
        if (head.StartsWith("{", StringComparison.Ordinal))
            return SourceFormat.JsonLines;
        if (head.StartsWith("<", StringComparison.Ordinal) && Path.GetExtension(path).Equals(".xml", StringComparison.OrdinalIgnoreCase))
            return SourceFormat.AtomFeed;
        return SourceFormat.DailyDump;
    }
}
