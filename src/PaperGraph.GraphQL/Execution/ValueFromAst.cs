using System.Globalization;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Execution;

/// <summary>Coerces literals to internal values (graphql-js valueFromAST), returning <see cref="Invalid"/> for bad input.</summary>
public static class ValueFromAst
{
    /// <summary>Marks a literal that cannot be coerced to the expected type.</summary>
    public static readonly object Invalid = new();

    /// <summary>Coerces a literal to <paramref name="type"/>, reading variables from already-coerced values.</summary>
    public static object? Coerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var value))
            {
                return Invalid;
            }
            return value is null && type is GraphQLNonNull ? Invalid : value;
        }
        if (type is GraphQLNonNull nonNull)
        {
            return node is NullValueNode ? Invalid : Coerce(node, nonNull.OfType, variables);
        }
        if (node is NullValueNode)
        {
            return null;
        }
        switch (type)
        {
            case GraphQLList list:
                if (node is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (var itemNode in listNode.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (list.OfType is GraphQLNonNull)
                            {
                                return Invalid;
                            }
                            items.Add(null);
                            continue;
                        }
                        var item = Coerce(itemNode, list.OfType, variables);
                        if (ReferenceEquals(item, Invalid))
                        {
                            return Invalid;
                        }
                        items.Add(item);
                    }
                    return items;
                }
                var single = Coerce(node, list.OfType, variables);
                return ReferenceEquals(single, Invalid) ? Invalid : new List<object?> { single };
            case GraphQLInputObjectType input:
                return CoerceInputObject(node, input, variables);
            case GraphQLEnumType enumType:
                return node is EnumValueNode e && enumType.GetValue(e.Value) is { } enumValue ? enumValue.Name : Invalid;
            case GraphQLScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(node, variables) ?? Invalid;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    return Invalid;
                }
            default:
                return Invalid;
        }
    }

    private static object? CoerceInputObject(ValueNode node, GraphQLInputObjectType input, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ObjectValueNode objectNode)
        {
            return Invalid;
        }
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            if (input.GetField(fieldNode.Name.Value) is null)
            {
                return Invalid;
            }
        }
        foreach (var field in input.Fields)
        {
            var fieldNode = objectNode.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is GraphQLNonNull)
                {
                    return Invalid;
                }
                continue;
            }
            var value = Coerce(fieldNode.Value, field.Type, variables);
            if (ReferenceEquals(value, Invalid))
            {
                return Invalid;
            }
            result[field.Name] = value;
        }
        if (input.IsOneOf && (result.Count != 1 || result.Values.First() is null))
        {
            return Invalid;
        }
        return result;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    /// <summary>Converts a literal to a plain value without a type, as custom scalars do by default.</summary>
    public static object? Untyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode l => l.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode o => o.Fields.ToDictionary(f => f.Name.Value, f => Untyped(f.Value, variables), StringComparer.Ordinal),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => null,
    };
}
