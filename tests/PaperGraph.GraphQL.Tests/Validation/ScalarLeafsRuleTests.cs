using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class ScalarLeafsRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero }", "must have a selection of subfields", (1, 3));
}
