using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("query ($id: ID!) { human(id: $id) { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("query Q { human(id: $id) { name } }", "Variable \"$id\" is not defined by operation \"Q\".", (1, 21), (1, 1));
}
