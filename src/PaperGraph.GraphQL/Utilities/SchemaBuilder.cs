using PaperGraph.GraphQL.Execution;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Utilities;

/// <summary>Turns the type-system definitions and extensions of a document into types, collecting problems instead of stopping at the first.</summary>
internal sealed class SchemaBuilder
{
    private readonly Dictionary<string, GraphQLNamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLDirective> _directives = new(StringComparer.Ordinal);
    private readonly List<(GraphQLArgument Argument, ValueNode Literal)> _defaults = [];

    public SchemaBuilder(IEnumerable<GraphQLNamedType> knownTypes)
    {
        foreach (var type in knownTypes)
        {
            _types[type.Name] = type;
        }
    }

    public List<string> Problems { get; } = [];

    public List<GraphQLNamedType> DefinedTypes { get; } = [];

    public List<GraphQLDirective> DefinedDirectives { get; } = [];

    public GraphQLNamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>Creates every type of the document, then fills in fields, members and values from definitions and extensions.</summary>
    public void Build(DocumentNode document)
    {
        var definitions = document.Definitions.OfType<TypeDefinitionNode>().ToList();
        var extensions = document.Definitions.OfType<TypeExtensionNode>().ToList();
        foreach (var definition in definitions)
        {
            if (_types.TryGetValue(definition.Name.Value, out var existing) && !(existing is GraphQLScalarType { IsSpecified: true }))
            {
                Problems.Add($"There can be only one type named \"{definition.Name.Value}\".");
                continue;
            }
            if (existing is GraphQLScalarType { IsSpecified: true } && definition is ScalarTypeDefinitionNode)
            {
                continue;
            }
            var type = CreateShell(definition);
            _types[type.Name] = type;
            DefinedTypes.Add(type);
        }
        var nodesByType = definitions.Cast<TypeDefinitionOrExtensionNode>().Concat(extensions).GroupBy(n => n.Name.Value);
        foreach (var group in nodesByType)
        {
            if (!_types.TryGetValue(group.Key, out var type))
            {
                Problems.Add($"Cannot extend type \"{group.Key}\" because it is not defined.");
                continue;
            }
            if (!DefinedTypes.Contains(type))
            {
                if (group.Any(n => n.IsExtension))
                {
                    Problems.Add($"Cannot extend built-in type \"{group.Key}\".");
                }
                continue;
            }
            foreach (var node in group.Where(n => !n.IsExtension || KindMatches(type, n)))
            {
                Fill(type, node);
            }
            foreach (var node in group.Where(n => n.IsExtension && !KindMatches(type, n)))
            {
                Problems.Add($"Cannot extend non-{KindName(node)} type \"{group.Key}\".");
            }
        }
        foreach (var definition in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            if (_directives.ContainsKey(definition.Name.Value))
            {
                Problems.Add($"There can be only one directive named \"@{definition.Name.Value}\".");
                continue;
            }
            var locations = new List<DirectiveLocation>();
            foreach (var location in definition.Locations)
            {
                locations.Add(Enum.Parse<DirectiveLocation>(location.Value));
            }
            var directive = new GraphQLDirective(definition.Name.Value, definition.Description?.Value, locations, BuildArguments(definition.Arguments, $"@{definition.Name.Value}"), definition.Repeatable);
            _directives[directive.Name] = directive;
            DefinedDirectives.Add(directive);
        }
    }

    /// <summary>Coerces the default values once every type exists.</summary>
    public void CoerceDefaults()
    {
        // Input object defaults can include other fields' defaults, so later passes see the earlier results.
        for (var pass = 0; pass < 3; pass++)
        {
            Problems.Clear();
            CoerceDefaultsOnce();
        }
    }

    private void CoerceDefaultsOnce()
    {
        foreach (var (argument, literal) in _defaults)
        {
            var value = ValueFromAst.Coerce(literal, argument.Type, null);
            if (ReferenceEquals(value, ValueFromAst.Invalid))
            {
                Problems.Add($"Default value {Printer.Print(literal)} is not valid for \"{argument.Name}\" of type \"{argument.Type}\".");
                continue;
            }
            argument.HasDefaultValue = true;
            argument.DefaultValue = value;
        }
    }

    private static bool KindMatches(GraphQLNamedType type, TypeDefinitionOrExtensionNode node) => (type, node) switch
    {
        (GraphQLScalarType, ScalarTypeExtensionNode) => true,
        (GraphQLObjectType, ObjectTypeExtensionNode) => true,
        (GraphQLInterfaceType, InterfaceTypeExtensionNode) => true,
        (GraphQLUnionType, UnionTypeExtensionNode) => true,
        (GraphQLEnumType, EnumTypeExtensionNode) => true,
        (GraphQLInputObjectType, InputObjectTypeExtensionNode) => true,
        _ => false,
    };

    private static string KindName(TypeDefinitionOrExtensionNode node) => node switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private static GraphQLNamedType CreateShell(TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode s => new GraphQLScalarType(s.Name.Value, s.Description?.Value),
        ObjectTypeDefinitionNode o => new GraphQLObjectType(o.Name.Value, o.Description?.Value),
        InterfaceTypeDefinitionNode i => new GraphQLInterfaceType(i.Name.Value, i.Description?.Value),
        UnionTypeDefinitionNode u => new GraphQLUnionType(u.Name.Value, u.Description?.Value),
        EnumTypeDefinitionNode e => new GraphQLEnumType(e.Name.Value, e.Description?.Value),
        InputObjectTypeDefinitionNode i => new GraphQLInputObjectType(i.Name.Value, i.Description?.Value),
        _ => throw new ArgumentException("Unknown type definition.", nameof(node)),
    };

    private void Fill(GraphQLNamedType type, TypeDefinitionOrExtensionNode node)
    {
        switch (type)
        {
            case GraphQLScalarType scalar:
                var url = FindDirectiveArgument(node.Directives, "specifiedBy", "url");
                if (url is StringValueNode s)
                {
                    scalar.SpecifiedByUrl = s.Value;
                }
                break;
            case GraphQLFieldsType fieldsType:
                var (interfaces, fields) = node switch
                {
                    FieldsTypeDefinitionNode d => (d.Interfaces, d.Fields),
                    FieldsTypeExtensionNode e => (e.Interfaces, e.Fields),
                    _ => throw new ArgumentException("Unexpected node.", nameof(node)),
                };
                foreach (var reference in interfaces)
                {
                    if (Resolve(reference) is GraphQLInterfaceType iface)
                    {
                        if (fieldsType.Interfaces.Contains(iface))
                        {
                            Problems.Add($"Type {type.Name} can only implement {iface.Name} once.");
                            continue;
                        }
                        fieldsType.AddInterface(iface);
                    }
                    else if (_types.ContainsKey(reference.Name.Value))
                    {
                        Problems.Add($"Type {type.Name} must only implement Interface types, it cannot implement {reference.Name.Value}.");
                    }
                }
                foreach (var fieldNode in fields)
                {
                    var fieldType = ResolveTypeRef(fieldNode.Type);
                    var field = new GraphQLField(fieldNode.Name.Value, fieldType ?? Scalars.String, fieldNode.Description?.Value, BuildArguments(fieldNode.Arguments, $"{type.Name}.{fieldNode.Name.Value}"))
                    {
                        AstNode = fieldNode,
                        DeprecationReason = DeprecationReason(fieldNode.Directives),
                    };
                    if (fieldType is not null && !fieldType.IsOutputType)
                    {
                        Problems.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {fieldType}.");
                    }
                    if (!fieldsType.AddField(field))
                    {
                        Problems.Add($"Field \"{type.Name}.{field.Name}\" can only be defined once.");
                    }
                }
                break;
            case GraphQLUnionType union:
                var members = node is UnionTypeDefinitionNode ud ? ud.Types : ((UnionTypeExtensionNode)node).Types;
                foreach (var reference in members)
                {
                    var member = Resolve(reference);
                    if (member is GraphQLObjectType obj)
                    {
                        if (union.Types.Contains(obj))
                        {
                            Problems.Add($"Union type {union.Name} can only include type {obj.Name} once.");
                            continue;
                        }
                        union.AddType(obj);
                    }
                    else if (member is not null)
                    {
                        Problems.Add($"Union type {union.Name} can only include Object types, it cannot include {member.Name}.");
                    }
                }
                break;
            case GraphQLEnumType enumType:
                var values = node is EnumTypeDefinitionNode ed ? ed.Values : ((EnumTypeExtensionNode)node).Values;
                foreach (var valueNode in values)
                {
                    var value = new GraphQLEnumValue(valueNode.Name.Value, valueNode.Description?.Value) { DeprecationReason = DeprecationReason(valueNode.Directives) };
                    if (!enumType.AddValue(value))
                    {
                        Problems.Add($"Enum value \"{enumType.Name}.{value.Name}\" can only be defined once.");
                    }
                }
                break;
            case GraphQLInputObjectType input:
                if (node.Directives.Any(d => d.Name.Value == "oneOf"))
                {
                    input.IsOneOf = true;
                }
                var inputFields = node is InputObjectTypeDefinitionNode id ? id.Fields : ((InputObjectTypeExtensionNode)node).Fields;
                foreach (var field in BuildArguments(inputFields, input.Name, isInputField: true))
                {
                    if (!input.AddField(field))
                    {
                        Problems.Add($"Field \"{input.Name}.{field.Name}\" can only be defined once.");
                    }
                }
                break;
        }
    }

    private List<GraphQLArgument> BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes, string owner, bool isInputField = false)
    {
        var arguments = new List<GraphQLArgument>(nodes.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (!names.Add(node.Name.Value) && !isInputField)
            {
                Problems.Add($"Argument \"{owner}({node.Name.Value}:)\" can only be defined once.");
                continue;
            }
            var type = ResolveTypeRef(node.Type);
            if (type is not null && !type.IsInputType)
            {
                Problems.Add($"The type of {owner}({node.Name.Value}:) must be Input Type but got: {type}.");
            }
            var argument = new GraphQLArgument(node.Name.Value, type ?? Scalars.String, node.Description?.Value)
            {
                AstNode = node,
                DefaultValueLiteral = node.DefaultValue,
                DeprecationReason = DeprecationReason(node.Directives),
            };
            if (node.DefaultValue is not null)
            {
                _defaults.Add((argument, node.DefaultValue));
            }
            arguments.Add(argument);
        }
        return arguments;
    }

    private GraphQLNamedType? Resolve(NamedTypeNode node)
    {
        if (_types.TryGetValue(node.Name.Value, out var type))
        {
            return type;
        }
        Problems.Add($"Unknown type \"{node.Name.Value}\".");
        return null;
    }

    /// <summary>Builds the type a reference names, wrapping lists and non-nulls.</summary>
    public GraphQLType? ResolveTypeRef(TypeNode node) => node switch
    {
        NamedTypeNode named => Resolve(named),
        ListTypeNode list => ResolveTypeRef(list.Type) is { } inner ? new GraphQLList(inner) : null,
        NonNullTypeNode nonNull => ResolveTypeRef(nonNull.Type) is { } inner ? new GraphQLNonNull(inner) : null,
        _ => null,
    };

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "deprecated")
            {
                var reason = directive.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value;
                return reason is StringValueNode s ? s.Value : SpecifiedDirectives.DefaultDeprecationReason;
            }
        }
        return null;
    }

    private static ValueNode? FindDirectiveArgument(IReadOnlyList<DirectiveNode> directives, string directive, string argument) =>
        directives.FirstOrDefault(d => d.Name.Value == directive)?.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value;
}
