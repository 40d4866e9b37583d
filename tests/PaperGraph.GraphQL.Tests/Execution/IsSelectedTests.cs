namespace PaperGraph.GraphQL.Tests.Execution;

public class IsSelectedTests
{
    [Theory]
    [InlineData("{ list { items } }", false)]
    [InlineData("{ list { totalCount } }", true)]
    [InlineData("{ list { ...F } } fragment F on Page { totalCount }", true)]
    [InlineData("{ list { ... on Page { totalCount } } }", true)]
    [InlineData("{ list { items totalCount @skip(if: true) } }", false)]
    [InlineData("query ($c: Boolean!) { list { items totalCount @include(if: $c) } }", false)]
    public async Task Reports_whether_a_child_field_is_selected(string query, bool expected)
    {
        bool? seen = null;
        var schema = BuildSchema.FromSdl(
            "type Page { items: [Int] totalCount: Int } type Query { list: Page }",
            new SchemaBindings().Resolve("Query", "list", ctx =>
            {
                seen = ctx.IsSelected("totalCount");
                return new Dictionary<string, object?> { ["items"] = new[] { 1 }, ["totalCount"] = 1 };
            }));
        var result = await new GraphQLEngine(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = new Dictionary<string, object?> { ["c"] = false },
        });
        Assert.Empty(result.Errors);
        Assert.Equal(expected, seen);
    }
}
