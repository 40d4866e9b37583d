namespace PaperGraph.Extraction.Model;

/// <summary>Everything extracted from one paper's title and abstract.</summary>
public sealed record PaperExtraction(
    string Title,
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<ContextLengthMention> ContextLengths,
    IReadOnlyList<RepoMention> Repos,
    IReadOnlyList<ResultMention> Results,
    IReadOnlyList<EvaluationMention> Evaluations)
{
    /// <summary>The entities of one kind, in the order they were found.</summary>
    public IEnumerable<EntityMention> OfKind(EntityKind kind) => Entities.Where(e => e.Kind == kind);
}
