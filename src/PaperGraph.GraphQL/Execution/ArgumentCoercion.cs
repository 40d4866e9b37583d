using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Execution;

/// <summary>Implements 'CoerceArgumentValues' (spec 6.4.1).</summary>
internal static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(GraphQLField field, FieldNode node, IReadOnlyDictionary<string, object?>? variables) =>
        Coerce(field.Arguments, node.Arguments, variables);

    public static IReadOnlyDictionary<string, object?> Coerce(IReadOnlyList<GraphQLArgument> definitions, IReadOnlyList<ArgumentNode> nodes, IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }
        var result = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? argumentNode = null;
            foreach (var n in nodes)
            {
                if (n.Name.Value == definition.Name)
                {
                    argumentNode = n;
                    break;
                }
            }
            if (argumentNode is null || (argumentNode.Value is VariableNode missing && (variables is null || !variables.ContainsKey(missing.Name.Value))))
            {
                if (definition.HasDefaultValue)
                {
                    result[definition.Name] = definition.DefaultValue;
                }
                else if (definition.Type is GraphQLNonNull)
                {
                    throw argumentNode is null
                        ? new GraphQLException($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.")
                        : new GraphQLException($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${((VariableNode)argumentNode.Value).Name.Value}\" which was not provided a runtime value.");
                }
                continue;
            }
            if (argumentNode.Value is NullValueNode && definition.Type is GraphQLNonNull)
            {
                throw new GraphQLException($"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.");
            }
            var value = ValueFromAst.Coerce(argumentNode.Value, definition.Type, variables);
            if (ReferenceEquals(value, ValueFromAst.Invalid))
            {
                throw new GraphQLException($"Argument \"{definition.Name}\" has invalid value {Printer.Print(argumentNode.Value)}.");
            }
            result[definition.Name] = value;
        }
        return result;
    }
}
