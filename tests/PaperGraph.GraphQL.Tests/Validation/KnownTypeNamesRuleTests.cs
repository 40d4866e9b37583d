using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class KnownTypeNamesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { ... on Human { name } } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero { ... on Nope { name } } }", "Unknown type \"Nope\".", (1, 17));
}
