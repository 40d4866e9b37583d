using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Validation;

namespace PaperGraph.GraphQL;

/// <summary>Settings of a <see cref="GraphQLEngine"/>.</summary>
public sealed class GraphQLEngineOptions
{
    /// <summary>Validation rules run after the specified ones, such as <see cref="MaxDepthRule"/> and <see cref="CostRule"/>.</summary>
    public IReadOnlyList<Func<ValidationContext, ASTVisitor>>? ExtraRules { get; init; }

    /// <summary>Stops execution after this long with an error.</summary>
    public TimeSpan? ExecutionTimeout { get; init; }

    /// <summary>How many parsed and validated documents to keep, keyed by document text.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>Parser limits.</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Validation stops after this many errors.</summary>
    public int MaxValidationErrors { get; init; } = 100;
}
