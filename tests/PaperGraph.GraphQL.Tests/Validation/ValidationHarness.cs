using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Tests.Conformance;
using PaperGraph.GraphQL.Validation;

namespace PaperGraph.GraphQL.Tests.Validation;

/// <summary>The shared schema and the ExpectValid / ExpectErrors helpers of the per-rule tests.</summary>
internal static class ValidationHarness
{
    public static GraphQLSchema Schema { get; } = BuildSchema.FromSdl(StarWars.Schema);

    public static IReadOnlyList<GraphQLError> Validate(string query, params Func<ValidationContext, ASTVisitor>[] extraRules) =>
        DocumentValidator.Validate(Schema, Parser.Parse(query), extraRules);

    public static void ExpectValid(string query) => Assert.Empty(Validate(query));

    /// <summary>Expects exactly one error containing <paramref name="message"/>, at the given (line, column) pairs.</summary>
    public static void ExpectError(string query, string message, params (int Line, int Column)[] locations)
    {
        var errors = Validate(query);
        var error = Assert.Single(errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(locations.Select(l => new SourceLocation(l.Line, l.Column)), error.Locations ?? []);
    }
}
