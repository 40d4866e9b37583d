using System.Text.Json;
using System.Text.Json.Nodes;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Utilities;

namespace PaperGraph.GraphQL.Tests.Conformance;

/// <summary>Every conformance case must give the same data, and errors with the same paths and locations, as graphql-js 16.9.</summary>
public class DifferentialTests
{
    private static readonly Lazy<(ConformanceCase[] Cases, JsonArray Expected)> Batch = new(RunBatch);

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in ConformanceCases.All())
        {
            data.Add(c.Name);
        }
        return data;
    }

    [Fact]
    public void There_are_at_least_300_cases() => Assert.True(ConformanceCases.All().Count() >= 300, $"only {ConformanceCases.All().Count()} cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Matches_graphql_js(string name)
    {
        var (cases, expected) = Batch.Value;
        var index = Array.FindIndex(cases, c => c.Name == name);
        var c = cases[index];
        var oracle = expected[index]!.AsObject();
        Assert.False(oracle.ContainsKey("crash"), "graphql-js crashed: " + oracle["crash"]);
        switch (c.Kind)
        {
            case "print":
                var printed = Printer.Print(Parser.Parse(c.Query!));
                Assert.Equal(oracle["printed"]!.GetValue<string>(), printed);
                Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
                break;
            case "printSchema":
            case "clientSchema":
                Assert.Equal(oracle["printed"]!.GetValue<string>(), SchemaPrinter.Print(BuildSchema.FromSdl(c.Schema!)));
                break;
            default:
                var actual = await Execute(c);
                AssertSameResult(oracle, actual);
                break;
        }
    }

    private static (ConformanceCase[], JsonArray) RunBatch()
    {
        var cases = ConformanceCases.All().Select(c => c.Kind == "clientSchema" ? c with { Introspection = Introspect(c.Schema!) } : c).ToArray();
        return (cases, GraphQLJsOracle.Run(cases));
    }

    private static JsonNode Introspect(string sdl)
    {
        var engine = new GraphQLEngine(BuildSchema.FromSdl(sdl));
        var result = engine.ExecuteAsync(new GraphQLRequest { Query = IntrospectionQuery.Text }).AsTask().GetAwaiter().GetResult();
        return JsonNode.Parse(result.ToJson())!["data"]!;
    }

    internal static async Task<JsonObject> Execute(ConformanceCase c)
    {
        var bindings = new SchemaBindings();
        foreach (var field in new[] { "echoInt", "echoFloat", "echoString", "echoId", "echoBool", "echoEnum", "echoList", "echoNonNullList", "echoPoint", "echoDefault", "echoOne", "echoNested" })
        {
            if (c.Schema!.Contains(field + "(", StringComparison.Ordinal))
            {
                bindings.Resolve("Query", field, ctx => JsonSerializer.Serialize(ctx.Arguments));
            }
        }
        var schema = BuildSchema.FromSdl(c.Schema!, bindings);
        var engine = new GraphQLEngine(schema);
        var result = await engine.ExecuteAsync(new GraphQLRequest
        {
            Query = c.Query!,
            OperationName = c.OperationName,
            Variables = c.Variables is null ? null : JsonInput.ToVariables(JsonDocument.Parse(c.Variables.ToJsonString()).RootElement),
            RootValue = c.Root is null ? new Dictionary<string, object?>() : JsonInput.ToValue(JsonDocument.Parse(c.Root.ToJsonString()).RootElement),
        });
        var json = JsonNode.Parse(result.ToJson())!.AsObject();
        json["hasData"] = result.HasData;
        return json;
    }

    private static void AssertSameResult(JsonObject expected, JsonObject actual)
    {
        var expectedErrors = Describe(expected["errors"]);
        var actualErrors = Describe(actual["errors"]);
        Assert.True(expectedErrors.SequenceEqual(actualErrors), $"errors differ\nexpected: {expected["errors"]?.ToJsonString()}\nactual:   {actual["errors"]?.ToJsonString()}");
        Assert.Equal(expected["hasData"]!.GetValue<bool>(), actual["hasData"]!.GetValue<bool>());
        if (expected["hasData"]!.GetValue<bool>())
        {
            Assert.True(JsonNode.DeepEquals(Normalize(expected["data"]), Normalize(actual["data"])), $"data differ\nexpected: {expected["data"]?.ToJsonString()}\nactual:   {actual["data"]?.ToJsonString()}");
        }
    }

    /// <summary>
    /// Errors as sorted "path @ locations" strings: messages may differ, and neither the order of errors nor the
    /// order of one error's locations (graphql-js swaps the sides of some field-merge conflicts) is part of the contract.
    /// </summary>
    private static List<string> Describe(JsonNode? errors) =>
        (errors as JsonArray ?? []).Select(e => $"{Compact(e?["path"])} @ {Locations(e?["locations"])}").Order(StringComparer.Ordinal).ToList();

    private static string Locations(JsonNode? locations) =>
        string.Join(" ", (locations as JsonArray ?? []).Select(l => $"{l!["line"]}:{l["column"]}").Order(StringComparer.Ordinal));

    private static string Compact(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    /// <summary>Numbers compare by value (graphql-js prints 1 where .NET may print 1.0).</summary>
    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Normalize).ToArray()),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(v.GetValue<double>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().StartsWith('{') => TryParse(v.GetValue<string>()),
        _ => node?.DeepClone(),
    };

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return Normalize(JsonNode.Parse(text));
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
