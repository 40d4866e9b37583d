using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using PaperGraph.App.Server;
using PaperGraph.App.Tests.Cli;

namespace PaperGraph.App.Tests.Api.GraphQL;

/// <summary>
/// The real server on a loopback port over a temp store, with a GraphQL client. Seeded with the
/// sample corpus unless told otherwise; writes take <see cref="ApiKey"/>.
/// </summary>
public class GraphQLServer : IAsyncLifetime
{
    public const string ApiKey = "test-key-7f3a";

    private readonly TempFolder temp = new();
    private WebApplication? app;

    protected virtual bool Seed => true;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(Settings)
        {
            ["PaperGraph:Database"] = temp.File("graph.db"),
            ["PaperGraph:Port"] = "0",
            ["PaperGraph:SeedSampleCorpus"] = Seed ? "true" : "false",
            ["PaperGraph:ApiKey"] = ApiKey,
        };
        app = PaperGraphServer.Build(settings);
        await app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        for (var i = 0; i < 600 && (await Http.GetAsync("/health")).StatusCode != HttpStatusCode.OK; i++)
            await Task.Delay(100);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (app is not null)
            await app.DisposeAsync();
        temp.Dispose();
    }

    /// <summary>POSTs a query as JSON, asking for <c>application/graphql-response+json</c> unless told otherwise.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? apiKey = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (apiKey is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return await GraphQLResponse.ReadAsync(await Http.SendAsync(request));
    }
}

/// <summary>A response: status, media type and the JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors => Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public IReadOnlyList<string> ErrorMessages => [.. Errors.Select(e => e.GetProperty("message").GetString()!)];

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
            return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        }
    }

    /// <summary>The strings at a dotted path through objects and arrays (arrays are flattened).</summary>
    public IReadOnlyList<string> Strings(string path) => [.. Walk(Data, path.Split('.')).Select(e => e.ToString())];

    private static IEnumerable<JsonElement> Walk(JsonElement element, ReadOnlyMemory<string> path)
    {
        if (element.ValueKind == JsonValueKind.Array)
            return element.EnumerateArray().SelectMany(e => Walk(e, path));
        if (path.Length == 0)
            return [element];
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(path.Span[0], out var child) ? Walk(child, path[1..]) : [];
    }
}

/// <summary>One seeded server shared by every read test.</summary>
[CollectionDefinition(Name)]
public sealed class SampleServerCollection : ICollectionFixture<GraphQLServer>
{
    public const string Name = "sample GraphQL server";
}
