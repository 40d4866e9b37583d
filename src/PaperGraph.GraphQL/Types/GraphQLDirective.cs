using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Types;

/// <summary>A directive definition: name, arguments and allowed locations.</summary>
public sealed class GraphQLDirective(string name, string? description, IReadOnlyList<DirectiveLocation> locations, IReadOnlyList<GraphQLArgument> arguments, bool isRepeatable)
{
    /// <summary>The name without the @.</summary>
    public string Name { get; } = name;

    /// <summary>The description, if any.</summary>
    public string? Description { get; } = description;

    /// <summary>Where the directive may appear.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; } = locations;

    /// <summary>The arguments.</summary>
    public IReadOnlyList<GraphQLArgument> Arguments { get; } = arguments;

    /// <summary>Whether it may appear more than once at a location.</summary>
    public bool IsRepeatable { get; } = isRepeatable;

    /// <summary>Whether this is one of the directives every schema has.</summary>
    public bool IsSpecified { get; internal init; }

    /// <summary>Finds an argument by name.</summary>
    public GraphQLArgument? GetArgument(string name) => Arguments.FirstOrDefault(a => a.Name == name);
}

/// <summary>The directives every schema has.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason used by <c>@deprecated</c> when none is given.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if:)</c></summary>
    public static GraphQLDirective Include { get; } = new(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new GraphQLArgument("if", new GraphQLNonNull(Scalars.Boolean), "Included when true.")],
        false) { IsSpecified = true };

    /// <summary><c>@skip(if:)</c></summary>
    public static GraphQLDirective Skip { get; } = new(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        [new GraphQLArgument("if", new GraphQLNonNull(Scalars.Boolean), "Skipped when true.")],
        false) { IsSpecified = true };

    /// <summary><c>@deprecated(reason:)</c></summary>
    public static GraphQLDirective Deprecated { get; } = new(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION, DirectiveLocation.ENUM_VALUE],
        [new GraphQLArgument("reason", Scalars.String, "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).") { HasDefaultValue = true, DefaultValue = DefaultDeprecationReason }],
        false) { IsSpecified = true };

    /// <summary><c>@specifiedBy(url:)</c></summary>
    public static GraphQLDirective SpecifiedBy { get; } = new(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.SCALAR],
        [new GraphQLArgument("url", new GraphQLNonNull(Scalars.String), "The URL that specifies the behavior of this scalar.")],
        false) { IsSpecified = true };

    /// <summary><c>@oneOf</c></summary>
    public static GraphQLDirective OneOf { get; } = new(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [DirectiveLocation.INPUT_OBJECT],
        [],
        false) { IsSpecified = true };

    /// <summary>All of them, in graphql-js order.</summary>
    public static IReadOnlyList<GraphQLDirective> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
