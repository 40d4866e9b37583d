using System.Collections;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Execution;

/// <summary>Implements 'CoerceVariableValues' (spec 6.1.2) and input coercion of JSON-like values.</summary>
internal static class VariableCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(GraphQLSchema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs, out List<GraphQLError>? errorsOut)
    {
        errorsOut = null;
        if (operation.VariableDefinitions.Count == 0)
        {
            return Empty;
        }
        var errors = new List<GraphQLError>();
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var location = definition.Location?.StartLocation;
            if (TypeFromAst(schema, definition.Type) is not { IsInputType: true } type)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", location));
                continue;
            }
            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    result[name] = ValueFromAst.Coerce(definition.DefaultValue, type, null);
                }
                else if (type is GraphQLNonNull)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", location));
                }
                continue;
            }
            if (value is null && type is GraphQLNonNull)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", location));
                continue;
            }
            var problems = new List<string>();
            var coerced = CoerceInput(value, type, problems, "");
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" got invalid value {Inspect.Value(value)}; {problem}", location));
                }
                continue;
            }
            result[name] = coerced;
        }
        errorsOut = errors.Count > 0 ? errors : null;
        return result;
    }

    public static GraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode node) => node switch
    {
        NamedTypeNode n => schema.GetType(n.Name.Value),
        ListTypeNode l => TypeFromAst(schema, l.Type) is { } inner ? new GraphQLList(inner) : null,
        NonNullTypeNode n => TypeFromAst(schema, n.Type) is { } inner ? new GraphQLNonNull(inner) : null,
        _ => null,
    };

    /// <summary>Implements 'CoerceInputValue' for a variable value, collecting problems with their path.</summary>
    public static object? CoerceInput(object? value, GraphQLType type, List<string> problems, string path)
    {
        if (type is GraphQLNonNull nonNull)
        {
            if (value is null)
            {
                problems.Add($"Expected non-nullable type \"{type}\" not to be null{At(path)}.");
                return null;
            }
            return CoerceInput(value, nonNull.OfType, problems, path);
        }
        if (value is null)
        {
            return null;
        }
        switch (type)
        {
            case GraphQLList list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        result.Add(CoerceInput(item, list.OfType, problems, path + "[" + index++ + "]"));
                    }
                    return result;
                }
                return new List<object?> { CoerceInput(value, list.OfType, problems, path) };
            case GraphQLInputObjectType input:
                return CoerceInputObject(value, input, problems, path);
            case GraphQLEnumType enumType:
                if (value is string s && enumType.GetValue(s) is { } enumValue)
                {
                    return enumValue.Name;
                }
                problems.Add($"Value {Inspect.Value(value)} does not exist in \"{enumType.Name}\" enum{At(path)}.");
                return null;
            case GraphQLScalarType scalar:
                try
                {
                    var parsed = scalar.ParseValue(value);
                    if (parsed is null)
                    {
                        problems.Add($"Expected type \"{scalar.Name}\"{At(path)}.");
                    }
                    return parsed;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    problems.Add($"{ex.Message}{At(path)}");
                    return null;
                }
            default:
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(object value, GraphQLInputObjectType input, List<string> problems, string path)
    {
        if (AsMap(value) is not { } map)
        {
            problems.Add($"Expected type \"{input.Name}\" to be an object{At(path)}.");
            return null;
        }
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is GraphQLNonNull)
                {
                    problems.Add($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided{At(path)}.");
                }
                continue;
            }
            result[field.Name] = CoerceInput(fieldValue, field.Type, problems, path + "." + field.Name);
        }
        foreach (var key in map.Keys)
        {
            if (input.GetField(key) is null)
            {
                problems.Add($"Field \"{key}\" is not defined by type \"{input.Name}\"{At(path)}.");
            }
        }
        if (input.IsOneOf)
        {
            if (map.Count != 1)
            {
                problems.Add($"Exactly one key must be specified for OneOf type \"{input.Name}\"{At(path)}.");
            }
            else if (map.Values.First() is null)
            {
                problems.Add($"Field \"{map.Keys.First()}\" must be non-null{At(path)}.");
            }
        }
        return result;
    }

    private static IReadOnlyDictionary<string, object?>? AsMap(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> dictionary => new Dictionary<string, object?>(dictionary, StringComparer.Ordinal),
        _ => null,
    };

    private static string At(string path) => path.Length == 0 ? "" : " at \"value" + path + "\"";
}
