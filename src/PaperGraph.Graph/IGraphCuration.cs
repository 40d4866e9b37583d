namespace PaperGraph.Graph;

/// <summary>
/// Human corrections to the stored graph. Verified and corrected facts survive a re-ingest of
/// their paper; merged entities stay merged for papers ingested later.
/// </summary>
public interface IGraphCuration
{
    /// <summary>Sets the verified flag of a fact (a relationship or a result); false when no fact has that id.</summary>
    Task<bool> VerifyFactAsync(string factId, bool verified, CancellationToken cancellationToken = default);

    /// <summary>Applies a correction and marks the fact verified; false when no fact has that id.</summary>
    /// <exception cref="CurationException">The correction does not fit the kind of fact.</exception>
    Task<bool> CorrectFactAsync(FactCorrection correction, CancellationToken cancellationToken = default);

    /// <summary>Makes <paramref name="removeIds"/> the same entity as <paramref name="keepId"/>; returns how many facts now point at the kept one.</summary>
    /// <exception cref="CurationException">An id names no entity, or the kept one is among the removed.</exception>
    Task<int> MergeEntitiesAsync(string keepId, IReadOnlyList<string> removeIds, CancellationToken cancellationToken = default);
}

/// <summary>A correction of one fact: only the properties given change.</summary>
public sealed record FactCorrection(string FactId)
{
    /// <summary>An evaluation's context lengths in tokens.</summary>
    public IReadOnlyList<long>? ContextLengths { get; init; }

    /// <summary>A result's value.</summary>
    public double? Value { get; init; }

    /// <summary>A result's unit.</summary>
    public string? Unit { get; init; }

    /// <summary>A result's metric.</summary>
    public string? Metric { get; init; }

    /// <summary>A mention's parameter count.</summary>
    public long? Params { get; init; }

    /// <summary>A mention's context window in tokens.</summary>
    public long? ContextWindow { get; init; }
}

/// <summary>A curation request that cannot be applied; the message says which part and why.</summary>
public sealed class CurationException : Exception
{
    /// <summary>Creates the exception for the input field <paramref name="field"/>.</summary>
    public CurationException(string field, string message)
        : base(message) => Field = field;

    /// <summary>Creates the exception.</summary>
    public CurationException()
    {
        Field = "";
    }

    /// <summary>Creates the exception.</summary>
    public CurationException(string message)
        : base(message)
    {
        Field = "";
    }

    /// <summary>Creates the exception.</summary>
    public CurationException(string message, Exception inner)
        : base(message, inner)
    {
        Field = "";
    }

    /// <summary>The input field at fault (for example <c>remove[1]</c>).</summary>
    public string Field { get; }
}
