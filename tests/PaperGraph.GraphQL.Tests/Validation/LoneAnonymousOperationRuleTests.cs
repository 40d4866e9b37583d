using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero { name } } query B { hero { id } }", "This anonymous operation must be the only defined operation.", (1, 1));
}
