using PaperGraph.GraphQL.Language;
using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("query ($e: Episode) { hero(episode: $e) { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is()
    {
        var errors = Validate("query ($x: Character) { hero { name } }");
        var error = Assert.Single(errors, e => e.Message.Contains("cannot be non-input type \"Character\"", StringComparison.Ordinal));
        Assert.Equal([new SourceLocation(1, 12)], error.Locations!);
    }
}
