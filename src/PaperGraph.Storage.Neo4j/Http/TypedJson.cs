using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Storage.Neo4j.Http;

/// <summary>
/// Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is <c>{"$type": ..., "_value": ...}</c>,
/// so an integer stays an integer and a float a float (61.0 is not stored as 61), and 64-bit integers keep their precision.
/// </summary>
internal static class TypedJson
{
    /// <summary>The media type of typed JSON requests and answers.</summary>
    public const string MediaType = "application/vnd.neo4j.query";

    /// <summary>Writes a parameter value: null, bool, whole numbers, floating numbers, strings, lists and string-keyed maps.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case null:
                writer.WriteString("$type", "Null");
                writer.WriteNull("_value");
                break;
            case bool flag:
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", flag);
                break;
            case int or long or short or byte:
                writer.WriteString("$type", "Integer");
                writer.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float:
                writer.WriteString("$type", "Float");
                writer.WriteString("_value", FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case string text:
                writer.WriteString("$type", "String");
                writer.WriteString("_value", text);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteString("$type", "Map");
                writer.WriteStartObject("_value");
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list)
                    Write(writer, item);
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"a {value.GetType().Name} cannot be sent to Neo4j as a parameter", nameof(value));
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Reads a typed value: Null, Boolean, Integer (as long), Float (as double), String, List, Map and
    /// Base64 (as bytes); any other type (dates, points, nodes) comes back as its JSON text.
    /// </summary>
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var type) || !element.TryGetProperty("_value", out var value))
            throw new FormatException($"not a typed JSON value: {Shorten(element.GetRawText())}");
        return type.GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(value.GetString()!),
            "String" => value.GetString(),
            "Base64" => Convert.FromBase64String(value.GetString()!),
            "List" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    private static string FormatFloat(double value) => value switch
    {
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static double ParseFloat(string text) => text switch
    {
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
