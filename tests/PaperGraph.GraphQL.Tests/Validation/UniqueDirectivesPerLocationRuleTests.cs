using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero @skip(if: false) @include(if: true) { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero @skip(if: true) @skip(if: false) { name } }", "can only be used once at this location", (1, 8), (1, 24));
}
