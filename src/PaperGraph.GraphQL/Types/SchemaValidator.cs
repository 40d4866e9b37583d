using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Types;

/// <summary>The type-system validation rules of the specification (graphql-js validateSchema).</summary>
internal static class SchemaValidator
{
    public static List<string> Validate(GraphQLSchema schema)
    {
        var problems = new List<string>();
        if (schema.QueryType is null)
        {
            problems.Add("Query root type must be provided.");
        }
        foreach (var directive in schema.Directives)
        {
            CheckName(directive.Name, problems);
            foreach (var argument in directive.Arguments)
            {
                CheckName(argument.Name, problems);
                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    problems.Add($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
        foreach (var type in schema.Types)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) || type is GraphQLScalarType { IsSpecified: true })
            {
                continue;
            }
            CheckName(type.Name, problems);
            switch (type)
            {
                case GraphQLFieldsType fieldsType:
                    ValidateFields(fieldsType, problems);
                    ValidateInterfaces(schema, fieldsType, problems);
                    break;
                case GraphQLUnionType union when union.Types.Count == 0:
                    problems.Add($"Union type {union.Name} must define one or more member types.");
                    break;
                case GraphQLEnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        problems.Add($"Enum type {enumType.Name} must define one or more values.");
                    }
                    foreach (var value in enumType.Values)
                    {
                        CheckName(value.Name, problems);
                    }
                    break;
                case GraphQLInputObjectType input:
                    ValidateInputObject(input, problems);
                    break;
            }
        }
        ValidateInputCycles(schema, problems);
        return problems;
    }

    private static void CheckName(string name, List<string> problems)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            problems.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void ValidateFields(GraphQLFieldsType type, List<string> problems)
    {
        if (type.Fields.Count == 0)
        {
            problems.Add($"Type {type.Name} must define one or more fields.");
        }
        foreach (var field in type.Fields)
        {
            CheckName(field.Name, problems);
            foreach (var argument in field.Arguments)
            {
                CheckName(argument.Name, problems);
                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    problems.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateInterfaces(GraphQLSchema schema, GraphQLFieldsType type, List<string> problems)
    {
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                problems.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }
            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    problems.Add(transitive == type
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
                }
            }
            foreach (var ifaceField in iface.Fields)
            {
                var field = type.GetField(ifaceField.Name);
                if (field is null)
                {
                    problems.Add($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.");
                    continue;
                }
                if (!TypeComparators.IsTypeSubTypeOf(schema, field.Type, ifaceField.Type))
                {
                    problems.Add($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.");
                }
                foreach (var ifaceArgument in ifaceField.Arguments)
                {
                    var argument = field.GetArgument(ifaceArgument.Name);
                    if (argument is null)
                    {
                        problems.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.");
                    }
                    else if (!TypeComparators.IsEqualType(argument.Type, ifaceArgument.Type))
                    {
                        problems.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expects type {ifaceArgument.Type} but {type.Name}.{field.Name}({argument.Name}:) is type {argument.Type}.");
                    }
                }
                foreach (var argument in field.Arguments)
                {
                    if (ifaceField.GetArgument(argument.Name) is null && argument.IsRequired)
                    {
                        problems.Add($"Object field {type.Name}.{field.Name} includes required argument {argument.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.");
                    }
                }
            }
        }
    }

    private static void ValidateInputObject(GraphQLInputObjectType input, List<string> problems)
    {
        if (input.Fields.Count == 0)
        {
            problems.Add($"Input Object type {input.Name} must define one or more fields.");
        }
        foreach (var field in input.Fields)
        {
            CheckName(field.Name, problems);
            if (field.IsRequired && field.DeprecationReason is not null)
            {
                problems.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }
            if (input.IsOneOf)
            {
                if (field.Type is GraphQLNonNull)
                {
                    problems.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                }
                if (field.HasDefaultValue)
                {
                    problems.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
                }
            }
        }
    }

    /// <summary>Rejects input objects that reference themselves through non-null, non-list fields only.</summary>
    private static void ValidateInputCycles(GraphQLSchema schema, List<string> problems)
    {
        var visited = new HashSet<GraphQLInputObjectType>();
        foreach (var input in schema.Types.OfType<GraphQLInputObjectType>())
        {
            var path = new List<string>();
            var onPath = new HashSet<GraphQLInputObjectType>();
            Detect(input, path, onPath);
        }
        void Detect(GraphQLInputObjectType input, List<string> path, HashSet<GraphQLInputObjectType> onPath)
        {
            if (!visited.Add(input))
            {
                return;
            }
            onPath.Add(input);
            foreach (var field in input.Fields)
            {
                if (field.Type is GraphQLNonNull { OfType: GraphQLInputObjectType target })
                {
                    path.Add(field.Name);
                    if (onPath.Contains(target))
                    {
                        problems.Add($"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{string.Join(".", path)}\".");
                    }
                    else
                    {
                        Detect(target, path, onPath);
                    }
                    path.RemoveAt(path.Count - 1);
                }
            }
            onPath.Remove(input);
        }
    }
}
