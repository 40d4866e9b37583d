namespace PaperGraph.GraphQL.Tests.Execution;

public class ResolveContextTests
{
    private enum Color
    {
        Red,
        Green,
    }

    [Fact]
    public async Task Get_argument_converts_lists_numbers_and_enums()
    {
        object? seen = null;
        var schema = BuildSchema.FromSdl(
            "enum Color { RED GREEN } type Query { f(ids: [ID!], n: Int, c: Color, tags: [String]): String }",
            new SchemaBindings().Resolve("Query", "f", ctx =>
            {
                seen = (ctx.GetArgument<IReadOnlyList<string>>("ids"), ctx.GetArgument<long>("n"), ctx.GetArgument<Color>("c"), ctx.GetArgument<string[]>("tags"), ctx.HasArgument("tags"), ctx.GetArgument<int?>("missing"));
                return "ok";
            }));
        var result = await new GraphQLEngine(schema).ExecuteAsync(new GraphQLRequest { Query = "{ f(ids: [1, \"b\"], n: 7, c: GREEN) }" });
        Assert.Empty(result.Errors);
        var (ids, n, c, tags, hasTags, missing) = ((IReadOnlyList<string>, long, Color, string[]?, bool, int?))seen!;
        Assert.Equal(["1", "b"], ids);
        Assert.Equal(7L, n);
        Assert.Equal(Color.Green, c);
        Assert.Null(tags);
        Assert.False(hasTags);
        Assert.Null(missing);
    }
}
