using System.Globalization;
using PaperGraph.GraphQL;
using PaperGraph.GraphQL.Language;
using TokenCounts = PaperGraph.Graph.Model.TokenCount;

namespace PaperGraph.App.Api.Schema;

/// <summary>The custom scalars of schema.graphql.</summary>
internal static class Scalars
{
    /// <summary><c>TokenCount</c>: 128000, "128K" or "1M" in; always an integer out.</summary>
    public static ScalarBinding TokenCount { get; } = new()
    {
        Serialize = value => ToLong(value, "TokenCount"),
        ParseValue = value => value is string text ? ParseTokens(text) : ToLong(value, "TokenCount"),
        ParseLiteral = (literal, _) => literal switch
        {
            IntValueNode i => ParseInteger(i.Value, "TokenCount"),
            StringValueNode s => ParseTokens(s.Value),
            _ => throw new GraphQLException("TokenCount takes an integer such as 128000 or a string such as \"128K\" or \"1M\""),
        },
    };

    /// <summary><c>Long</c>: a 64-bit integer, as a JSON number or a string of digits.</summary>
    public static ScalarBinding Long { get; } = new()
    {
        Serialize = value => ToLong(value, "Long"),
        ParseValue = value => value is string text ? ParseInteger(text, "Long") : ToLong(value, "Long"),
        ParseLiteral = (literal, _) => literal switch
        {
            IntValueNode i => ParseInteger(i.Value, "Long"),
            StringValueNode s => ParseInteger(s.Value, "Long"),
            _ => throw new GraphQLException("Long takes an integer"),
        },
    };

    private static long ParseTokens(string text) =>
        TokenCounts.TryParse(text, out var tokens)
            ? tokens
            : throw new GraphQLException($"TokenCount cannot represent \"{text}\": write a number of tokens such as 128000, \"128K\" or \"1M\"");

    private static long ParseInteger(string text, string scalar) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new GraphQLException($"{scalar} cannot represent \"{text}\": not a 64-bit integer");

    private static long ToLong(object? value, string scalar) => value switch
    {
        long l => l,
        int i => i,
        double d when d == Math.Floor(d) && Math.Abs(d) < 9.2e18 => (long)d,
        decimal m when m == decimal.Truncate(m) => (long)m,
        _ => throw new GraphQLException($"{scalar} cannot represent {Describe(value)}: not an integer"),
    };

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => "an object",
    };
}
