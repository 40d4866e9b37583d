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
    /// <summary>Entities merged by a curator: removed id to kept id. Facts naming a removed entity count for the kept one.</summary>
    public IReadOnlyDictionary<string, string> Merges { get; init; } = new Dictionary<string, string>();

    /// <summary>A graph with nothing in it.</summary>
    public static GraphSnapshot Empty { get; } = new([], [], [], [], [], []);
}
