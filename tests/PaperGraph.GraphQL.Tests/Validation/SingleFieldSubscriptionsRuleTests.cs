using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Validation;

namespace PaperGraph.GraphQL.Tests.Validation;

public class SingleFieldSubscriptionsRuleTests
{
    private static readonly GraphQLSchema Schema = BuildSchema.FromSdl("type Query { a: Int } type Subscription { a: Int b: Int }");

    [Fact]
    public void Accepts_one_root_field() => Assert.Empty(DocumentValidator.Validate(Schema, Parser.Parse("subscription { a }")));

    [Fact]
    public void Rejects_two_root_fields_at_the_extra_one()
    {
        var error = Assert.Single(DocumentValidator.Validate(Schema, Parser.Parse("subscription S { a b }")));
        Assert.Contains("must select only one top level field", error.Message, StringComparison.Ordinal);
        Assert.Equal([new SourceLocation(1, 20)], error.Locations!);
    }
}
