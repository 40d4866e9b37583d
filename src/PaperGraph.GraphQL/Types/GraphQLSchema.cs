using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL;

/// <summary>A complete schema: root types, every named type and the directives.</summary>
public sealed class GraphQLSchema
{
    private readonly Dictionary<string, GraphQLNamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly List<GraphQLNamedType> _types;
    private readonly Dictionary<GraphQLCompositeType, List<GraphQLObjectType>> _possibleTypes = [];
    private readonly Dictionary<GraphQLCompositeType, HashSet<GraphQLCompositeType>> _subTypes = [];

    internal GraphQLSchema(GraphQLObjectType? query, GraphQLObjectType? mutation, GraphQLObjectType? subscription, IReadOnlyList<GraphQLNamedType> types, IReadOnlyList<GraphQLDirective> directives, string? description)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Directives = directives;
        Description = description;
        _types = CollectTypes(types);
        foreach (var type in _types)
        {
            _typeMap[type.Name] = type;
        }
        foreach (var type in _types)
        {
            if (type is GraphQLFieldsType fieldsType)
            {
                foreach (var iface in fieldsType.Interfaces)
                {
                    AddSubType(iface, fieldsType);
                }
            }
            else if (type is GraphQLUnionType union)
            {
                foreach (var member in union.Types)
                {
                    AddSubType(union, member);
                }
            }
        }
    }

    /// <summary>The query root type.</summary>
    public GraphQLObjectType? QueryType { get; }

    /// <summary>The mutation root type, if any.</summary>
    public GraphQLObjectType? MutationType { get; }

    /// <summary>The subscription root type, if any.</summary>
    public GraphQLObjectType? SubscriptionType { get; }

    /// <summary>The schema description, if any.</summary>
    public string? Description { get; }

    /// <summary>Every named type, in graphql-js type map order.</summary>
    public IReadOnlyList<GraphQLNamedType> Types => _types;

    /// <summary>The directives, specified ones first.</summary>
    public IReadOnlyList<GraphQLDirective> Directives { get; }

    /// <summary>Finds a named type.</summary>
    public GraphQLNamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    /// <summary>Finds a directive.</summary>
    public GraphQLDirective? GetDirective(string name)
    {
        foreach (var directive in Directives)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }
        return null;
    }

    /// <summary>The root type of an operation.</summary>
    public GraphQLObjectType? GetRootType(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => QueryType,
        Language.OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types an abstract type may resolve to.</summary>
    public IReadOnlyList<GraphQLObjectType> GetPossibleTypes(GraphQLCompositeType abstractType) => abstractType switch
    {
        GraphQLUnionType union => union.Types,
        GraphQLObjectType obj => [obj],
        _ => _possibleTypes.TryGetValue(abstractType, out var list) ? list : [],
    };

    /// <summary>Whether <paramref name="maybeSub"/> is a member or implementation of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(GraphQLCompositeType abstractType, GraphQLCompositeType maybeSub) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSub);

    private void AddSubType(GraphQLCompositeType super, GraphQLCompositeType sub)
    {
        if (!_subTypes.TryGetValue(super, out var set))
        {
            _subTypes[super] = set = [];
        }
        set.Add(sub);
        if (sub is GraphQLObjectType obj && super is GraphQLInterfaceType)
        {
            if (!_possibleTypes.TryGetValue(super, out var list))
            {
                _possibleTypes[super] = list = [];
            }
            list.Add(obj);
        }
    }

    /// <summary>Orders types as graphql-js does: given types re-collected in order, then roots, directive arguments and introspection.</summary>
    private List<GraphQLNamedType> CollectTypes(IReadOnlyList<GraphQLNamedType> types)
    {
        var ordered = new List<GraphQLNamedType>(types);
        var seen = new HashSet<GraphQLNamedType>(types);
        foreach (var type in types)
        {
            ordered.Remove(type);
            seen.Remove(type);
            Collect(type, ordered, seen);
        }
        foreach (var root in new[] { QueryType, MutationType, SubscriptionType })
        {
            if (root is not null)
            {
                Collect(root, ordered, seen);
            }
        }
        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.NamedType, ordered, seen);
            }
        }
        Collect(Introspection.Schema, ordered, seen);
        return ordered;
    }

    private static void Collect(GraphQLNamedType type, List<GraphQLNamedType> ordered, HashSet<GraphQLNamedType> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }
        ordered.Add(type);
        switch (type)
        {
            case GraphQLUnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, ordered, seen);
                }
                break;
            case GraphQLFieldsType fieldsType:
                foreach (var iface in fieldsType.Interfaces)
                {
                    Collect(iface, ordered, seen);
                }
                foreach (var field in fieldsType.Fields)
                {
                    Collect(field.Type.NamedType, ordered, seen);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.NamedType, ordered, seen);
                    }
                }
                break;
            case GraphQLInputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.NamedType, ordered, seen);
                }
                break;
        }
    }
}
