namespace PaperGraph.GraphQL;

/// <summary>
/// Several errors of one field, each reported on its own (for example one per invalid input
/// field), all with the field's path and location.
/// </summary>
public sealed class GraphQLErrorsException : GraphQLException
{
    /// <summary>Creates the exception from its errors; there must be at least one.</summary>
    public GraphQLErrorsException(IReadOnlyList<GraphQLException> errors)
        : base(errors is { Count: > 0 } ? errors[0].Message : throw new ArgumentException("at least one error is needed", nameof(errors))) => Errors = errors;

    /// <summary>Creates the exception with one error.</summary>
    public GraphQLErrorsException(string message)
        : base(message) => Errors = [new GraphQLException(message)];

    /// <summary>Creates the exception with no errors of its own.</summary>
    public GraphQLErrorsException()
        : this("several errors")
    {
    }

    /// <summary>Creates the exception with one error wrapping another exception.</summary>
    public GraphQLErrorsException(string message, Exception innerException)
        : base(message, innerException) => Errors = [new GraphQLException(message)];

    /// <summary>The errors, in order.</summary>
    public IReadOnlyList<GraphQLException> Errors { get; }
}
