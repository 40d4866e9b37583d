using System.Collections.Concurrent;
using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Execution;

/// <summary>
/// One response key of a collected selection set, resolved ahead of time: the field definition, the merged
/// field nodes, arguments coerced once when they use no variables, and cached child plans per object type.
/// </summary>
internal sealed class FieldPlan
{
    // Each cache slot is one immutable pair swapped in whole, so concurrent requests never see a type
    // matched with another type's plans or accessor.
    private ChildPlans? _childPlans;
    private ConcurrentDictionary<GraphQLObjectType, FieldPlan[]>? _otherChildPlans;
    private CachedAccessor? _accessor;

    public FieldPlan(string responseKey, GraphQLField field, List<FieldNode> nodes, GraphQLObjectType parentType)
    {
        ParentTypeName = parentType.Name;
        EncodedKey = System.Text.Json.JsonEncodedText.Encode(responseKey);
        ResponseKey = responseKey;
        Field = field;
        Nodes = nodes;
        ArgumentsUseVariables = nodes[0].Arguments.Any(a => ValueUsesVariables(a.Value));
    }

    public string ResponseKey { get; }

    public string ParentTypeName { get; }

    /// <summary>The response key, UTF-8 encoded once for the JSON writer.</summary>
    public System.Text.Json.JsonEncodedText EncodedKey { get; }

    public GraphQLField Field { get; }

    public List<FieldNode> Nodes { get; }

    public bool ArgumentsUseVariables { get; }

    /// <summary>Arguments coerced at plan time (when they use no variables), or the error doing so gave.</summary>
    public IReadOnlyDictionary<string, object?>? StaticArguments { get; set; }

    public GraphQLException? StaticArgumentsError { get; set; }

    public SourceLocation Location => Nodes[0].Location?.StartLocation ?? default;

    /// <summary>The child plans for a runtime object type, built once per type when no @skip/@include depends on variables.</summary>
    public FieldPlan[] GetChildPlans(GraphQLObjectType type, ExecutionState state)
    {
        var first = _childPlans;
        if (first is not null && ReferenceEquals(type, first.Type))
        {
            return first.Plans;
        }
        if (_otherChildPlans is not null && _otherChildPlans.TryGetValue(type, out var cached))
        {
            return cached;
        }
        var (plans, cacheable) = PlanBuilder.Build(state, type, Nodes);
        if (!cacheable)
        {
            return plans;
        }
        if (first is null)
        {
            _childPlans = new ChildPlans(type, plans);
        }
        else
        {
            (_otherChildPlans ??= new())[type] = plans;
        }
        return plans;
    }

    /// <summary>The compiled accessor for a CLR type already seen by this plan, tried before any interface checks.</summary>
    public bool TryGetCachedAccessor(Type type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Func<object, object?>? accessor)
    {
        var cached = _accessor;
        accessor = cached?.Read;
        return accessor is not null && ReferenceEquals(type, cached!.Type);
    }

    /// <summary>Reads a property of a CLR object, caching the accessor for the last type seen.</summary>
    public Func<object, object?>? GetAccessor(Type type)
    {
        var cached = _accessor;
        if (cached is not null && ReferenceEquals(type, cached.Type))
        {
            return cached.Read;
        }
        var accessor = DefaultResolver.GetAccessor(type, Field.Name);
        _accessor = new CachedAccessor(type, accessor);
        return accessor;
    }

    public bool SelectsChild(string name, ExecutionState state)
    {
        foreach (var node in Nodes)
        {
            if (node.SelectionSet is not null && Selects(node.SelectionSet, name, state, 0))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Selects(SelectionSetNode set, string name, ExecutionState state, int depth)
    {
        if (depth > 32)
        {
            return false;
        }
        foreach (var selection in set.Selections)
        {
            if (!PlanBuilder.ShouldInclude(selection, state.Variables))
            {
                continue;
            }
            var found = selection switch
            {
                FieldNode f => f.Name.Value == name,
                InlineFragmentNode i => Selects(i.SelectionSet, name, state, depth + 1),
                FragmentSpreadNode s => state.Fragments.TryGetValue(s.Name.Value, out var fragment) && Selects(fragment.SelectionSet, name, state, depth + 1),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }
        return false;
    }

    private static bool ValueUsesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode l => l.Values.Any(ValueUsesVariables),
        ObjectValueNode o => o.Fields.Any(f => ValueUsesVariables(f.Value)),
        _ => false,
    };

    private sealed record ChildPlans(GraphQLObjectType Type, FieldPlan[] Plans);

    private sealed record CachedAccessor(Type Type, Func<object, object?>? Read);
}
