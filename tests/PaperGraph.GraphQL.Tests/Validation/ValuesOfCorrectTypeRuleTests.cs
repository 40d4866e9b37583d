using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero(episode: EMPIRE) { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero(episode: NOPE) { name } }", "Value \"NOPE\" does not exist in \"Episode\" enum.", (1, 17));
}
