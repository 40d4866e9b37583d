using PaperGraph.GraphQL.Execution;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Validation;

namespace PaperGraph.GraphQL;

/// <summary>Runs requests against a schema: parse, validate (both cached by document text), coerce variables, execute.</summary>
public sealed class GraphQLEngine
{
    /// <summary>
    /// The <c>extensions</c> of the error a mutation gets over GET (<see cref="GraphQLRequest.QueryOnly"/>),
    /// so that HTTP can answer 405 Method Not Allowed.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, object?> OnlyOverPost = new Dictionary<string, object?> { ["code"] = "OPERATION_NOT_ALLOWED_OVER_GET" };

    private readonly GraphQLSchema _schema;
    private readonly GraphQLEngineOptions _options;
    private readonly DocumentCache _cache;

    /// <summary>Creates an engine for a schema.</summary>
    public GraphQLEngine(GraphQLSchema schema, GraphQLEngineOptions? options = null)
    {
        _schema = schema;
        _options = options ?? new GraphQLEngineOptions();
        _cache = new DocumentCache(_options.DocumentCacheSize);
    }

    /// <summary>Executes one request; request errors come back with <see cref="ExecutionResult.HasData"/> false.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request.Query ?? "");
        if (prepared.Errors.Count > 0)
        {
            return ValueTask.FromResult(ExecutionResult.FromRequestErrors(prepared.Errors));
        }
        var operation = SelectOperation(prepared, request.OperationName, out var operationError);
        if (operation is null)
        {
            return ValueTask.FromResult(ExecutionResult.FromRequestErrors([operationError!]));
        }
        if (request.QueryOnly && operation.Operation != OperationType.Query)
        {
            return ValueTask.FromResult(ExecutionResult.FromRequestErrors([new GraphQLError($"Can only perform a {operation.Operation.ToKeyword()} operation from a POST request.", operation.Location is null ? null : [operation.Location.StartLocation], null, OnlyOverPost)]));
        }
        var rootType = _schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return ValueTask.FromResult(ExecutionResult.FromData(null, [new GraphQLError($"Schema is not configured to execute {operation.Operation.ToKeyword()} operation.", operation.Location?.StartLocation)]));
        }
        var variables = VariableCoercion.Coerce(_schema, operation, request.Variables, out var variableErrors);
        if (variableErrors is not null)
        {
            return ValueTask.FromResult(ExecutionResult.FromRequestErrors(variableErrors));
        }
        if (operation.Operation == OperationType.Subscription)
        {
            return ValueTask.FromResult(ExecutionResult.FromRequestErrors([new GraphQLError("Subscriptions are not supported by this server.", operation.Location?.StartLocation)]));
        }
        if (_options.ExecutionTimeout is null)
        {
            return Run(prepared, operation, rootType, variables, request, ct);
        }
        return RunWithTimeoutAsync(prepared, operation, rootType, variables, request, ct);
    }

    private async ValueTask<ExecutionResult> RunWithTimeoutAsync(PreparedDocument prepared, OperationDefinitionNode operation, Types.GraphQLObjectType rootType, IReadOnlyDictionary<string, object?> variables, GraphQLRequest request, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.ExecutionTimeout!.Value);
        return await Run(prepared, operation, rootType, variables, request, timeout.Token).ConfigureAwait(false);
    }

    private ValueTask<ExecutionResult> Run(PreparedDocument prepared, OperationDefinitionNode operation, Types.GraphQLObjectType rootType, IReadOnlyDictionary<string, object?> variables, GraphQLRequest request, CancellationToken ct)
    {
        var state = new ExecutionState(_schema, prepared.Fragments, variables, request.UserContext, ct);
        try
        {
            var plans = prepared.GetRootPlans(state, operation, rootType);
            var data = Executor.ExecuteOperation(state, operation.Operation, rootType, plans, request.RootValue);
            if (data is PendingValue pending)
            {
                return AwaitAsync(pending.Task, state, ct);
            }
            return ValueTask.FromResult(ExecutionResult.FromData(data, state.Errors));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return ValueTask.FromResult(Cancelled(state));
        }
    }

    private async ValueTask<ExecutionResult> AwaitAsync(Task<object?> task, ExecutionState state, CancellationToken ct)
    {
        try
        {
            var data = await task.ConfigureAwait(false);
            return ExecutionResult.FromData(data, state.Errors);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return Cancelled(state);
        }
    }

    private ExecutionResult Cancelled(ExecutionState state)
    {
        var errors = new List<GraphQLError>(state.Errors)
        {
            new(_options.ExecutionTimeout is { } limit
                ? $"Execution was cancelled: it took longer than the {limit.TotalMilliseconds:0} ms limit or the request was abandoned."
                : "Execution was cancelled."),
        };
        return ExecutionResult.FromData(null, errors);
    }

    private PreparedDocument Prepare(string query)
    {
        if (_cache.TryGet(query, out var cached))
        {
            return cached;
        }
        PreparedDocument prepared;
        try
        {
            var document = Parser.Parse(query, _options.Parser);
            var errors = DocumentValidator.Validate(_schema, document, _options.ExtraRules, _options.MaxValidationErrors);
            prepared = new PreparedDocument(errors.Count == 0 ? document : null, errors);
        }
        catch (GraphQLSyntaxException ex)
        {
            prepared = new PreparedDocument(null, [new GraphQLError(ex.Message, ex.Location)]);
        }
        _cache.Add(query, prepared);
        return prepared;
    }

    private static OperationDefinitionNode? SelectOperation(PreparedDocument prepared, string? operationName, out GraphQLError? error)
    {
        error = null;
        if (string.IsNullOrEmpty(operationName))
        {
            if (prepared.Operations.Count == 1)
            {
                return prepared.Operations[0];
            }
            error = new GraphQLError(prepared.Operations.Count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.");
            return null;
        }
        foreach (var operation in prepared.Operations)
        {
            if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }
        error = new GraphQLError($"Unknown operation named \"{operationName}\".");
        return null;
    }
}
