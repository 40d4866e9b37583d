namespace PaperGraph.GraphQL;

/// <summary>Limits that protect the parser against hostile documents.</summary>
public sealed class ParserOptions
{
    /// <summary>The deepest nesting of selection sets, values and types allowed.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>The most tokens a document may have.</summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>Options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();
}
