using System.Text.Json;

namespace PaperGraph.GraphQL;

/// <summary>Converts JSON request parts into the plain values the engine takes as variables.</summary>
public static class JsonInput
{
    /// <summary>A JSON object as variables; null for JSON null or undefined; throws <see cref="GraphQLException"/> for other kinds.</summary>
    public static IReadOnlyDictionary<string, object?>? ToVariables(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.Object => (IReadOnlyDictionary<string, object?>)ToValue(element)!,
        _ => throw new GraphQLException("Variables must be a JSON object."),
    };

    /// <summary>Any JSON value as dictionaries, lists, strings, booleans and numbers (int, then long, else double).</summary>
    public static object? ToValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToValue(property.Value);
                }
                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToValue(item));
                }
                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return i;
                }
                if (element.TryGetInt64(out var l))
                {
                    return l;
                }
                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
