using System.Text;

namespace PaperGraph.GraphQL.Language;

/// <summary>Prints an AST back to GraphQL text with the same layout rules as graphql-js <c>print</c>.</summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node.</summary>
    public static string Print(ASTNode node) => node switch
    {
        NameNode n => n.Value,
        DocumentNode d => Join(d.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode o => PrintOperation(o),
        VariableDefinitionNode v => "$" + v.Variable.Name.Value + ": " + Print(v.Type) + Wrap(" = ", Opt(v.DefaultValue)) + Wrap(" ", Directives(v.Directives)),
        SelectionSetNode s => Block(s.Selections.Select(Print)),
        FieldNode f => PrintField(f),
        ArgumentNode a => a.Name.Value + ": " + Print(a.Value),
        FragmentSpreadNode s => "..." + s.Name.Value + Wrap(" ", Directives(s.Directives)),
        InlineFragmentNode i => Join(["...", Wrap("on ", Opt(i.TypeCondition)), Directives(i.Directives), Print(i.SelectionSet)], " "),
        FragmentDefinitionNode f => $"fragment {f.Name.Value} on {f.TypeCondition.Name.Value} " + Wrap("", Directives(f.Directives), " ") + Print(f.SelectionSet),
        ValueNode v => PrintValue(v),
        ObjectFieldNode f => f.Name.Value + ": " + Print(f.Value),
        DirectiveNode d => "@" + d.Name.Value + Wrap("(", Join(d.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode t => t.Name.Value,
        ListTypeNode t => "[" + Print(t.Type) + "]",
        NonNullTypeNode t => Print(t.Type) + "!",
        OperationTypeDefinitionNode o => o.Operation.ToKeyword() + ": " + o.Type.Name.Value,
        FieldDefinitionNode f => Desc(f.Description) + f.Name.Value + Args(f.Arguments) + ": " + Print(f.Type) + Wrap(" ", Directives(f.Directives)),
        InputValueDefinitionNode i => Desc(i.Description) + Join([i.Name.Value + ": " + Print(i.Type), Wrap("= ", Opt(i.DefaultValue)), Directives(i.Directives)], " "),
        EnumValueDefinitionNode e => Desc(e.Description) + Join([e.Name.Value, Directives(e.Directives)], " "),
        _ => PrintTypeSystem(node),
    };

    private static string PrintOperation(OperationDefinitionNode o)
    {
        var varDefs = Wrap("(", Join(o.VariableDefinitions.Select(Print), ", "), ")");
        var prefix = Join([o.Operation.ToKeyword(), Join([o.Name?.Value, varDefs], ""), Directives(o.Directives)], " ");
        return (prefix == "query" ? "" : prefix + " ") + Print(o.SelectionSet);
    }

    private static string PrintField(FieldNode f)
    {
        var prefix = Wrap("", f.Alias?.Value, ": ") + f.Name.Value;
        var argsLine = prefix + Wrap("(", Join(f.Arguments.Select(Print), ", "), ")");
        if (argsLine.Length > MaxLineLength)
        {
            argsLine = prefix + Wrap("(\n", Indent(Join(f.Arguments.Select(Print), "\n")), "\n)");
        }
        return Join([argsLine, Directives(f.Directives), Opt(f.SelectionSet)], " ");
    }

    private static string PrintValue(ValueNode value) => value switch
    {
        VariableNode v => "$" + v.Name.Value,
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => s.Block ? BlockString.Print(s.Value) : PrintString(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode l => "[" + Join(l.Values.Select(Print), ", ") + "]",
        ObjectValueNode o => "{" + Join(o.Fields.Select(Print), ", ") + "}",
        _ => throw new ArgumentException("Unknown value node.", nameof(value)),
    };

    private static string PrintTypeSystem(ASTNode node) => node switch
    {
        SchemaDefinitionNode s => Desc(s.Description) + Join(["schema", Directives(s.Directives), Block(s.OperationTypes.Select(Print))], " "),
        ScalarTypeDefinitionNode s => Desc(s.Description) + Join(["scalar", s.Name.Value, Directives(s.Directives)], " "),
        ObjectTypeDefinitionNode o => Desc(o.Description) + FieldsType("type", o.Name, o.Interfaces, o.Directives, o.Fields),
        InterfaceTypeDefinitionNode i => Desc(i.Description) + FieldsType("interface", i.Name, i.Interfaces, i.Directives, i.Fields),
        UnionTypeDefinitionNode u => Desc(u.Description) + Join(["union", u.Name.Value, Directives(u.Directives), Wrap("= ", Join(u.Types.Select(Print), " | "))], " "),
        EnumTypeDefinitionNode e => Desc(e.Description) + Join(["enum", e.Name.Value, Directives(e.Directives), Block(e.Values.Select(Print))], " "),
        InputObjectTypeDefinitionNode i => Desc(i.Description) + Join(["input", i.Name.Value, Directives(i.Directives), Block(i.Fields.Select(Print))], " "),
        DirectiveDefinitionNode d => Desc(d.Description) + "directive @" + d.Name.Value + Args(d.Arguments) + (d.Repeatable ? " repeatable" : "") + " on " + Join(d.Locations.Select(Print), " | "),
        SchemaExtensionNode s => Join(["extend schema", Directives(s.Directives), Block(s.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode s => Join(["extend scalar", s.Name.Value, Directives(s.Directives)], " "),
        ObjectTypeExtensionNode o => FieldsType("extend type", o.Name, o.Interfaces, o.Directives, o.Fields),
        InterfaceTypeExtensionNode i => FieldsType("extend interface", i.Name, i.Interfaces, i.Directives, i.Fields),
        UnionTypeExtensionNode u => Join(["extend union", u.Name.Value, Directives(u.Directives), Wrap("= ", Join(u.Types.Select(Print), " | "))], " "),
        EnumTypeExtensionNode e => Join(["extend enum", e.Name.Value, Directives(e.Directives), Block(e.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode i => Join(["extend input", i.Name.Value, Directives(i.Directives), Block(i.Fields.Select(Print))], " "),
        _ => throw new ArgumentException("Unknown node " + node.GetType().Name, nameof(node)),
    };

    private static string FieldsType(string keyword, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields) =>
        Join([keyword, name.Value, Wrap("implements ", Join(interfaces.Select(Print), " & ")), Directives(directives), Block(fields.Select(Print))], " ");

    private static string Args(IReadOnlyList<InputValueDefinitionNode> args)
    {
        var printed = args.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    /// <summary>Prints a string as a quoted GraphQL string literal with escapes.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < ' ' or (>= '\u007f' and <= '\u009f'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static string Desc(StringValueNode? description) => description is null ? "" : Print(description) + "\n";

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string? Opt(ASTNode? node) => node is null ? null : Print(node);

    private static string Join(IEnumerable<string?> parts, string separator) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : "{\n" + Indent(string.Join("\n", list)) + "\n}";
    }

    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? "" : start + value + end;

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));
}
