namespace PaperGraph.GraphQL.Language;

/// <summary>An input value literal or a variable.</summary>
public abstract class ValueNode : ASTNode;

/// <summary>A variable reference: <c>$name</c>.</summary>
public sealed class VariableNode : ValueNode
{
    /// <summary>The variable name without the $.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>An integer literal, kept as text.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <summary>The literal text.</summary>
    public required string Value { get; init; }
}

/// <summary>A float literal, kept as text.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <summary>The literal text.</summary>
    public required string Value { get; init; }
}

/// <summary>A string literal.</summary>
public sealed class StringValueNode : ValueNode
{
    /// <summary>The string value after escapes and dedent.</summary>
    public required string Value { get; init; }

    /// <summary>Whether it was written as a block string.</summary>
    public bool Block { get; init; }
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <summary>The value.</summary>
    public bool Value { get; init; }
}

/// <summary><c>null</c>.</summary>
public sealed class NullValueNode : ValueNode;

/// <summary>An enum value literal.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <summary>The enum value name.</summary>
    public required string Value { get; init; }
}

/// <summary>A list literal.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <summary>The items.</summary>
    public required IReadOnlyList<ValueNode> Values { get; init; }
}

/// <summary>An input object literal.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <summary>The fields.</summary>
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

/// <summary>A field of an input object literal.</summary>
public sealed class ObjectFieldNode : ASTNode
{
    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field value.</summary>
    public required ValueNode Value { get; init; }
}
