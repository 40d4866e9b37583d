using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class KnownFragmentNamesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { ...F } } fragment F on Character { name }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero { ...Nope } }", "Unknown fragment \"Nope\".", (1, 13));
}
