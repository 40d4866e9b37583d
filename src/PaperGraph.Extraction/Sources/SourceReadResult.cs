using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Sources;

/// <summary>What a reader got out of one input: the papers it accepted and the records it rejected.</summary>
public sealed record SourceReadResult(SourceFormat? Format, IReadOnlyList<Paper> Papers, IReadOnlyList<SourceProblem> Problems)
{
    /// <summary>A file that yielded nothing because the whole file is unusable.</summary>
    public static SourceReadResult Unreadable(string file, string message) =>
        new(null, [], [new SourceProblem(new SourceLocation(file, null), message)]);
}
