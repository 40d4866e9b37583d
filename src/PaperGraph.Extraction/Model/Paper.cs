namespace PaperGraph.Extraction.Model;

/// <summary>A paper as a source delivers it, before extraction.</summary>
public sealed record Paper(string Title, string Abstract)
{
    /// <summary>The arXiv identifier (for example <c>2406.17588</c>) when the source gives one.</summary>
    public string? ArxivId { get; init; }

    /// <summary>The paper's web address when the source gives one.</summary>
    public string? Url { get; init; }

    /// <summary>The publication date as the source writes it.</summary>
    public string? Date { get; init; }

    /// <summary>Author names in order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Where the source read this paper from, for messages about it.</summary>
    public SourceLocation? Origin { get; init; }
}
