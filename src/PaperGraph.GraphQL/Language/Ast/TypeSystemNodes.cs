namespace PaperGraph.GraphQL.Language;

/// <summary>A definition or extension of the type system.</summary>
public abstract class TypeSystemNode : DefinitionNode, IHasDirectives
{
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A <c>schema { }</c> definition.</summary>
public sealed class SchemaDefinitionNode : TypeSystemNode
{
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

/// <summary><c>extend schema</c>.</summary>
public sealed class SchemaExtensionNode : TypeSystemNode
{
    /// <summary>The added root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

/// <summary>A root operation type: <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode : ASTNode
{
    /// <summary>The operation.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The object type.</summary>
    public required NamedTypeNode Type { get; init; }
}

/// <summary>A definition or extension of a named type.</summary>
public abstract class TypeDefinitionOrExtensionNode : TypeSystemNode
{
    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Whether this extends an existing type.</summary>
    public abstract bool IsExtension { get; }
}

/// <summary>Keeps the description on definitions.</summary>
public abstract class TypeDefinitionNode : TypeDefinitionOrExtensionNode
{
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc/>
    public override bool IsExtension => false;
}

/// <summary>A scalar definition.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode;

/// <summary>An object or interface definition.</summary>
public abstract class FieldsTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>The implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary>An object type definition.</summary>
public sealed class ObjectTypeDefinitionNode : FieldsTypeDefinitionNode;

/// <summary>An interface definition.</summary>
public sealed class InterfaceTypeDefinitionNode : FieldsTypeDefinitionNode;

/// <summary>A union definition.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>The member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary>An enum definition.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>The values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary>An input object definition.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>The input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

/// <summary>A field of an object or interface.</summary>
public sealed class FieldDefinitionNode : ASTNode, IHasDirectives
{
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>The field type.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>An argument or input field definition.</summary>
public sealed class InputValueDefinitionNode : ASTNode, IHasDirectives
{
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>An enum value definition.</summary>
public sealed class EnumValueDefinitionNode : ASTNode, IHasDirectives
{
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The value name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A directive definition.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemNode
{
    /// <summary>The description, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The directive name without the @.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>Whether the directive may appear more than once at a location.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The allowed locations.</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
