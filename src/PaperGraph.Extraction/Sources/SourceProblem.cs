using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Sources;

/// <summary>A record or file a reader rejected, with where it is and what is wrong.</summary>
public sealed record SourceProblem(SourceLocation Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
