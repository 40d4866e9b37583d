namespace PaperGraph.Extraction.Model;

/// <summary>Which text of a paper a span points into.</summary>
public enum TextField
{
    /// <summary>The paper's title.</summary>
    Title,

    /// <summary>The paper's abstract.</summary>
    Abstract,
}
