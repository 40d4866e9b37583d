using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.2 Field Selection Merging: fields with the same response key must be mergeable.</summary>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private sealed record Entry(GraphQLCompositeType? ParentType, FieldNode Node, GraphQLField? Definition, string? Origin);

    private sealed record Conflict(string ResponseKey, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is SelectionSetNode set)
        {
            var entries = new List<Entry>();
            CollectEntries(Context.TypeInfo.ParentType, set, entries, null, new HashSet<string>(StringComparer.Ordinal), topLevel: true);
            foreach (var group in entries.GroupBy(e => e.Node.ResponseKey))
            {
                var list = group.ToList();
                for (var i = 0; i < list.Count; i++)
                {
                    for (var j = i + 1; j < list.Count; j++)
                    {
                        if (list[i].Origin is not null && list[i].Origin == list[j].Origin)
                        {
                            continue;
                        }
                        if (FindConflict(group.Key, list[i], list[j], false, 0) is { } conflict)
                        {
                            var nodes = new List<ASTNode?> { list[i].Node };
                            nodes.AddRange(conflict.Fields1);
                            nodes.Add(list[j].Node);
                            nodes.AddRange(conflict.Fields2);
                            Context.ReportError($"Fields \"{group.Key}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.", nodes.ToArray());
                        }
                    }
                }
            }
        }
        return VisitAction.Continue;
    }

    private void CollectEntries(GraphQLCompositeType? parentType, SelectionSetNode set, List<Entry> entries, string? origin, HashSet<string> spreads, bool topLevel)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is null ? null : Context.TypeInfo.FindField(parentType, field.Name.Value);
                    entries.Add(new Entry(parentType, field, definition, origin));
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? Context.Schema.GetType(condition.Name.Value) as GraphQLCompositeType : parentType;
                    CollectEntries(inlineType, inline.SelectionSet, entries, origin, spreads, topLevel);
                    break;
                case FragmentSpreadNode spread:
                    if (spreads.Add(spread.Name.Value) && Context.Fragments.TryGetValue(spread.Name.Value, out var fragment))
                    {
                        var fragmentType = Context.Schema.GetType(fragment.TypeCondition.Name.Value) as GraphQLCompositeType;
                        CollectEntries(fragmentType, fragment.SelectionSet, entries, topLevel && origin is null ? spread.Name.Value : origin, spreads, topLevel);
                    }
                    break;
            }
        }
    }

    private Conflict? FindConflict(string responseKey, Entry a, Entry b, bool parentsMutuallyExclusive, int depth)
    {
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(a.ParentType, b.ParentType) && a.ParentType is GraphQLObjectType && b.ParentType is GraphQLObjectType);
        if (!mutuallyExclusive)
        {
            if (a.Node.Name.Value != b.Node.Name.Value)
            {
                return new Conflict(responseKey, $"\"{a.Node.Name.Value}\" and \"{b.Node.Name.Value}\" are different fields", [], []);
            }
            if (!SameArguments(a.Node, b.Node))
            {
                return new Conflict(responseKey, "they have differing arguments", [], []);
            }
        }
        var typeA = a.Definition?.Type;
        var typeB = b.Definition?.Type;
        if (typeA is not null && typeB is not null && DoTypesConflict(typeA, typeB))
        {
            return new Conflict(responseKey, $"they return conflicting types \"{typeA}\" and \"{typeB}\"", [], []);
        }
        if (a.Node.SelectionSet is { } setA && b.Node.SelectionSet is { } setB && depth < 64)
        {
            var entriesA = new List<Entry>();
            var entriesB = new List<Entry>();
            CollectEntries(typeA?.NamedType as GraphQLCompositeType, setA, entriesA, null, new HashSet<string>(StringComparer.Ordinal), topLevel: false);
            CollectEntries(typeB?.NamedType as GraphQLCompositeType, setB, entriesB, null, new HashSet<string>(StringComparer.Ordinal), topLevel: false);
            var subConflicts = new List<Conflict>();
            foreach (var x in entriesA)
            {
                foreach (var y in entriesB)
                {
                    if (x.Node.ResponseKey == y.Node.ResponseKey && FindConflict(x.Node.ResponseKey, x, y, mutuallyExclusive, depth + 1) is { } sub)
                    {
                        subConflicts.Add(sub with { Fields1 = [x.Node, .. sub.Fields1], Fields2 = [y.Node, .. sub.Fields2] });
                    }
                }
            }
            if (subConflicts.Count > 0)
            {
                var reason = "subfields " + string.Join(" and ", subConflicts.Select(c => $"\"{c.ResponseKey}\" conflict because {c.Reason}"));
                return new Conflict(responseKey, reason, subConflicts.SelectMany(c => c.Fields1).ToList(), subConflicts.SelectMany(c => c.Fields2).ToList());
            }
        }
        return null;
    }

    private static bool SameArguments(FieldNode a, FieldNode b)
    {
        if (a.Arguments.Count != b.Arguments.Count)
        {
            return false;
        }
        foreach (var argument in a.Arguments)
        {
            var other = b.Arguments.FirstOrDefault(x => x.Name.Value == argument.Name.Value);
            if (other is null || Printer.Print(other.Value) != Printer.Print(argument.Value))
            {
                return false;
            }
        }
        return true;
    }

    private static bool DoTypesConflict(GraphQLType a, GraphQLType b)
    {
        if (a is GraphQLList listA)
        {
            return b is not GraphQLList listB || DoTypesConflict(listA.OfType, listB.OfType);
        }
        if (b is GraphQLList)
        {
            return true;
        }
        if (a is GraphQLNonNull nonNullA)
        {
            return b is not GraphQLNonNull nonNullB || DoTypesConflict(nonNullA.OfType, nonNullB.OfType);
        }
        if (b is GraphQLNonNull)
        {
            return true;
        }
        if (a is GraphQLScalarType or GraphQLEnumType || b is GraphQLScalarType or GraphQLEnumType)
        {
            return !ReferenceEquals(a, b);
        }
        return false;
    }
}
