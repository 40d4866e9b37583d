using System.Collections;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Execution;

/// <summary>
/// Executes an operation (spec section 6.2-6.4). Runs synchronously while resolvers complete synchronously and
/// switches to awaiting only where a resolver returns a pending task.
/// </summary>
internal static class Executor
{
    /// <summary>
    /// Implements 'ExecuteQuery' and 'ExecuteMutation' for prepared root plans: returns the data, or a
    /// <see cref="PendingValue"/> when some resolver is still running.
    /// </summary>
    public static object? ExecuteOperation(ExecutionState state, OperationType operation, GraphQLObjectType rootType, FieldPlan[] rootPlans, object? rootValue)
    {
        if (operation == OperationType.Mutation)
        {
            var serial = ExecuteSeriallyAsync(state, rootType, rootValue, rootPlans);
            return serial.IsCompletedSuccessfully ? serial.Result : new PendingValue(serial.AsTask());
        }
        object? result;
        try
        {
            result = ExecuteFields(state, rootType, rootValue, rootPlans, null);
        }
        catch (NullPropagationException)
        {
            return null;
        }
        return result is PendingValue pending ? new PendingValue(NullOnPropagationAsync(pending.Task)) : result;
    }

    private static async Task<object?> NullOnPropagationAsync(Task<object?> task)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (NullPropagationException)
        {
            return null;
        }
    }

    /// <summary>Implements 'ExecuteSelectionSet' in serial mode for mutations: each root field completes before the next starts.</summary>
    private static async ValueTask<object?> ExecuteSeriallyAsync(ExecutionState state, GraphQLObjectType type, object? source, FieldPlan[] plans)
    {
        var values = new object?[plans.Length];
        try
        {
            for (var i = 0; i < plans.Length; i++)
            {
                var value = ExecuteField(state, type, source, plans[i], null);
                values[i] = value is PendingValue pending ? await pending.Task.ConfigureAwait(false) : value;
            }
        }
        catch (NullPropagationException)
        {
            return null;
        }
        return new ResultMap(plans, values);
    }

    /// <summary>Implements 'ExecuteSelectionSet' in normal mode: returns a result map, or a pending value when some field is asynchronous.</summary>
    public static object? ExecuteFields(ExecutionState state, GraphQLObjectType type, object? source, FieldPlan[] plans, ResponsePath? path)
    {
        if (state.CancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(state.CancellationToken);
        }
        var values = new object?[plans.Length];
        var hasPending = false;
        for (var i = 0; i < plans.Length; i++)
        {
            var value = ExecuteField(state, type, source, plans[i], path);
            hasPending |= value is PendingValue;
            values[i] = value;
        }
        var map = new ResultMap(plans, values);
        return hasPending ? new PendingValue(AwaitAllAsync(values, map)) : map;
    }

    private static async Task<object?> AwaitAllAsync(object?[] values, object result)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is PendingValue pending)
            {
                values[i] = await pending.Task.ConfigureAwait(false);
            }
        }
        return result;
    }

    /// <summary>Implements 'ExecuteField': coerce arguments, resolve, complete, and turn errors into field errors.</summary>
    private static object? ExecuteField(ExecutionState state, GraphQLObjectType parentType, object? source, FieldPlan plan, ResponsePath? parentPath)
    {
        var path = new ResponsePath(parentPath, plan.ResponseKey);
        var field = plan.Field;
        try
        {
            object? result;
            if (field.Resolver is null && field.AsyncResolver is null)
            {
                result = DefaultResolver.Resolve(source, plan);
            }
            else
            {
                var context = new ResolveContext(state, plan, path, parentType, source, Arguments(state, plan));
                if (field.Resolver is { } resolver)
                {
                    result = resolver(context);
                }
                else
                {
                    var task = field.AsyncResolver!(context);
                    if (!task.IsCompletedSuccessfully)
                    {
                        return new PendingValue(CompleteAsync(state, plan, task, path));
                    }
                    result = task.Result;
                }
            }
            var completed = CompleteValue(state, field.Type, plan, result, path);
            return completed is PendingValue pending ? new PendingValue(GuardAsync(state, field.Type, plan, pending.Task, path)) : completed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !state.CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(state, ex, field.Type, plan, path);
        }
    }

    private static IReadOnlyDictionary<string, object?> Arguments(ExecutionState state, FieldPlan plan)
    {
        if (plan.StaticArguments is { } arguments)
        {
            return arguments;
        }
        if (plan.StaticArgumentsError is { } error)
        {
            throw error;
        }
        return ArgumentCoercion.Coerce(plan.Field, plan.Nodes[0], state.Variables);
    }

    private static async Task<object?> CompleteAsync(ExecutionState state, FieldPlan plan, ValueTask<object?> task, ResponsePath path)
    {
        try
        {
            var result = await task.ConfigureAwait(false);
            var completed = CompleteValue(state, plan.Field.Type, plan, result, path);
            return completed is PendingValue pending ? await pending.Task.ConfigureAwait(false) : completed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !state.CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(state, ex, plan.Field.Type, plan, path);
        }
    }

    private static async Task<object?> GuardAsync(ExecutionState state, GraphQLType type, FieldPlan plan, Task<object?> task, ResponsePath path)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !state.CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(state, ex, type, plan, path);
        }
    }

    /// <summary>Implements 'HandleFieldError': record the error, then null the field or propagate to the parent.</summary>
    private static object? HandleFieldError(ExecutionState state, Exception ex, GraphQLType type, FieldPlan plan, ResponsePath path)
    {
        if (ex is GraphQLErrorsException several)
        {
            foreach (var one in several.Errors)
                state.AddError(new GraphQLError(one.Message, [plan.Location], path.ToList(), one.Extensions));
        }
        else if (ex is not NullPropagationException)
        {
            var extensions = (ex as GraphQLException)?.Extensions;
            state.AddError(new GraphQLError(ex.Message, [plan.Location], path.ToList(), extensions));
        }
        if (type is GraphQLNonNull)
        {
            throw ex as NullPropagationException ?? new NullPropagationException();
        }
        return null;
    }

    /// <summary>Implements 'CompleteValue' (spec 6.4.3).</summary>
    private static object? CompleteValue(ExecutionState state, GraphQLType type, FieldPlan plan, object? result, ResponsePath path)
    {
        if (result is Exception error)
        {
            throw error;
        }
        if (type is GraphQLNonNull nonNull)
        {
            var completed = CompleteValue(state, nonNull.OfType, plan, result, path);
            if (completed is null)
            {
                throw new GraphQLException($"Cannot return null for non-nullable field {plan.ParentTypeName}.{plan.Field.Name}.");
            }
            return completed is PendingValue pending ? new PendingValue(RequireNonNullAsync(pending.Task, plan)) : completed;
        }
        switch (result)
        {
            case null:
                return null;
        }
        switch (type)
        {
            case GraphQLScalarType scalar:
                return FastLeaf(scalar, result) ?? SerializeLeaf(scalar, result);
            case GraphQLEnumType enumType:
                return enumType.Serialize(result);
            case GraphQLList list:
                return CompleteList(state, list.OfType, plan, result, path);
            case GraphQLObjectType objectType:
                return ExecuteFields(state, objectType, result, plan.GetChildPlans(objectType, state), path);
            case GraphQLCompositeType abstractType:
                var runtimeType = ResolveRuntimeType(state, abstractType, plan, result, path);
                return ExecuteFields(state, runtimeType, result, plan.GetChildPlans(runtimeType, state), path);
            default:
                throw new GraphQLException($"Cannot complete value of unexpected type \"{type}\".");
        }
    }

    private static async Task<object?> RequireNonNullAsync(Task<object?> task, FieldPlan plan)
    {
        var value = await task.ConfigureAwait(false);
        return value ?? throw new GraphQLException($"Cannot return null for non-nullable field {plan.ParentTypeName}.{plan.Field.Name}.");
    }

    /// <summary>Built-in scalars given values already of their own kind need no coercion.</summary>
    private static object? FastLeaf(GraphQLScalarType scalar, object result) => result switch
    {
        string when ReferenceEquals(scalar, Scalars.String) || ReferenceEquals(scalar, Scalars.ID) => result,
        int when ReferenceEquals(scalar, Scalars.Int) => result,
        double d when ReferenceEquals(scalar, Scalars.Float) && double.IsFinite(d) => result,
        bool when ReferenceEquals(scalar, Scalars.Boolean) => result,
        _ => null,
    };

    private static object SerializeLeaf(GraphQLScalarType scalar, object result)
    {
        object? serialized;
        try
        {
            serialized = scalar.Serialize(result);
        }
        catch (GraphQLException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new GraphQLException(ex.Message, ex);
        }
        return serialized ?? throw new GraphQLException($"Expected `{scalar.Name}.serialize({Inspect.Value(result)})` to return non-nullable value, returned: null");
    }

    /// <summary>Implements 'CompleteValue' for lists: each item completes on its own, and an item error nulls only that item when items are nullable.</summary>
    private static object? CompleteList(ExecutionState state, GraphQLType itemType, FieldPlan plan, object result, ResponsePath path)
    {
        if (result is not IEnumerable items || result is string || result is IDictionary || result is IReadOnlyDictionary<string, object?>)
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{plan.ParentTypeName}.{plan.Field.Name}\".");
        }
        var values = result is ICollection collection ? new List<object?>(collection.Count) : [];
        var hasPending = false;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = new ResponsePath(path, index++);
            object? value;
            try
            {
                value = CompleteValue(state, itemType, plan, item, itemPath);
                if (value is PendingValue pending)
                {
                    value = new PendingValue(GuardAsync(state, itemType, plan, pending.Task, itemPath));
                    hasPending = true;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !state.CancellationToken.IsCancellationRequested)
            {
                value = HandleFieldError(state, ex, itemType, plan, itemPath);
            }
            values.Add(value);
        }
        if (!hasPending)
        {
            return values;
        }
        return new PendingValue(AwaitListAsync(values));
    }

    private static async Task<object?> AwaitListAsync(List<object?> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is PendingValue pending)
            {
                values[i] = await pending.Task.ConfigureAwait(false);
            }
        }
        return values;
    }

    /// <summary>Implements 'ResolveAbstractType': the bound type resolver, else <c>__typename</c>, else the CLR type name.</summary>
    private static GraphQLObjectType ResolveRuntimeType(ExecutionState state, GraphQLCompositeType abstractType, FieldPlan plan, object result, ResponsePath path)
    {
        string? typeName;
        if (abstractType.ResolveType is { } resolveType)
        {
            var context = new ResolveContext(state, plan, path, (GraphQLObjectType)state.Schema.GetType(plan.ParentTypeName)!, result, new Dictionary<string, object?>());
            typeName = resolveType(result, context);
        }
        else
        {
            typeName = result switch
            {
                IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
                IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out var n) ? n as string : null,
                _ => state.Schema.GetPossibleTypes(abstractType).FirstOrDefault(t => t.Name == result.GetType().Name)?.Name,
            };
        }
        if (typeName is null)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{plan.ParentTypeName}.{plan.Field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }
        var runtimeType = state.Schema.GetType(typeName);
        if (runtimeType is not GraphQLObjectType objectType)
        {
            throw new GraphQLException(runtimeType is null
                ? $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema."
                : $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".");
        }
        if (!state.Schema.IsSubType(abstractType, objectType))
        {
            throw new GraphQLException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }
        return objectType;
    }
}
