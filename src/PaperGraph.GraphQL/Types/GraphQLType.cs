namespace PaperGraph.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list/non-null wrapper.</summary>
public abstract class GraphQLType
{
    /// <summary>The innermost named type.</summary>
    public abstract GraphQLNamedType NamedType { get; }

    /// <summary>Whether the type may be used for arguments and variables.</summary>
    public bool IsInputType => NamedType is GraphQLScalarType or GraphQLEnumType or GraphQLInputObjectType;

    /// <summary>Whether the type may be used for fields.</summary>
    public bool IsOutputType => NamedType is not GraphQLInputObjectType;

    /// <summary>The type without a non-null wrapper.</summary>
    public GraphQLType Nullable => this is GraphQLNonNull n ? n.OfType : this;
}

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class GraphQLNamedType(string name, string? description) : GraphQLType
{
    /// <summary>The type name.</summary>
    public string Name { get; } = name;

    /// <summary>The description, if any.</summary>
    public string? Description { get; internal set; } = description;

    /// <inheritdoc/>
    public override GraphQLNamedType NamedType => this;

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>A list of another type.</summary>
public sealed class GraphQLList(GraphQLType ofType) : GraphQLType
{
    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; } = ofType;

    /// <inheritdoc/>
    public override GraphQLNamedType NamedType => OfType.NamedType;

    /// <inheritdoc/>
    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null wrapper of another type.</summary>
public sealed class GraphQLNonNull(GraphQLType ofType) : GraphQLType
{
    /// <summary>The nullable type wrapped.</summary>
    public GraphQLType OfType { get; } = ofType;

    /// <inheritdoc/>
    public override GraphQLNamedType NamedType => OfType.NamedType;

    /// <inheritdoc/>
    public override string ToString() => OfType + "!";
}

/// <summary>An object, interface or union: a type with selectable fields.</summary>
public abstract class GraphQLCompositeType(string name, string? description) : GraphQLNamedType(name, description)
{
    /// <summary>Whether the type is an interface or union, resolved to an object type at run time.</summary>
    public bool IsAbstract => this is GraphQLInterfaceType or GraphQLUnionType;

    /// <summary>For abstract types: resolves a value to the name of its concrete object type, when bound.</summary>
    public Func<object, ResolveContext, string>? ResolveType { get; internal set; }
}

/// <summary>Type comparisons used by validation and execution.</summary>
public static class TypeComparators
{
    /// <summary>Whether two types are the same reference shape.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (GraphQLNonNull x, GraphQLNonNull y) => IsEqualType(x.OfType, y.OfType),
        (GraphQLList x, GraphQLList y) => IsEqualType(x.OfType, y.OfType),
        _ => ReferenceEquals(a, b),
    };

    /// <summary>Whether a value of <paramref name="maybeSub"/> can be used where <paramref name="super"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSub, GraphQLType super)
    {
        if (ReferenceEquals(maybeSub, super))
        {
            return true;
        }
        if (super is GraphQLNonNull superNonNull)
        {
            return maybeSub is GraphQLNonNull subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }
        if (maybeSub is GraphQLNonNull sub)
        {
            return IsTypeSubTypeOf(schema, sub.OfType, super);
        }
        if (super is GraphQLList superList)
        {
            return maybeSub is GraphQLList subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }
        if (maybeSub is GraphQLList)
        {
            return false;
        }
        return super is GraphQLCompositeType { IsAbstract: true } abstractType && maybeSub is GraphQLObjectType or GraphQLInterfaceType
            && schema.IsSubType(abstractType, (GraphQLCompositeType)maybeSub);
    }

    /// <summary>Whether two composite types can have an object type in common.</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, GraphQLCompositeType a, GraphQLCompositeType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a.IsAbstract)
        {
            var abstractA = a;
            if (b.IsAbstract)
            {
                return schema.GetPossibleTypes(abstractA).Any(t => schema.IsSubType(b, t));
            }
            return schema.IsSubType(abstractA, b);
        }
        return b.IsAbstract && schema.IsSubType(b, a);
    }
}
