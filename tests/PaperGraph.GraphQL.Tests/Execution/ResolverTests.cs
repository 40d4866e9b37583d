using System.Text.Json.Nodes;

namespace PaperGraph.GraphQL.Tests.Execution;

public class ResolverTests
{
    private const string Sdl = """
        enum Status { ACTIVE RETIRED }
        interface Node { id: ID! }
        type Paper implements Node { id: ID! title: String! status: Status authors: [Author!]! }
        type Author implements Node { id: ID! name: String }
        type Connection { totalCount: Int! nodes: [Paper!]! }
        type Query { paper(id: ID!): Paper papers(first: Int = 2): Connection! node(id: ID!): Node slow: String failing: String coded: String path: [Paper] }
        type Mutation { add(n: Int!): Int! }
        """;

    private sealed record Author(string Id, string? Name);

    private sealed record Paper(string Id, string Title, PaperStatus Status, IEnumerable<Author> Authors);

    private enum PaperStatus
    {
        Active,
        Retired,
    }

    private static readonly Paper[] Papers =
    [
        new("p1", "Attention", PaperStatus.Active, [new Author("a1", "Ada")]),
        new("p2", "Transformers", PaperStatus.Retired, []),
        new("p3", "Scaling", PaperStatus.Active, [new Author("a2", null)]),
    ];

    private static async Task<JsonNode> Run(string query, SchemaBindings? extra = null, object? userContext = null)
    {
        var total = 0;
        var bindings = extra ?? new SchemaBindings();
        bindings
            .Resolve("Query", "paper", ctx => Papers.FirstOrDefault(p => p.Id == ctx.GetArgument<string>("id")))
            .Resolve("Query", "papers", ctx => new Dictionary<string, object?>
            {
                ["nodes"] = Papers.Take(ctx.GetArgument<int>("first")),
                ["totalCount"] = ctx.IsSelected("totalCount") ? Papers.Length : -1,
            })
            .Resolve("Query", "node", ctx => (object?)Papers.FirstOrDefault(p => p.Id == ctx.GetArgument<string>("id")))
            .ResolveType("Node", (value, _) => value is Paper ? "Paper" : "Author")
            .ResolveAsync("Query", "slow", async ctx =>
            {
                await Task.Delay(5, ctx.CancellationToken);
                return $"slow for {ctx.UserContext}";
            })
            .Resolve("Query", "failing", _ => throw new InvalidOperationException("database unavailable"))
            .Resolve("Query", "coded", _ => throw new GraphQLException("forbidden", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }))
            .Resolve("Query", "path", _ => new[] { Papers[0] })
            .Resolve("Paper", "title", ctx => $"{((Paper)ctx.Source!).Title} @ {string.Join("/", ctx.Path)}")
            .Resolve("Mutation", "add", ctx => total += ctx.GetArgument<int>("n"));
        var engine = new GraphQLEngine(BuildSchema.FromSdl(Sdl, bindings));
        var result = await engine.ExecuteAsync(new GraphQLRequest { Query = query, UserContext = userContext });
        return JsonNode.Parse(result.ToJson())!;
    }

    [Fact]
    public async Task Records_enums_and_enumerables_resolve_by_default()
    {
        var json = await Run("{ paper(id: \"p1\") { id status authors { name } } }");
        Assert.Equal("{\"data\":{\"paper\":{\"id\":\"p1\",\"status\":\"ACTIVE\",\"authors\":[{\"name\":\"Ada\"}]}}}", json.ToJsonString());
    }

    [Fact]
    public async Task Resolvers_see_arguments_defaults_and_path()
    {
        var json = await Run("{ papers { nodes { title } } }");
        Assert.Equal("Attention @ papers/nodes/0/title", json["data"]!["papers"]!["nodes"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(2, json["data"]!["papers"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Is_selected_sees_through_fragments_and_directives()
    {
        var selected = await Run("{ papers { ...C } } fragment C on Connection { totalCount }");
        Assert.Equal(3, selected["data"]!["papers"]!["totalCount"]!.GetValue<int>());
        var skipped = await Run("{ papers { nodes { id } totalCount @skip(if: true) } }");
        Assert.Null(skipped["data"]!["papers"]!["totalCount"]);
    }

    [Fact]
    public async Task Abstract_types_use_the_bound_type_resolver()
    {
        var json = await Run("{ node(id: \"p2\") { __typename id ... on Paper { title } } }");
        Assert.Equal("Paper", json["data"]!["node"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Async_resolvers_get_the_user_context()
    {
        var json = await Run("{ slow }", userContext: "ada");
        Assert.Equal("slow for ada", json["data"]!["slow"]!.GetValue<string>());
    }

    [Fact]
    public async Task Resolver_exceptions_become_field_errors_with_path_and_location()
    {
        var json = await Run("{ failing coded }");
        var errors = json["errors"]!.AsArray();
        Assert.Equal("database unavailable", errors[0]!["message"]!.GetValue<string>());
        Assert.Equal("[\"failing\"]", errors[0]!["path"]!.ToJsonString());
        Assert.Equal("[{\"line\":1,\"column\":3}]", errors[0]!["locations"]!.ToJsonString());
        Assert.Equal("FORBIDDEN", errors[1]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("{\"failing\":null,\"coded\":null}", json["data"]!.ToJsonString());
    }

    [Fact]
    public async Task Mutations_run_serially_in_document_order()
    {
        var json = await Run("mutation { a: add(n: 1) b: add(n: 2) c: add(n: 3) }");
        Assert.Equal("{\"a\":1,\"b\":3,\"c\":6}", json["data"]!.ToJsonString());
    }
}
