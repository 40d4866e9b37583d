namespace PaperGraph.GraphQL.Types;

/// <summary>A union: one of several object types.</summary>
public sealed class GraphQLUnionType(string name, string? description = null) : GraphQLCompositeType(name, description)
{
    private readonly List<GraphQLObjectType> _types = [];

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<GraphQLObjectType> Types => _types;

    internal void AddType(GraphQLObjectType type) => _types.Add(type);
}
