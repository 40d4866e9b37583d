using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

using PaperGraph.GraphQL.Utilities;

namespace PaperGraph.GraphQL;

/// <summary>Builds an executable schema from SDL text (graphql-js buildSchema) and attaches bindings.</summary>
public static class BuildSchema
{
    /// <summary>Builds and validates a schema; throws <see cref="GraphQLSchemaException"/> listing every problem found.</summary>
    public static GraphQLSchema FromSdl(string sdl, SchemaBindings? bindings = null)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(sdl);
        }
        catch (GraphQLSyntaxException ex)
        {
            throw new GraphQLSchemaException([$"{ex.Message} ({ex.Location.Line}:{ex.Location.Column})"]);
        }
        var problems = new List<string>();
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                problems.Add("The schema document must contain only type-system definitions.");
                break;
            }
        }
        var builder = new SchemaBuilder(Scalars.All.Concat(Introspection.Types));
        builder.Build(document);
        problems.AddRange(builder.Problems);
        builder.Problems.Clear();
        builder.CoerceDefaults();
        problems.AddRange(builder.Problems);

        var (query, mutation, subscription, description) = FindRoots(document, builder, problems);
        var directives = new List<GraphQLDirective>(builder.DefinedDirectives);
        foreach (var specified in SpecifiedDirectives.All)
        {
            if (directives.All(d => d.Name != specified.Name))
            {
                directives.Add(specified);
            }
        }
        problems.AddRange(SdlDirectiveChecker.Check(document, directives));
        var schema = new GraphQLSchema(query, mutation, subscription, builder.DefinedTypes, directives, description);
        if (bindings is not null)
        {
            Bind(schema, bindings, problems);
        }
        problems.AddRange(SchemaValidator.Validate(schema));
        if (problems.Count > 0)
        {
            throw new GraphQLSchemaException(problems);
        }
        return schema;
    }

    private static (GraphQLObjectType?, GraphQLObjectType?, GraphQLObjectType?, string?) FindRoots(DocumentNode document, SchemaBuilder builder, List<string> problems)
    {
        var schemaNodes = document.Definitions.OfType<SchemaDefinitionNode>().ToList();
        if (schemaNodes.Count > 1)
        {
            problems.Add("Must provide only one schema definition.");
        }
        var operationTypes = schemaNodes.SelectMany(s => s.OperationTypes)
            .Concat(document.Definitions.OfType<SchemaExtensionNode>().SelectMany(e => e.OperationTypes)).ToList();
        GraphQLObjectType? Root(OperationType operation, string defaultName)
        {
            var nodes = operationTypes.Where(o => o.Operation == operation).ToList();
            if (nodes.Count > 1)
            {
                problems.Add($"There can be only one {operation.ToKeyword()} type in schema.");
            }
            if (schemaNodes.Count == 0 && operationTypes.Count == 0)
            {
                return builder.GetType(defaultName) as GraphQLObjectType;
            }
            if (nodes.Count == 0)
            {
                return null;
            }
            var type = builder.GetType(nodes[0].Type.Name.Value);
            if (type is GraphQLObjectType obj)
            {
                return obj;
            }
            problems.Add(type is null
                ? $"Unknown type \"{nodes[0].Type.Name.Value}\"."
                : $"{operation} root type must be Object type, it cannot be {type.Name}.");
            return null;
        }
        return (Root(OperationType.Query, "Query"), Root(OperationType.Mutation, "Mutation"), Root(OperationType.Subscription, "Subscription"), schemaNodes.FirstOrDefault()?.Description?.Value);
    }

    private static void Bind(GraphQLSchema schema, SchemaBindings bindings, List<string> problems)
    {
        foreach (var ((typeName, fieldName), resolver) in bindings.Resolvers)
        {
            if (FindField(schema, typeName, fieldName, problems) is { } field)
            {
                field.Resolver = resolver;
            }
        }
        foreach (var ((typeName, fieldName), resolver) in bindings.AsyncResolvers)
        {
            if (FindField(schema, typeName, fieldName, problems) is { } field)
            {
                field.AsyncResolver = resolver;
            }
        }
        foreach (var (name, binding) in bindings.Scalars)
        {
            if (schema.GetType(name) is not GraphQLScalarType { IsSpecified: false } scalar)
            {
                problems.Add($"Cannot bind scalar \"{name}\": the schema has no custom scalar of that name.");
                continue;
            }
            if (binding.Serialize is { } serialize)
            {
                scalar.Serialize = serialize;
            }
            if (binding.ParseValue is { } parseValue)
            {
                scalar.ParseValue = parseValue;
            }
            if (binding.ParseLiteral is { } parseLiteral)
            {
                scalar.ParseLiteral = parseLiteral;
            }
        }
        foreach (var (name, resolveType) in bindings.TypeResolvers)
        {
            if (schema.GetType(name) is GraphQLCompositeType { IsAbstract: true } abstractType)
            {
                abstractType.ResolveType = resolveType;
            }
            else
            {
                problems.Add($"Cannot bind a type resolver to \"{name}\": the schema has no interface or union of that name.");
            }
        }
    }

    private static GraphQLField? FindField(GraphQLSchema schema, string typeName, string fieldName, List<string> problems)
    {
        if (schema.GetType(typeName) is GraphQLFieldsType type && type.GetField(fieldName) is { } field)
        {
            return field;
        }
        problems.Add($"Cannot bind a resolver to \"{typeName}.{fieldName}\": no such field.");
        return null;
    }
}

/// <summary>A schema that could not be built, with every problem found.</summary>
public sealed class GraphQLSchemaException : Exception
{
    /// <summary>Creates the error from its problems.</summary>
    public GraphQLSchemaException(IReadOnlyList<string> problems)
        : base("Invalid schema:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p)))
    {
        Problems = problems;
    }

    /// <summary>Creates the error with no problems listed.</summary>
    public GraphQLSchemaException()
    {
        Problems = [];
    }

    /// <summary>Creates the error with a message.</summary>
    public GraphQLSchemaException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public GraphQLSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Each problem on its own.</summary>
    public IReadOnlyList<string> Problems { get; }
}
