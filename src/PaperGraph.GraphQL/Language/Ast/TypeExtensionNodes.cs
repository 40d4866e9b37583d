namespace PaperGraph.GraphQL.Language;

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode : TypeDefinitionOrExtensionNode
{
    /// <inheritdoc/>
    public override bool IsExtension => true;
}

/// <summary><c>extend scalar</c>.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode;

/// <summary>An extension of an object or interface.</summary>
public abstract class FieldsTypeExtensionNode : TypeExtensionNode
{
    /// <summary>The added interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The added fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary><c>extend type</c>.</summary>
public sealed class ObjectTypeExtensionNode : FieldsTypeExtensionNode;

/// <summary><c>extend interface</c>.</summary>
public sealed class InterfaceTypeExtensionNode : FieldsTypeExtensionNode;

/// <summary><c>extend union</c>.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <summary>The added member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary><c>extend enum</c>.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <summary>The added values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary><c>extend input</c>.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <summary>The added input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
