using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class UniqueOperationNamesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("query A { hero { name } } query B { hero { id } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("query A { hero { name } } query A { hero { id } }", "There can be only one operation named \"A\".", (1, 7), (1, 33));
}
