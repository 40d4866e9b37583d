using System.Collections;
using System.Text.Json;

namespace PaperGraph.GraphQL.Execution;

/// <summary>Writes result values and errors with a <see cref="Utf8JsonWriter"/>.</summary>
internal static class ResultWriter
{
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case int i: writer.WriteNumberValue(i); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case double d: writer.WriteNumberValue(d); break;
            case long l: writer.WriteNumberValue(l); break;
            case float f: writer.WriteNumberValue(f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case ResultMap map:
                writer.WriteStartObject();
                var plans = map.Plans;
                var values = map.Values;
                for (var k = 0; k < plans.Length; k++)
                {
                    writer.WritePropertyName(plans[k].EncodedKey);
                    WriteValue(writer, values[k]);
                }
                writer.WriteEndObject();
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            case JsonElement element: element.WriteTo(writer); break;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable enumerable:
                writer.WriteStartArray();
                foreach (var item in enumerable)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                if (Numbers.TryGetDouble(value, out var number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    writer.WriteStringValue(value.ToString());
                }
                break;
        }
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Locations is { Count: > 0 } locations)
            {
                writer.WriteStartArray("locations");
                foreach (var location in locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", location.Line);
                    writer.WriteNumber("column", location.Column);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            if (error.Path is { } path)
            {
                writer.WriteStartArray("path");
                foreach (var key in path)
                {
                    if (key is int index)
                    {
                        writer.WriteNumberValue(index);
                    }
                    else
                    {
                        writer.WriteStringValue(key.ToString());
                    }
                }
                writer.WriteEndArray();
            }
            if (error.Extensions is { Count: > 0 } extensions)
            {
                writer.WritePropertyName("extensions");
                WriteValue(writer, extensions);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
