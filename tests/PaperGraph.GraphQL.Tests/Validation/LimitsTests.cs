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

    private static readonly GraphQLSchema Paged = BuildSchema.FromSdl("""
        type Query { items(first: Int, last: Int): ItemConnection tags: [String!]! }
        type ItemConnection { nodes: [Item!]! edges: [ItemEdge!]! totalCount: Int! }
        type ItemEdge { node: Item! }
        type Item { name: String! parts(first: Int): ItemConnection children: [Item!]! }
        """);

    private static bool WithinCost(string query, int maxCost)
    {
        var errors = PaperGraph.GraphQL.Validation.DocumentValidator.Validate(Paged, PaperGraph.GraphQL.Language.Parser.Parse(query),
            [CostRule.Create(new CostRuleOptions { MaxCost = maxCost, DefaultListSize = 10 })]);
        Assert.All(errors, e => Assert.Contains("exceeds the maximum cost", e.Message, StringComparison.Ordinal));
        return errors.Count == 0;
    }

    [Theory]
    [InlineData("{ items(first: 5) { nodes { name } } }", 1 + 5 + 5)]
    [InlineData("{ items { totalCount nodes { name } edges { node { name } } } }", 1 + (6 * 10))]
    [InlineData("{ items(first: 2) { nodes { children { name } } } }", 1 + 2 + 2 + 20)]
    [InlineData("{ items(first: 2) { nodes { parts(first: 3) { nodes { name } } } } }", 1 + 2 + 2 + 6 + 6)]
    [InlineData("{ items(last: 4) { ...F } } fragment F on ItemConnection { nodes { name } }", 1 + 4 + 4)]
    // Each field costs once per object it is resolved on: a page of n multiplies its fields by n, and the page's own nodes or edges list does not multiply again.
    public void Cost_of_a_connection_is_its_page_size_once_not_again_for_its_nodes(string query, int expected)
    {
        Assert.True(WithinCost(query, expected));
        Assert.False(WithinCost(query, expected - 1));
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
