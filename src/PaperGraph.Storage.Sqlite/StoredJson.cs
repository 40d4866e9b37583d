using System.Text.Json;
using System.Text.Json.Serialization;
using PaperGraph.Graph.Model;

namespace PaperGraph.Storage.Sqlite;

/// <summary>The JSON columns: author lists and relationship properties (without the empty ones, to keep rows small).</summary>
internal static class StoredJson
{
    /// <summary>The properties of a relationship that has none: most of them.</summary>
    private const string NoProperties = "{}";

    /// <summary>A JSON array of strings: an author list, or the ids a batched query looks up.</summary>
    public static string Strings(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, StoredJsonContext.Default.IReadOnlyListString);

    public static IReadOnlyList<string> ReadAuthors(string json) => JsonSerializer.Deserialize(json, StoredJsonContext.Default.ListString) ?? [];

    public static string Properties(RelationshipProperties properties) =>
        properties == RelationshipProperties.None ? NoProperties : JsonSerializer.Serialize(new StoredProperties(
            properties.WrittenName,
            properties.Aliases.Count > 0 ? properties.Aliases : null,
            properties.Params,
            properties.ContextWindow,
            properties.ContextLengths.Count > 0 ? properties.ContextLengths : null), StoredJsonContext.Default.StoredProperties);

    public static RelationshipProperties ReadProperties(string json)
    {
        if (json == NoProperties)
            return RelationshipProperties.None;
        var stored = JsonSerializer.Deserialize(json, StoredJsonContext.Default.StoredProperties)!;
        return new RelationshipProperties
        {
            WrittenName = stored.Name,
            Aliases = stored.Aliases ?? [],
            Params = stored.Params,
            ContextWindow = stored.ContextWindow,
            ContextLengths = stored.ContextLengths ?? [],
        };
    }
}

/// <summary>The stored shape of <see cref="RelationshipProperties"/>.</summary>
internal sealed record StoredProperties(
    string? Name,
    IReadOnlyList<string>? Aliases,
    long? Params,
    long? ContextWindow,
    IReadOnlyList<long>? ContextLengths);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StoredProperties))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StoredJsonContext : JsonSerializerContext;
