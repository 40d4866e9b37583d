using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Types;

/// <summary>A leaf type: built-in (Int, Float, String, Boolean, ID) or custom with its own coercion hooks.</summary>
public sealed class GraphQLScalarType(string name, string? description = null) : GraphQLNamedType(name, description)
{
    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>).</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>Turns a resolved value into a result value; throws for values it cannot represent.</summary>
    public Func<object, object?> Serialize { get; internal set; } = static v => v;

    /// <summary>Turns a variable value into an internal value; throws for invalid input.</summary>
    public Func<object?, object?> ParseValue { get; internal set; } = static v => v;

    /// <summary>Turns a literal into an internal value; throws for invalid input.</summary>
    public Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> ParseLiteral { get; internal set; } = Execution.ValueFromAst.Untyped;

    /// <summary>Whether this is one of the five scalars of the specification.</summary>
    public bool IsSpecified { get; internal init; }
}
