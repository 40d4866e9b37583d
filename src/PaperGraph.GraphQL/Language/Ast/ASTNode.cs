namespace PaperGraph.GraphQL.Language;

/// <summary>A node of a parsed GraphQL document.</summary>
public abstract class ASTNode
{
    /// <summary>Where the node is in its source, when it came from one.</summary>
    public Location? Location { get; init; }
}

/// <summary>The span of a node in its source.</summary>
public sealed class Location(int start, int end, Source source)
{
    /// <summary>Offset of the first character.</summary>
    public int Start { get; } = start;

    /// <summary>Offset just past the last character.</summary>
    public int End { get; } = end;

    /// <summary>The source the node was parsed from.</summary>
    public Source Source { get; } = source;

    /// <summary>Line and column of the first character.</summary>
    public SourceLocation StartLocation => Source.GetLocation(Start);
}

/// <summary>A name, such as a field, type or argument name.</summary>
public sealed class NameNode : ASTNode
{
    /// <summary>The name text.</summary>
    public required string Value { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>A whole document: a list of definitions.</summary>
public sealed class DocumentNode : ASTNode
{
    /// <summary>The definitions in document order.</summary>
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
}

/// <summary>Any top-level definition.</summary>
public abstract class DefinitionNode : ASTNode;

/// <summary>A node that can carry directives.</summary>
public interface IHasDirectives
{
    /// <summary>The directives applied to the node.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A directive applied to a node: <c>@name(args)</c>.</summary>
public sealed class DirectiveNode : ASTNode
{
    /// <summary>The directive name without the @.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}

/// <summary>An argument: <c>name: value</c>.</summary>
public sealed class ArgumentNode : ASTNode
{
    /// <summary>The argument name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument value.</summary>
    public required ValueNode Value { get; init; }
}
