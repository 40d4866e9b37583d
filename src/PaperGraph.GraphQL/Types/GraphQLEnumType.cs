namespace PaperGraph.GraphQL.Types;

/// <summary>An enum: a closed set of names.</summary>
public sealed class GraphQLEnumType(string name, string? description = null) : GraphQLNamedType(name, description)
{
    private readonly List<GraphQLEnumValue> _values = [];
    private readonly Dictionary<string, GraphQLEnumValue> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLEnumValue> _byNameIgnoreCase = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<GraphQLEnumValue> Values => _values;

    /// <summary>Finds a value by exact name.</summary>
    public GraphQLEnumValue? GetValue(string name) => _byName.GetValueOrDefault(name);

    internal bool AddValue(GraphQLEnumValue value)
    {
        if (!_byName.TryAdd(value.Name, value))
        {
            return false;
        }
        _byNameIgnoreCase.TryAdd(value.Name, value);
        _values.Add(value);
        return true;
    }

    /// <summary>Serializes a string or C# enum to a value name; throws when it names no value.</summary>
    public string Serialize(object value)
    {
        if (value is string s && _byName.TryGetValue(s, out var exact))
        {
            return exact.Name;
        }
        var text = value is Enum or string ? value.ToString()! : null;
        if (text is not null && _byNameIgnoreCase.TryGetValue(text, out var loose))
        {
            return loose.Name;
        }
        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {Execution.Inspect.Value(value)}");
    }
}

/// <summary>A value of an enum.</summary>
public sealed class GraphQLEnumValue(string name, string? description)
{
    /// <summary>The value name.</summary>
    public string Name { get; } = name;

    /// <summary>The description, if any.</summary>
    public string? Description { get; } = description;

    /// <summary>Why the value is deprecated, when it is.</summary>
    public string? DeprecationReason { get; internal set; }
}
