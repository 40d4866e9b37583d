using System.Text;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;
using PaperGraph.GraphQL.Utilities;

namespace PaperGraph.GraphQL;

/// <summary>Prints a schema as SDL, producing the same text as graphql-js <c>printSchema</c>.</summary>
public static class SchemaPrinter
{
    /// <summary>Prints the schema's own types and directives (no built-in scalars, directives or introspection types).</summary>
    public static string Print(GraphQLSchema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }
        parts.AddRange(schema.Directives.Where(d => !d.IsSpecified).Select(PrintDirective));
        parts.AddRange(schema.Types.Where(t => !(t is GraphQLScalarType { IsSpecified: true }) && !t.Name.StartsWith("__", StringComparison.Ordinal)).Select(PrintType));
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        var commonNames = (schema.QueryType is null || schema.QueryType.Name == "Query")
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }
        var lines = new List<string>();
        if (schema.QueryType is { } q)
        {
            lines.Add("  query: " + q.Name);
        }
        if (schema.MutationType is { } m)
        {
            lines.Add("  mutation: " + m.Name);
        }
        if (schema.SubscriptionType is { } s)
        {
            lines.Add("  subscription: " + s.Name);
        }
        return Description(schema.Description) + "schema {\n" + string.Join("\n", lines) + "\n}";
    }

    /// <summary>Prints one named type.</summary>
    public static string PrintType(GraphQLNamedType type) => type switch
    {
        GraphQLScalarType s => Description(s.Description) + "scalar " + s.Name + (s.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {Printer.PrintString(s.SpecifiedByUrl)})"),
        GraphQLObjectType o => Description(o.Description) + "type " + o.Name + Implements(o) + Fields(o),
        GraphQLInterfaceType i => Description(i.Description) + "interface " + i.Name + Implements(i) + Fields(i),
        GraphQLUnionType u => Description(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        GraphQLEnumType e => Description(e.Description) + "enum " + e.Name + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        GraphQLInputObjectType i => Description(i.Description) + "input " + i.Name + (i.IsOneOf ? " @oneOf" : "") + Block(i.Fields.Select((f, n) => Description(f.Description, "  ", n == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException("Unknown type.", nameof(type)),
    };

    private static string Implements(GraphQLFieldsType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(GraphQLFieldsType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<GraphQLArgument> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return "";
        }
        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }
        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) + "\n" + indentation + ")";
    }

    private static string InputValue(GraphQLArgument argument)
    {
        var text = argument.Name + ": " + argument.Type;
        if (argument.HasDefaultValue && AstFromValue.Convert(argument.DefaultValue, argument.Type) is { } literal)
        {
            text += " = " + Printer.Print(literal);
        }
        return text + Deprecated(argument.DeprecationReason);
    }

    private static string PrintDirective(GraphQLDirective directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations);

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {Printer.PrintString(reason)})",
    };

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }
        var literal = BlockString.IsPrintable(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return new StringBuilder(prefix).Append(literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal)).Append('\n').ToString();
    }
}
