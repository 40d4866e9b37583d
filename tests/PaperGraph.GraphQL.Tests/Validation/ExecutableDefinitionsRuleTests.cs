using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("type Foo { a: Int } { hero { name } }", "The \"Foo\" definition is not executable.", (1, 1));
}
