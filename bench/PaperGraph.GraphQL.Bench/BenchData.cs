using System.Text.Json;

namespace PaperGraph.GraphQL.Bench;

/// <summary>The benchmark's schema, queries and deterministic in-memory data, shared with the graphql-js script as JSON.</summary>
internal static class BenchData
{
    public const string Schema = """
        type Query { paper(id: ID!): Paper papers(first: Int = 10): [Paper!]! }
        type Paper { id: ID! title: String! year: Int abstract: String authors: [Author!]! models: [Model!]! }
        type Author { id: ID! name: String! affiliation: String }
        type Model { id: ID! name: String! results: [Result!]! }
        type Result { benchmark: String! metric: String! value: Float! }
        """;

    public const string PointQuery = "{ paper(id: \"p42\") { title year } }";

    public const string NestedQuery = "{ papers(first: 10) { id title year authors { name affiliation } models { name results { benchmark metric value } } } }";

    public static List<Paper> Papers { get; } = Enumerable.Range(0, 100).Select(CreatePaper).ToList();

    public static Dictionary<string, Paper> ById { get; } = Papers.ToDictionary(p => p.Id);

    private static Paper CreatePaper(int i) => new(
        $"p{i}",
        $"Scaling laws for model family {i}",
        2015 + (i % 10),
        $"We study {i} things.",
        [.. Enumerable.Range(0, 3).Select(a => new Author($"a{i}-{a}", $"Author {i}.{a}", a % 2 == 0 ? "Lab" : null))],
        [.. Enumerable.Range(0, 2).Select(m => new Model($"m{i}-{m}", $"Model-{i}-{m}", [.. Enumerable.Range(0, 3).Select(r => new Result($"Bench{r}", "accuracy", 50 + ((i * 7 + m * 3 + r) % 50) + 0.25))]))]);

    public static string ToJson() => JsonSerializer.Serialize(Papers, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
}

internal sealed record Paper(string Id, string Title, int Year, string Abstract, IReadOnlyList<Author> Authors, IReadOnlyList<Model> Models);

internal sealed record Author(string Id, string Name, string? Affiliation);

internal sealed record Model(string Id, string Name, IReadOnlyList<Result> Results);

internal sealed record Result(string Benchmark, string Metric, double Value);
