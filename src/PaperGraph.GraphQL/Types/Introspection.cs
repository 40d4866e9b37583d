using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Utilities;

namespace PaperGraph.GraphQL.Types;

/// <summary>
/// The introspection types (spec section 4) as ordinary object types with resolvers; their SDL is the
/// embedded Introspection.graphql, taken from graphql-js so descriptions match.
/// </summary>
public static class Introspection
{
    static Introspection()
    {
        using var stream = typeof(Introspection).Assembly.GetManifestResourceStream("PaperGraph.GraphQL.Introspection.graphql")!;
        using var reader = new StreamReader(stream);
        var builder = new SchemaBuilder(Scalars.All);
        builder.Build(Parser.Parse(reader.ReadToEnd()));
        builder.CoerceDefaults();
        Types = builder.DefinedTypes;
        Schema = (GraphQLObjectType)builder.GetType("__Schema")!;
        TypeType = (GraphQLObjectType)builder.GetType("__Type")!;
        BindSchema();
        BindType();
        BindField((GraphQLObjectType)builder.GetType("__Field")!);
        BindInputValue((GraphQLObjectType)builder.GetType("__InputValue")!);
        BindEnumValue((GraphQLObjectType)builder.GetType("__EnumValue")!);
        BindDirective((GraphQLObjectType)builder.GetType("__Directive")!);
        SchemaField = new GraphQLField("__schema", new GraphQLNonNull(Schema), "Access the current type schema of this server.", []) { Resolver = c => c.Schema };
        TypeField = new GraphQLField("__type", TypeType, "Request the type information of a single type.", [new GraphQLArgument("name", new GraphQLNonNull(Scalars.String), null)])
        {
            Resolver = c => c.Schema.GetType(c.GetArgument<string>("name")!),
        };
        TypeNameField = new GraphQLField("__typename", new GraphQLNonNull(Scalars.String), "The name of the current Object type at runtime.", []) { Resolver = c => c.ParentType.Name };
    }

    /// <summary>Every introspection type, in definition order.</summary>
    public static IReadOnlyList<GraphQLNamedType> Types { get; }

    /// <summary>The <c>__Schema</c> type.</summary>
    public static GraphQLObjectType Schema { get; }

    /// <summary>The <c>__Type</c> type.</summary>
    public static GraphQLObjectType TypeType { get; }

    /// <summary>The <c>__schema</c> meta-field of the query root.</summary>
    public static GraphQLField SchemaField { get; }

    /// <summary>The <c>__type(name:)</c> meta-field of the query root.</summary>
    public static GraphQLField TypeField { get; }

    /// <summary>The <c>__typename</c> meta-field of every composite type.</summary>
    public static GraphQLField TypeNameField { get; }

    private static void On(GraphQLObjectType type, string field, Func<ResolveContext, object?> resolver) => type.GetField(field)!.Resolver = resolver;

    private static void BindSchema()
    {
        On(Schema, "description", c => ((GraphQLSchema)c.Source!).Description);
        On(Schema, "types", c => ((GraphQLSchema)c.Source!).Types);
        On(Schema, "queryType", c => ((GraphQLSchema)c.Source!).QueryType);
        On(Schema, "mutationType", c => ((GraphQLSchema)c.Source!).MutationType);
        On(Schema, "subscriptionType", c => ((GraphQLSchema)c.Source!).SubscriptionType);
        On(Schema, "directives", c => ((GraphQLSchema)c.Source!).Directives);
    }

    private static void BindType()
    {
        On(TypeType, "kind", c => c.Source switch
        {
            GraphQLScalarType => "SCALAR",
            GraphQLObjectType => "OBJECT",
            GraphQLInterfaceType => "INTERFACE",
            GraphQLUnionType => "UNION",
            GraphQLEnumType => "ENUM",
            GraphQLInputObjectType => "INPUT_OBJECT",
            GraphQLList => "LIST",
            _ => "NON_NULL",
        });
        On(TypeType, "name", c => (c.Source as GraphQLNamedType)?.Name);
        On(TypeType, "description", c => (c.Source as GraphQLNamedType)?.Description);
        On(TypeType, "specifiedByURL", c => (c.Source as GraphQLScalarType)?.SpecifiedByUrl);
        On(TypeType, "fields", c => c.Source is GraphQLFieldsType t ? t.Fields.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null).ToList() : null);
        On(TypeType, "interfaces", c => (c.Source as GraphQLFieldsType)?.Interfaces);
        On(TypeType, "possibleTypes", c => c.Source is GraphQLCompositeType { IsAbstract: true } t ? c.Schema.GetPossibleTypes(t) : null);
        On(TypeType, "enumValues", c => c.Source is GraphQLEnumType e ? e.Values.Where(v => IncludeDeprecated(c) || v.DeprecationReason is null).ToList() : null);
        On(TypeType, "inputFields", c => c.Source is GraphQLInputObjectType i ? i.Fields.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null).ToList() : null);
        On(TypeType, "ofType", c => c.Source switch
        {
            GraphQLList l => l.OfType,
            GraphQLNonNull n => n.OfType,
            _ => null,
        });
        On(TypeType, "isOneOf", c => c.Source is GraphQLInputObjectType i ? i.IsOneOf : null);
    }

    private static void BindField(GraphQLObjectType type)
    {
        On(type, "name", c => ((GraphQLField)c.Source!).Name);
        On(type, "description", c => ((GraphQLField)c.Source!).Description);
        On(type, "args", c => ((GraphQLField)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || a.DeprecationReason is null).ToList());
        On(type, "type", c => ((GraphQLField)c.Source!).Type);
        On(type, "isDeprecated", c => ((GraphQLField)c.Source!).DeprecationReason is not null);
        On(type, "deprecationReason", c => ((GraphQLField)c.Source!).DeprecationReason);
    }

    private static void BindInputValue(GraphQLObjectType type)
    {
        On(type, "name", c => ((GraphQLArgument)c.Source!).Name);
        On(type, "description", c => ((GraphQLArgument)c.Source!).Description);
        On(type, "type", c => ((GraphQLArgument)c.Source!).Type);
        On(type, "defaultValue", c =>
        {
            var argument = (GraphQLArgument)c.Source!;
            return argument.HasDefaultValue && AstFromValue.Convert(argument.DefaultValue, argument.Type) is { } literal ? Printer.Print(literal) : null;
        });
        On(type, "isDeprecated", c => ((GraphQLArgument)c.Source!).DeprecationReason is not null);
        On(type, "deprecationReason", c => ((GraphQLArgument)c.Source!).DeprecationReason);
    }

    private static void BindEnumValue(GraphQLObjectType type)
    {
        On(type, "name", c => ((GraphQLEnumValue)c.Source!).Name);
        On(type, "description", c => ((GraphQLEnumValue)c.Source!).Description);
        On(type, "isDeprecated", c => ((GraphQLEnumValue)c.Source!).DeprecationReason is not null);
        On(type, "deprecationReason", c => ((GraphQLEnumValue)c.Source!).DeprecationReason);
    }

    private static void BindDirective(GraphQLObjectType type)
    {
        On(type, "name", c => ((GraphQLDirective)c.Source!).Name);
        On(type, "description", c => ((GraphQLDirective)c.Source!).Description);
        On(type, "isRepeatable", c => ((GraphQLDirective)c.Source!).IsRepeatable);
        On(type, "locations", c => ((GraphQLDirective)c.Source!).Locations.Select(l => l.ToString()).ToList());
        On(type, "args", c => ((GraphQLDirective)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || a.DeprecationReason is null).ToList());
    }

    private static bool IncludeDeprecated(ResolveContext context) => context.GetArgument<bool>("includeDeprecated");
}
