using System.Text.Json;
using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Tests.Execution;

public class EngineTests
{
    private static readonly GraphQLSchema Schema = BuildSchema.FromSdl(
        "scalar Year type Query { hello(name: String = \"world\"): String year(y: Year): Year loop: String } type Mutation { touch: Int }",
        new SchemaBindings()
            .Resolve("Query", "hello", ctx => "hello " + ctx.GetArgument<string>("name"))
            .Resolve("Query", "year", ctx => ctx.Arguments["y"])
            .ResolveAsync("Query", "loop", async ctx =>
            {
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                return null;
            })
            .Resolve("Mutation", "touch", _ => 1)
            .Scalar("Year", new ScalarBinding
            {
                Serialize = value => $"Y{value}",
                ParseValue = value => value is int i and > 0 ? i : throw new GraphQLException("Year must be a positive integer."),
                ParseLiteral = (node, _) => node is IntValueNode n ? int.Parse(n.Value, System.Globalization.CultureInfo.InvariantCulture) : throw new GraphQLException("Year literal must be an integer."),
            }));

    [Fact]
    public async Task Writes_data_in_selection_order()
    {
        var result = await new GraphQLEngine(Schema).ExecuteAsync(new GraphQLRequest { Query = "{ b: hello(name: \"b\") a: hello }" });
        Assert.True(result.HasData);
        Assert.Equal("{\"data\":{\"b\":\"hello b\",\"a\":\"hello world\"}}", result.ToJson());
    }

    [Fact]
    public async Task Syntax_and_validation_errors_are_request_errors()
    {
        var engine = new GraphQLEngine(Schema);
        var syntax = await engine.ExecuteAsync(new GraphQLRequest { Query = "{ hello" });
        Assert.False(syntax.HasData);
        Assert.Equal("{\"errors\":[{\"message\":\"Syntax Error: Expected Name, found \\u003CEOF\\u003E.\",\"locations\":[{\"line\":1,\"column\":8}]}]}", syntax.ToJson());
        var invalid = await engine.ExecuteAsync(new GraphQLRequest { Query = "{ nope }" });
        Assert.False(invalid.HasData);
        Assert.Single(invalid.Errors);
    }

    [Fact]
    public async Task Custom_scalars_use_their_bindings()
    {
        var engine = new GraphQLEngine(Schema);
        var literal = await engine.ExecuteAsync(new GraphQLRequest { Query = "{ year(y: 2024) }" });
        Assert.Equal("{\"data\":{\"year\":\"Y2024\"}}", literal.ToJson());
        var variable = await engine.ExecuteAsync(new GraphQLRequest
        {
            Query = "query ($y: Year) { year(y: $y) }",
            Variables = JsonInput.ToVariables(JsonDocument.Parse("{\"y\": -1}").RootElement),
        });
        Assert.False(variable.HasData);
        Assert.Contains("Year must be a positive integer.", variable.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_only_requests_refuse_mutations()
    {
        var result = await new GraphQLEngine(Schema).ExecuteAsync(new GraphQLRequest { Query = "mutation { touch }", QueryOnly = true });
        Assert.False(result.HasData);
        Assert.Contains("mutation", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execution_timeout_ends_the_request_with_an_error()
    {
        var engine = new GraphQLEngine(Schema, new GraphQLEngineOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });
        var result = await engine.ExecuteAsync(new GraphQLRequest { Query = "{ loop }" });
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Contains("cancelled", result.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extra_rules_run_with_the_specified_ones()
    {
        var engine = new GraphQLEngine(Schema, new GraphQLEngineOptions { ExtraRules = [MaxDepthRule.Create(0)] });
        var result = await engine.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" });
        Assert.False(result.HasData);
        Assert.Contains("maximum depth of 0", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_numbers_keep_int_long_and_double_apart()
    {
        var variables = JsonInput.ToVariables(JsonDocument.Parse("{\"i\": 1, \"l\": 3000000000, \"d\": 1.5, \"n\": null, \"a\": [1], \"o\": {\"x\": true}}").RootElement)!;
        Assert.IsType<int>(variables["i"]);
        Assert.IsType<long>(variables["l"]);
        Assert.IsType<double>(variables["d"]);
        Assert.Null(variables["n"]);
        Assert.IsAssignableFrom<IReadOnlyList<object?>>(variables["a"]);
        Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(variables["o"]);
    }

    [Fact]
    public void Invalid_schemas_list_every_problem()
    {
        var error = Assert.Throws<GraphQLSchemaException>(() => BuildSchema.FromSdl("type Query { a: Nope b: Int } type Empty union U = Query | String"));
        Assert.Contains(error.Problems, p => p.Contains("Unknown type \"Nope\"", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("Empty must define one or more fields", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("cannot include String", StringComparison.Ordinal));
    }

    [Fact]
    public void Binding_an_unknown_field_is_a_schema_error()
    {
        var error = Assert.Throws<GraphQLSchemaException>(() => BuildSchema.FromSdl("type Query { a: Int }", new SchemaBindings().Resolve("Query", "b", _ => 1)));
        Assert.Contains("Query.b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sdl_directives_must_be_known_and_well_placed()
    {
        var error = Assert.Throws<GraphQLSchemaException>(() => BuildSchema.FromSdl("type Query @nope { a: Int @specifiedBy(url: \"x\") b: Int @deprecated @deprecated }"));
        Assert.Contains("Unknown directive \"@nope\".", error.Problems);
        Assert.Contains("Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION.", error.Problems);
        Assert.Contains(error.Problems, p => p.Contains("can only be used once", StringComparison.Ordinal));
    }
}
