using static PaperGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PaperGraph.GraphQL.Tests.Validation;

public class LimitsTests
{
    [Fact]
    public void Max_depth_rule_names_the_limit()
    {
        var errors = Validate("{ hero { friends { friends { name } } } }", MaxDepthRule.Create(2));
        Assert.Contains("maximum depth of 2", Assert.Single(errors).Message, StringComparison.Ordinal);
        Assert.Empty(Validate("{ hero { friends { name } } }", MaxDepthRule.Create(3)));
    }

    [Fact]
    public void Max_depth_counts_through_fragments()
    {
        var errors = Validate("{ hero { ...F } } fragment F on Character { friends { friends { name } } }", MaxDepthRule.Create(3));
        Assert.Single(errors);
    }

    [Fact]
    public void Cost_rule_multiplies_by_first_and_defaults()
    {
        var options = new CostRuleOptions { MaxCost = 50, DefaultListSize = 10 };
        Assert.Empty(Validate("{ hero { name } }", CostRule.Create(options)));
        var error = Assert.Single(Validate("{ search { ... on Human { friends { name friends { name } } } } }", CostRule.Create(options)));
        Assert.Contains("exceeds the maximum cost of 50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_stops_after_the_error_limit()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 50).Select(i => "nope" + i)) + " }";
        var errors = PaperGraph.GraphQL.Validation.DocumentValidator.Validate(Schema, PaperGraph.GraphQL.Language.Parser.Parse(query), maxErrors: 10);
        Assert.Equal(11, errors.Count);
        Assert.Contains("Too many validation errors", errors[^1].Message, StringComparison.Ordinal);
    }
}
