using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class KnownArgumentNamesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("{ hero(episode: JEDI) { name } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("{ hero(nope: 1) { name } }", "Unknown argument \"nope\" on field \"Query.hero\".", (1, 8));
}
