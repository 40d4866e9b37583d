using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void Accepts_a_valid_document() => ExpectValid("mutation { createReview(review: {stars: 1}) { stars } }");

    [Fact]
    public void Reports_the_violation_where_it_is() =>
        ExpectError("mutation { createReview(review: {stars: 1, stars: 2}) { stars } }", "There can be only one input field named \"stars\".", (1, 34), (1, 44));
}
