using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { ... on Character { name } } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero { ... on Episode { name } } }", "Fragment cannot condition on non composite type \"Episode\".", (1, 17));
}
