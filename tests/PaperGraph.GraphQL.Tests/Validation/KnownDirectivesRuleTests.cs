using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class KnownDirectivesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero @skip(if: false) { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero @deprecated { name } }", "Directive \"@deprecated\" may not be used on FIELD.", (1, 8));
}
