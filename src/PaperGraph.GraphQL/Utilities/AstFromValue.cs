using System.Collections;
using System.Globalization;
using PaperGraph.GraphQL.Execution;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Utilities;

/// <summary>Turns an internal input value back into a literal (graphql-js astFromValue), used to print default values.</summary>
public static class AstFromValue
{
    /// <summary>The literal for <paramref name="value"/> of <paramref name="type"/>, or null when it cannot be written.</summary>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is GraphQLNonNull nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null)
        {
            return new NullValueNode();
        }
        switch (type)
        {
            case GraphQLList list:
                if (value is IEnumerable items and not string and not IDictionary)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }
                    return new ListValueNode { Values = nodes };
                }
                return Convert(value, list.OfType);
            case GraphQLInputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> map)
                {
                    return null;
                }
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } fieldNode)
                    {
                        fields.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldNode });
                    }
                }
                return new ObjectValueNode { Fields = fields };
            case GraphQLEnumType enumType:
                return new EnumValueNode { Value = enumType.Serialize(value) };
            case GraphQLScalarType scalar:
                var serialized = scalar.Serialize(value);
                return serialized switch
                {
                    null => null,
                    bool b => new BooleanValueNode { Value = b },
                    string s when ReferenceEquals(scalar, Scalars.ID) && IsIntegerText(s) => new IntValueNode { Value = s },
                    string s => new StringValueNode { Value = s },
                    _ when Numbers.TryGetDouble(serialized, out var d) => NumberNode(serialized, d),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static ValueNode NumberNode(object serialized, double d)
    {
        var text = Numbers.Format(serialized);
        return Math.Floor(d) == d && !text.Contains('E', StringComparison.OrdinalIgnoreCase)
            ? new IntValueNode { Value = text }
            : new FloatValueNode { Value = text.Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal) };
    }

    /// <summary>Whether an ID's text is written as an integer literal, as graphql-js does for IDs like "123".</summary>
    private static bool IsIntegerText(string s)
    {
        var digits = s.StartsWith('-') ? s[1..] : s;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && (digits == "0" || digits[0] != '0');
    }
}
