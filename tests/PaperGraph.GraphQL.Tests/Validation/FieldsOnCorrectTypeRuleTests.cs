using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class FieldsOnCorrectTypeRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero { nope } }", "Cannot query field \"nope\" on type \"Character\".", (1, 10));
}
