using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Execution;

/// <summary>Implements 'CollectFields' (spec 6.3.2) and turns the grouped fields into field plans.</summary>
internal static class PlanBuilder
{
    /// <summary>Collects the sub-fields of <paramref name="fieldNodes"/> for <paramref name="type"/>; says whether the result can be cached.</summary>
    public static (FieldPlan[] Plans, bool Cacheable) Build(ExecutionState state, GraphQLObjectType type, IReadOnlyList<FieldNode> fieldNodes)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var cacheable = true;
        HashSet<string>? visited = null;
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null)
            {
                Collect(state, type, node.SelectionSet, grouped, order, ref visited, ref cacheable);
            }
        }
        return (ToPlans(state, type, grouped, order), cacheable);
    }

    /// <summary>Collects the root fields of an operation.</summary>
    public static (FieldPlan[] Plans, bool Cacheable) BuildRoot(ExecutionState state, GraphQLObjectType type, SelectionSetNode selectionSet)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var cacheable = true;
        HashSet<string>? visited = null;
        Collect(state, type, selectionSet, grouped, order, ref visited, ref cacheable);
        return (ToPlans(state, type, grouped, order), cacheable);
    }

    private static FieldPlan[] ToPlans(ExecutionState state, GraphQLObjectType type, Dictionary<string, List<FieldNode>> grouped, List<string> order)
    {
        var plans = new List<FieldPlan>(order.Count);
        foreach (var key in order)
        {
            var nodes = grouped[key];
            var field = FindField(state.Schema, type, nodes[0].Name.Value);
            if (field is null)
            {
                continue;
            }
            var plan = new FieldPlan(key, field, nodes, type);
            if (!plan.ArgumentsUseVariables)
            {
                try
                {
                    plan.StaticArguments = ArgumentCoercion.Coerce(field, nodes[0], null);
                }
                catch (GraphQLException ex)
                {
                    plan.StaticArgumentsError = ex;
                }
            }
            plans.Add(plan);
        }
        return [.. plans];
    }

    /// <summary>Finds a field of a type, including the introspection meta-fields.</summary>
    public static GraphQLField? FindField(GraphQLSchema schema, GraphQLObjectType type, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename")
            {
                return Introspection.TypeNameField;
            }
            if (ReferenceEquals(type, schema.QueryType))
            {
                if (name == "__schema")
                {
                    return Introspection.SchemaField;
                }
                if (name == "__type")
                {
                    return Introspection.TypeField;
                }
            }
        }
        return type.GetField(name);
    }

    private static void Collect(ExecutionState state, GraphQLObjectType type, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> grouped, List<string> order, ref HashSet<string>? visited, ref bool cacheable)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0)
            {
                if (UsesVariables(selection.Directives))
                {
                    cacheable = false;
                }
                if (!ShouldInclude(selection, state.Variables))
                {
                    continue;
                }
            }
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        grouped[key] = list = [];
                        order.Add(key);
                    }
                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentConditionMatch(state.Schema, inline.TypeCondition, type))
                    {
                        Collect(state, type, inline.SelectionSet, grouped, order, ref visited, ref cacheable);
                    }
                    break;
                case FragmentSpreadNode spread:
                    visited ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visited.Add(spread.Name.Value) || !state.Fragments.TryGetValue(spread.Name.Value, out var fragment))
                    {
                        continue;
                    }
                    if (DoesFragmentConditionMatch(state.Schema, fragment.TypeCondition, type))
                    {
                        Collect(state, type, fragment.SelectionSet, grouped, order, ref visited, ref cacheable);
                    }
                    break;
            }
        }
    }

    private static bool DoesFragmentConditionMatch(GraphQLSchema schema, NamedTypeNode condition, GraphQLObjectType type)
    {
        var conditionType = schema.GetType(condition.Name.Value);
        return ReferenceEquals(conditionType, type) || (conditionType is GraphQLCompositeType { IsAbstract: true } abstractType && schema.IsSubType(abstractType, type));
    }

    private static bool UsesVariables(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                if (argument.Value is VariableNode)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Applies @skip and @include.</summary>
    public static bool ShouldInclude(SelectionNode selection, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }
            var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if");
            var value = argument?.Value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => variables.TryGetValue(v.Name.Value, out var x) && x is true,
                _ => false,
            };
            if (name == "skip" ? value : !value)
            {
                return false;
            }
        }
        return true;
    }
}
