using System.Text.Json.Serialization;

namespace PaperGraph.GraphQL.Tests.Conformance;

/// <summary>One differential case, serialised as the oracle script reads it.</summary>
public sealed record ConformanceCase
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "execute";

    [JsonPropertyName("schema")]
    public string? Schema { get; init; }

    [JsonPropertyName("query")]
    public string? Query { get; init; }

    [JsonPropertyName("root")]
    public System.Text.Json.Nodes.JsonNode? Root { get; init; }

    [JsonPropertyName("variables")]
    public System.Text.Json.Nodes.JsonNode? Variables { get; init; }

    [JsonPropertyName("operationName")]
    public string? OperationName { get; init; }

    [JsonPropertyName("introspection")]
    public System.Text.Json.Nodes.JsonNode? Introspection { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
