using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class NoUnusedVariablesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("query ($id: ID!) { human(id: $id) { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("query ($id: ID) { hero { name } }", "Variable \"$id\" is never used.", (1, 8));
}
