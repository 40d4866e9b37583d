using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ human(id: 1) { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ human(id: 1, id: 2) { name } }", "There can be only one argument named \"id\".", (1, 9), (1, 16));
}
