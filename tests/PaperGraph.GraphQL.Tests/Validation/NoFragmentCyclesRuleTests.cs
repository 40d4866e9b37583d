using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class NoFragmentCyclesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { ...A } } fragment A on Character { name }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero { ...A } } fragment A on Character { ...A }", "Cannot spread fragment \"A\" within itself.", (1, 45));
}
