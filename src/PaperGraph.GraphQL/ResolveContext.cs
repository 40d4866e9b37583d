using System.Globalization;
using PaperGraph.GraphQL.Execution;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL;

/// <summary>What a resolver knows about the field it resolves.</summary>
public sealed class ResolveContext
{
    private readonly ExecutionState _state;
    private readonly FieldPlan _plan;
    private readonly ResponsePath _path;

    internal ResolveContext(ExecutionState state, FieldPlan plan, ResponsePath path, GraphQLObjectType parentType, object? source, IReadOnlyDictionary<string, object?> arguments)
    {
        _state = state;
        _plan = plan;
        _path = path;
        ParentType = parentType;
        Source = source;
        Arguments = arguments;
    }

    /// <summary>The parent object's value.</summary>
    public object? Source { get; }

    /// <summary>The coerced argument values, including defaults.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The field's name (not its alias).</summary>
    public string FieldName => _plan.Field.Name;

    /// <summary>The request's user context.</summary>
    public object? UserContext => _state.UserContext;

    /// <summary>Cancelled when the request is abandoned or times out.</summary>
    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>The response path: keys and list indices from the root.</summary>
    public IReadOnlyList<object> Path => _path.ToList();

    /// <summary>The schema being executed.</summary>
    public GraphQLSchema Schema => _state.Schema;

    /// <summary>The object type that owns the field.</summary>
    public GraphQLObjectType ParentType { get; }

    /// <summary>The field's declared type.</summary>
    public GraphQLType ReturnType => _plan.Field.Type;

    /// <summary>Whether an argument was given or has a default.</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>An argument value converted to <typeparamref name="T"/>, or default when absent or null.</summary>
    public T? GetArgument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }
        if (value is T typed)
        {
            return typed;
        }
        return (T)ConvertTo(value, typeof(T));
    }

    /// <summary>Converts a coerced value: numbers between CLR number types, enum names to C# enums, lists item by item.</summary>
    private static object ConvertTo(object value, Type type)
    {
        if (type.IsInstanceOfType(value))
        {
            return value;
        }
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsEnum && value is string enumName)
        {
            return Enum.Parse(target, enumName, ignoreCase: true);
        }
        if (value is IReadOnlyList<object?> list && ListItemType(target) is { } itemType)
        {
            var array = Array.CreateInstance(itemType, list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                array.SetValue(list[i] is null ? null : ConvertTo(list[i]!, itemType), i);
            }
            return target.IsArray || target.IsInterface ? array : Activator.CreateInstance(target, array)!;
        }
        return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    private static Type? ListItemType(Type target)
    {
        if (target.IsArray)
        {
            return target.GetElementType();
        }
        if (!target.IsGenericType)
        {
            return null;
        }
        var definition = target.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IList<>)
            || definition == typeof(IReadOnlyCollection<>) || definition == typeof(List<>)
            ? target.GetGenericArguments()[0]
            : null;
    }

    /// <summary>Whether the field's selection set (after fragments and @skip/@include) selects a child field of that name.</summary>
    public bool IsSelected(string childFieldName) => _plan.SelectsChild(childFieldName, _state);
}
