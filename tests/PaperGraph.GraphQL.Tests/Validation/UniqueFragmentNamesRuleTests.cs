using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { ...F } } fragment F on Character { name }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero { ...F } } fragment F on Character { name } fragment F on Character { id }", "There can be only one fragment named \"F\".", (1, 28), (1, 61));
}
