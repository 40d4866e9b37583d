namespace PaperGraph.GraphQL;

/// <summary>Resolvers, scalar hooks and type resolvers to attach to a schema built from SDL.</summary>
public sealed class SchemaBindings
{
    internal Dictionary<(string Type, string Field), Func<ResolveContext, object?>> Resolvers { get; } = [];

    internal Dictionary<(string Type, string Field), Func<ResolveContext, ValueTask<object?>>> AsyncResolvers { get; } = [];

    internal Dictionary<string, ScalarBinding> Scalars { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Func<object, ResolveContext, string>> TypeResolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>Binds a synchronous resolver to a field (the fast path).</summary>
    public SchemaBindings Resolve(string typeName, string fieldName, Func<ResolveContext, object?> resolver)
    {
        Resolvers[(typeName, fieldName)] = resolver;
        AsyncResolvers.Remove((typeName, fieldName));
        return this;
    }

    /// <summary>Binds an asynchronous resolver to a field.</summary>
    public SchemaBindings ResolveAsync(string typeName, string fieldName, Func<ResolveContext, ValueTask<object?>> resolver)
    {
        AsyncResolvers[(typeName, fieldName)] = resolver;
        Resolvers.Remove((typeName, fieldName));
        return this;
    }

    /// <summary>Binds coercion hooks to a custom scalar.</summary>
    public SchemaBindings Scalar(string scalarName, ScalarBinding binding)
    {
        Scalars[scalarName] = binding;
        return this;
    }

    /// <summary>Binds a function that names the concrete object type of a value of an interface or union.</summary>
    public SchemaBindings ResolveType(string abstractTypeName, Func<object, ResolveContext, string> resolveTypeName)
    {
        TypeResolvers[abstractTypeName] = resolveTypeName;
        return this;
    }
}

/// <summary>Coercion hooks of a custom scalar; a hook throws (any exception) to reject a value.</summary>
public sealed class ScalarBinding
{
    /// <summary>Turns a resolved value into a result value.</summary>
    public Func<object, object?>? Serialize { get; init; }

    /// <summary>Turns a variable value into an internal value.</summary>
    public Func<object?, object?>? ParseValue { get; init; }

    /// <summary>Turns a literal (with the request's variables) into an internal value.</summary>
    public Func<Language.ValueNode, IReadOnlyDictionary<string, object?>?, object?>? ParseLiteral { get; init; }
}
