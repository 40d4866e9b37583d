namespace PaperGraph.GraphQL.Types;

/// <summary>An input object: a named set of input fields.</summary>
public sealed class GraphQLInputObjectType(string name, string? description = null) : GraphQLNamedType(name, description)
{
    private readonly List<GraphQLArgument> _fields = [];
    private readonly Dictionary<string, GraphQLArgument> _byName = new(StringComparer.Ordinal);

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<GraphQLArgument> Fields => _fields;

    /// <summary>Whether exactly one field must be given (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; internal set; }

    /// <summary>Finds a field by name.</summary>
    public GraphQLArgument? GetField(string name) => _byName.GetValueOrDefault(name);

    internal bool AddField(GraphQLArgument field)
    {
        if (!_byName.TryAdd(field.Name, field))
        {
            return false;
        }
        _fields.Add(field);
        return true;
    }
}
