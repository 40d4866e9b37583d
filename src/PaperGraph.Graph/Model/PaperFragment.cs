namespace PaperGraph.Graph.Model;

/// <summary>
/// Everything one paper contributes to the graph: its node, the entity and repo nodes it names,
/// its results and lengths, and the relationships it states. The store writes a fragment
/// atomically and replaces it whole when the paper changes.
/// </summary>
public sealed record PaperFragment(
    StoredPaper Paper,
    IReadOnlyList<StoredEntity> Entities,
    IReadOnlyList<StoredRepo> Repos,
    IReadOnlyList<StoredResult> Results,
    IReadOnlyList<StoredContextLength> ContextLengths,
    IReadOnlyList<StoredRelationship> Relationships)
{
    /// <summary>
    /// A digest of the fragment's content: equal digests mean a re-ingest changes nothing. Where
    /// the paper was read from is left out, so the same paper in two dumps is one unchanged paper.
    /// </summary>
    public string ContentHash { get; } = FragmentHash.Compute(Paper, Entities, Repos, Results, ContextLengths, Relationships);
}
