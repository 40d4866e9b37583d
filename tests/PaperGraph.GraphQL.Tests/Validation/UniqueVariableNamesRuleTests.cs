using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class UniqueVariableNamesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("query ($a: ID!) { human(id: $a) { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("query ($a: ID!, $a: ID!) { human(id: $a) { name } }", "There can be only one variable named \"$a\".", (1, 9), (1, 18));
}
