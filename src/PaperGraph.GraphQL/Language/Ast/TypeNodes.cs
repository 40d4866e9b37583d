namespace PaperGraph.GraphQL.Language;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode : ASTNode;

/// <summary>A reference to a named type.</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>A list type: <c>[Type]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <summary>The item type.</summary>
    public required TypeNode Type { get; init; }
}

/// <summary>A non-null type: <c>Type!</c>.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <summary>The nullable type wrapped.</summary>
    public required TypeNode Type { get; init; }
}
