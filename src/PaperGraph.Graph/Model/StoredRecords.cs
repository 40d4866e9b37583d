using PaperGraph.Extraction.Model;

namespace PaperGraph.Graph.Model;

/// <summary>A paper node as stored: its text and bibliographic fields.</summary>
public sealed record StoredPaper(
    string Id,
    string Title,
    string Abstract,
    string? ArxivId,
    string? Url,
    string? Date,
    IReadOnlyList<string> Authors,
    string? Source);

/// <summary>A model, benchmark, dataset or method node: shared by every paper that names it.</summary>
public sealed record StoredEntity(string Id, EntityKind Kind, string Name);

/// <summary>A GitHub repository node (<c>owner/name</c>).</summary>
public sealed record StoredRepo(string Id, string Name);

/// <summary>A result node: one reported figure of one paper.</summary>
public sealed record StoredResult(string Id, string PaperId, double Value, string? Unit, string? Metric, string Text, Evidence Evidence)
{
    /// <summary>Set by a curator; a later re-ingest keeps verified facts.</summary>
    public bool Verified { get; init; }
}

/// <summary>A token length a paper states, and the entity it belongs to when the text says so.</summary>
public sealed record StoredContextLength(string PaperId, string Text, long Tokens, string? SubjectId, Evidence Evidence);

/// <summary>
/// A relationship stated by one paper, with the evidence for it. <see cref="Properties"/> holds
/// what the type carries (<see cref="RelationshipProperties"/>).
/// </summary>
public sealed record StoredRelationship(
    string Id,
    RelationshipType Type,
    string FromId,
    string ToId,
    string PaperId,
    RelationshipProperties Properties,
    Evidence Evidence)
{
    /// <summary>Set by a curator; a later re-ingest keeps verified facts.</summary>
    public bool Verified { get; init; }
}

/// <summary>The properties a relationship can carry; each type uses the ones that fit it.</summary>
public sealed record RelationshipProperties
{
    /// <summary>An empty property set.</summary>
    public static RelationshipProperties None { get; } = new();

    /// <summary>MENTIONS: the name as the paper writes it.</summary>
    public string? WrittenName { get; init; }

    /// <summary>MENTIONS: the other forms the paper uses for the entity.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>MENTIONS of a model: the parameter count the paper states.</summary>
    public long? Params { get; init; }

    /// <summary>MENTIONS of a model: the context window the paper states, in tokens.</summary>
    public long? ContextWindow { get; init; }

    /// <summary>EVALUATED_ON: the token lengths tied to the evaluation.</summary>
    public IReadOnlyList<long> ContextLengths { get; init; } = [];
}
