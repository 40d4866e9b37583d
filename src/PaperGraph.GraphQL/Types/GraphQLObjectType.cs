using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Types;

/// <summary>An object or interface: a type with fields and implemented interfaces.</summary>
public abstract class GraphQLFieldsType(string name, string? description) : GraphQLCompositeType(name, description)
{
    private readonly Dictionary<string, GraphQLField> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<GraphQLField> _fields = [];
    private readonly List<GraphQLInterfaceType> _interfaces = [];

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<GraphQLField> Fields => _fields;

    /// <summary>The implemented interfaces in definition order.</summary>
    public IReadOnlyList<GraphQLInterfaceType> Interfaces => _interfaces;

    /// <summary>Finds a field by name.</summary>
    public GraphQLField? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    internal bool AddField(GraphQLField field)
    {
        if (!_fieldsByName.TryAdd(field.Name, field))
        {
            return false;
        }
        _fields.Add(field);
        return true;
    }

    internal void AddInterface(GraphQLInterfaceType type) => _interfaces.Add(type);
}

/// <summary>An object type: the concrete shape of a result.</summary>
public sealed class GraphQLObjectType(string name, string? description = null) : GraphQLFieldsType(name, description);

/// <summary>An interface: fields shared by the object types that implement it.</summary>
public sealed class GraphQLInterfaceType(string name, string? description = null) : GraphQLFieldsType(name, description);

/// <summary>A field of an object or interface, with its arguments and resolver.</summary>
public sealed class GraphQLField(string name, GraphQLType type, string? description, IReadOnlyList<GraphQLArgument> arguments)
{
    /// <summary>The field name.</summary>
    public string Name { get; } = name;

    /// <summary>The result type.</summary>
    public GraphQLType Type { get; internal set; } = type;

    /// <summary>The description, if any.</summary>
    public string? Description { get; } = description;

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<GraphQLArgument> Arguments { get; } = arguments;

    /// <summary>Why the field is deprecated, when it is.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>The synchronous resolver, when bound.</summary>
    public Func<ResolveContext, object?>? Resolver { get; internal set; }

    /// <summary>The asynchronous resolver, when bound.</summary>
    public Func<ResolveContext, ValueTask<object?>>? AsyncResolver { get; internal set; }

    /// <summary>The definition node, when built from SDL.</summary>
    public FieldDefinitionNode? AstNode { get; internal init; }

    /// <summary>Finds an argument by name.</summary>
    public GraphQLArgument? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }
        return null;
    }
}

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class GraphQLArgument(string name, GraphQLType type, string? description)
{
    /// <summary>The name.</summary>
    public string Name { get; } = name;

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; internal set; } = type;

    /// <summary>The description, if any.</summary>
    public string? Description { get; } = description;

    /// <summary>Whether a default value is defined.</summary>
    public bool HasDefaultValue { get; internal set; }

    /// <summary>The coerced default value, when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue { get; internal set; }

    /// <summary>The default value as written, when built from SDL.</summary>
    public ValueNode? DefaultValueLiteral { get; internal init; }

    /// <summary>Why the argument is deprecated, when it is.</summary>
    public string? DeprecationReason { get; internal set; }

    /// <summary>The definition node, when built from SDL.</summary>
    public InputValueDefinitionNode? AstNode { get; internal init; }

    /// <summary>Whether the argument must be provided: non-null with no default.</summary>
    public bool IsRequired => Type is GraphQLNonNull && !HasDefaultValue;
}
