namespace PaperGraph.Extraction.Model;

/// <summary>A place in an input file: the file and a 1-based line (or, for feeds, the entry's line).</summary>
public sealed record SourceLocation(string File, int? Line)
{
    /// <inheritdoc />
    public override string ToString() => Line is null ? File : $"{File}:{Line}";
}
