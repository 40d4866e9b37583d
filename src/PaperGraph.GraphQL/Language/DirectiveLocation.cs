namespace PaperGraph.GraphQL.Language;

/// <summary>Where a directive may appear, named as in the specification.</summary>
public enum DirectiveLocation
{
    /// <summary>A query operation.</summary>
    QUERY,
    /// <summary>A mutation operation.</summary>
    MUTATION,
    /// <summary>A subscription operation.</summary>
    SUBSCRIPTION,
    /// <summary>A field selection.</summary>
    FIELD,
    /// <summary>A fragment definition.</summary>
    FRAGMENT_DEFINITION,
    /// <summary>A fragment spread.</summary>
    FRAGMENT_SPREAD,
    /// <summary>An inline fragment.</summary>
    INLINE_FRAGMENT,
    /// <summary>A variable definition.</summary>
    VARIABLE_DEFINITION,
    /// <summary>A schema definition.</summary>
    SCHEMA,
    /// <summary>A scalar definition.</summary>
    SCALAR,
    /// <summary>An object type definition.</summary>
    OBJECT,
    /// <summary>A field definition.</summary>
    FIELD_DEFINITION,
    /// <summary>An argument definition.</summary>
    ARGUMENT_DEFINITION,
    /// <summary>An interface definition.</summary>
    INTERFACE,
    /// <summary>A union definition.</summary>
    UNION,
    /// <summary>An enum definition.</summary>
    ENUM,
    /// <summary>An enum value definition.</summary>
    ENUM_VALUE,
    /// <summary>An input object definition.</summary>
    INPUT_OBJECT,
    /// <summary>An input field definition.</summary>
    INPUT_FIELD_DEFINITION,
}
