using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { name name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero { name: id name } }", "Fields \"name\" conflict because \"id\" and \"name\" are different fields.", (1, 10), (1, 19));
}
