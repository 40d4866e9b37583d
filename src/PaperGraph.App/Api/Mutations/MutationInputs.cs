namespace PaperGraph.App.Api.Mutations;

/// <summary>An <c>AbstractInput</c>: one abstract to ingest.</summary>
internal sealed record AbstractInput(string Title, string Abstract, string? Id, string? Url, string? Date, IReadOnlyList<string> Authors);

/// <summary>The arguments of <c>ingest</c>.</summary>
internal sealed record IngestInput(IReadOnlyList<AbstractInput> Abstracts);

/// <summary>A <c>CorrectFactInput</c>.</summary>
internal sealed record CorrectFactInput(string Id, IReadOnlyList<long>? ContextLengths, double? Value, string? Unit, string? Metric, long? Parameters, long? ContextWindow);

/// <summary>The arguments of <c>mergeEntities</c>.</summary>
internal sealed record MergeEntitiesInput(string Keep, IReadOnlyList<string> Remove);
