namespace PaperGraph.Extraction.Text;

/// <summary>A half-open character range [<see cref="Start"/>, <see cref="End"/>) of one text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two ranges share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
