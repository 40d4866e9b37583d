namespace PaperGraph.GraphQL.Language;

/// <summary>The three kinds of operation.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,
    /// <summary>A write followed by a fetch.</summary>
    Mutation,
    /// <summary>A long-lived request (not executed by this engine).</summary>
    Subscription,
}

/// <summary>Text forms of operation types.</summary>
public static class OperationTypeText
{
    /// <summary>The keyword of an operation type.</summary>
    public static string ToKeyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}

/// <summary>A definition that can be executed: an operation or a fragment.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>An operation: query, mutation or subscription.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>The kind of operation.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The name, absent for anonymous operations.</summary>
    public NameNode? Name { get; init; }

    /// <summary>The declared variables.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

/// <summary>A declared variable: <c>$name: Type = default</c>.</summary>
public sealed class VariableDefinitionNode : ASTNode, IHasDirectives
{
    /// <summary>The variable.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The declared type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A named fragment definition.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>The fragment name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The type the fragment applies to.</summary>
    public required NamedTypeNode TypeCondition { get; init; }
}

/// <summary>A braced list of selections.</summary>
public sealed class SelectionSetNode : ASTNode
{
    /// <summary>The selections in document order.</summary>
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : ASTNode, IHasDirectives
{
    /// <inheritdoc/>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>A field selection.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <summary>The alias, if any.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The sub-selections, for fields of composite type.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key of the field in the response: the alias, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>A spread of a named fragment: <c>...Name</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <summary>The fragment name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>An inline fragment: <c>... on Type { }</c>.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <summary>The type condition, if any.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
