namespace PaperGraph.Graph.Model;

/// <summary>The whole stored graph, as loaded for the read model.</summary>
public sealed record GraphSnapshot(
    IReadOnlyList<StoredPaper> Papers,
    IReadOnlyList<StoredEntity> Entities,
    IReadOnlyList<StoredRepo> Repos,
    IReadOnlyList<StoredResult> Results,
    IReadOnlyList<StoredContextLength> ContextLengths,
    IReadOnlyList<StoredRelationship> Relationships)
{
    /// <summary>A graph with nothing in it.</summary>
    public static GraphSnapshot Empty { get; } = new([], [], [], [], [], []);
}
