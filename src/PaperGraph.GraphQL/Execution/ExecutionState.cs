using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Execution;

/// <summary>Everything one execution shares: schema, fragments, coerced variables and the errors so far.</summary>
internal sealed class ExecutionState(GraphQLSchema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, object? userContext, CancellationToken cancellationToken)
{
    private List<GraphQLError>? _errors;

    public GraphQLSchema Schema { get; } = schema;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = fragments;

    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

    public object? UserContext { get; } = userContext;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<GraphQLError> Errors => _errors ?? (IReadOnlyList<GraphQLError>)[];

    /// <summary>Records an error; asynchronous fields may report from several threads, so the list is locked.</summary>
    public void AddError(GraphQLError error)
    {
        var errors = _errors ?? Interlocked.CompareExchange(ref _errors, [], null) ?? _errors!;
        lock (errors)
        {
            errors.Add(error);
        }
    }
}

/// <summary>Thrown after a null reached a non-null position, so the nearest nullable parent becomes null.</summary>
internal sealed class NullPropagationException : Exception
{
    public NullPropagationException()
    {
    }

    public NullPropagationException(string message)
        : base(message)
    {
    }

    public NullPropagationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A value still being computed by an asynchronous resolver.</summary>
internal sealed class PendingValue(Task<object?> task)
{
    public Task<object?> Task { get; } = task;
}
