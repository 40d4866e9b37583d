using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class PossibleFragmentSpreadsRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { ... on Droid { name } } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero { ... on Starship { name } } }", "can never be of type \"Starship\"", (1, 10));
}
