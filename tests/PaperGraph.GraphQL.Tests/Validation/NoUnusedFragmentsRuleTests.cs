using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { ...F } } fragment F on Character { name }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero { name } } fragment F on Character { name }", "Fragment \"F\" is never used.", (1, 19));
}
