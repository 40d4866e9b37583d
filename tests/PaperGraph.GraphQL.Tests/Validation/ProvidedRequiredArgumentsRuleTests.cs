using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ human(id: 1) { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ human { name } }", "argument \"id\" of type \"ID!\" is required", (1, 3));
}
