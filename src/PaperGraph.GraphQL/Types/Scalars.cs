using System.Globalization;
using PaperGraph.GraphQL.Execution;
using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Types;

/// <summary>The five scalars of the specification, coercing values as graphql-js does.</summary>
public static class Scalars
{
    /// <summary>A signed 32-bit integer.</summary>
    public static GraphQLScalarType Int { get; } = new("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        IsSpecified = true,
        Serialize = SerializeInt,
        ParseValue = ParseIntValue,
        ParseLiteral = (node, _) => node is IntValueNode i ? ParseIntLiteral(i) : throw new GraphQLException($"Int cannot represent non-integer value: {Printer.Print(node)}"),
    };

    /// <summary>A double-precision number.</summary>
    public static GraphQLScalarType Float { get; } = new("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        IsSpecified = true,
        Serialize = SerializeFloat,
        ParseValue = v => Numbers.TryGetDouble(v, out var d) && double.IsFinite(d) ? d : throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Value(v)}"),
        ParseLiteral = (node, _) => node switch
        {
            IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
            _ => throw new GraphQLException($"Float cannot represent non numeric value: {Printer.Print(node)}"),
        },
    };

    /// <summary>UTF-8 text.</summary>
    public static GraphQLScalarType String { get; } = new("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        IsSpecified = true,
        Serialize = SerializeString,
        ParseValue = v => v is string s ? s : throw new GraphQLException($"String cannot represent a non string value: {Inspect.Value(v)}"),
        ParseLiteral = (node, _) => node is StringValueNode s ? s.Value : throw new GraphQLException($"String cannot represent a non string value: {Printer.Print(node)}"),
    };

    /// <summary>true or false.</summary>
    public static GraphQLScalarType Boolean { get; } = new("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        IsSpecified = true,
        Serialize = SerializeBoolean,
        ParseValue = v => v is bool b ? b : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Value(v)}"),
        ParseLiteral = (node, _) => node is BooleanValueNode b ? b.Value : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Printer.Print(node)}"),
    };

    /// <summary>A unique identifier, serialized as a string.</summary>
    public static GraphQLScalarType ID { get; } = new("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        IsSpecified = true,
        Serialize = SerializeId,
        ParseValue = ParseIdValue,
        ParseLiteral = (node, _) => node switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLException($"ID cannot represent a non-string and non-integer value: {Printer.Print(node)}"),
        },
    };

    /// <summary>All five, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<GraphQLScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    private static object SerializeInt(object value)
    {
        if (value is int i)
        {
            return i;
        }
        if (value is bool b)
        {
            return b ? 1 : 0;
        }
        if (value is string s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && s.Length > 0)
        {
            value = parsed;
        }
        if (!Numbers.TryGetDouble(value, out var d) || !double.IsFinite(d) || Math.Floor(d) != d)
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }
        if (d > int.MaxValue || d < int.MinValue)
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
        }
        return (int)d;
    }

    private static object ParseIntValue(object? value)
    {
        if (value is int i)
        {
            return i;
        }
        if (!Numbers.TryGetDouble(value, out var d) || !double.IsFinite(d) || Math.Floor(d) != d)
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }
        if (d > int.MaxValue || d < int.MinValue)
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
        }
        return (int)d;
    }

    private static object ParseIntLiteral(IntValueNode node)
    {
        if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {node.Value}");
        }
        return i;
    }

    private static object SerializeFloat(object value)
    {
        if (value is double direct && double.IsFinite(direct))
        {
            return direct;
        }
        if (value is bool b)
        {
            return b ? 1d : 0d;
        }
        if (value is string s && s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }
        if (Numbers.TryGetDouble(value, out var d) && double.IsFinite(d))
        {
            return d;
        }
        throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
    }

    private static object SerializeString(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        _ when Numbers.TryGetDouble(value, out var d) && double.IsFinite(d) => Numbers.Format(value),
        Enum e => e.ToString(),
        Guid g => g.ToString(),
        DateTime dt => dt.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"String cannot represent value: {Inspect.Value(value)}"),
    };

    private static object SerializeBoolean(object value)
    {
        if (value is bool b)
        {
            return b;
        }
        if (Numbers.TryGetDouble(value, out var d) && double.IsFinite(d))
        {
            return d != 0;
        }
        throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");
    }

    private static object SerializeId(object value)
    {
        if (value is string s)
        {
            return s;
        }
        if (Numbers.IsInteger(value))
        {
            return Numbers.Format(value);
        }
        if (value is Guid g)
        {
            return g.ToString();
        }
        throw new GraphQLException($"ID cannot represent value: {Inspect.Value(value)}");
    }

    private static object ParseIdValue(object? value)
    {
        if (value is string s)
        {
            return s;
        }
        if (value is not null && Numbers.IsInteger(value))
        {
            return Numbers.Format(value);
        }
        throw new GraphQLException($"ID cannot represent value: {Inspect.Value(value)}");
    }
}
