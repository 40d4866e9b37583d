using System.Collections;
using System.Text;

namespace PaperGraph.GraphQL.Execution;

/// <summary>Renders values in error messages the way graphql-js <c>inspect</c> does.</summary>
internal static class Inspect
{
    public static string Value(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null: builder.Append("null"); break;
            case string s: builder.Append(System.Text.Json.JsonSerializer.Serialize(s)); break;
            case bool b: builder.Append(b ? "true" : "false"); break;
            case IReadOnlyDictionary<string, object?> map:
                if (depth > 2)
                {
                    builder.Append("[Object]");
                    break;
                }
                if (map.Count == 0)
                {
                    builder.Append("{}");
                    break;
                }
                builder.Append("{ ");
                var first = true;
                foreach (var (key, item) in map)
                {
                    builder.Append(first ? "" : ", ").Append(key).Append(": ");
                    Append(builder, item, depth + 1);
                    first = false;
                }
                builder.Append(" }");
                break;
            case IEnumerable list:
                if (depth > 2)
                {
                    builder.Append("[Array]");
                    break;
                }
                builder.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    builder.Append(firstItem ? "" : ", ");
                    Append(builder, item, depth + 1);
                    firstItem = false;
                }
                builder.Append(']');
                break;
            default:
                builder.Append(Numbers.TryGetDouble(value, out _) ? Numbers.Format(value) : value.ToString());
                break;
        }
    }
}
