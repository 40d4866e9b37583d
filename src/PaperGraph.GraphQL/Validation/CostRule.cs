using System.Globalization;
using PaperGraph.GraphQL.Language;

using PaperGraph.GraphQL.Validation;

namespace PaperGraph.GraphQL;

/// <summary>
/// Estimates an operation's cost as fields times list multipliers and rejects operations above a
/// maximum. The multiplier of a field that takes <c>first</c> or <c>last</c> (a paged connection)
/// is that argument (literal, or variable default) or else the default list size, and the
/// connection's own <c>nodes</c> and <c>edges</c> lists do not multiply again; any other list
/// field multiplies by the default list size. Fields are looked up on their parent type, so two
/// types' fields of the same name are priced by their own definitions.
/// </summary>
public sealed class CostRule : ValidationRule
{
    private static readonly HashSet<string> PagedListFields = new(StringComparer.Ordinal) { "nodes", "edges" };

    private readonly CostRuleOptions _options;

    /// <summary>Creates the rule for one validation.</summary>
    public CostRule(ValidationContext context, CostRuleOptions options)
        : base(context)
    {
        _options = options;
    }

    /// <summary>A rule factory for <see cref="GraphQLEngineOptions.ExtraRules"/>.</summary>
    public static Func<ValidationContext, ASTVisitor> Create(CostRuleOptions options) => context => new CostRule(context, options);

    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is OperationDefinitionNode operation && Context.Schema.GetRootType(operation.Operation) is { } root)
        {
            var defaults = operation.VariableDefinitions.Where(v => v.DefaultValue is IntValueNode)
                .ToDictionary(v => v.Variable.Name.Value, v => ((IntValueNode)v.DefaultValue!).Value, StringComparer.Ordinal);
            var cost = Cost(operation.SelectionSet, root, paged: false, 1, defaults, []);
            if (cost > _options.MaxCost)
            {
                Context.ReportError($"Operation {(operation.Name is null ? "(anonymous)" : $"\"{operation.Name.Value}\"")} has an estimated cost of {cost.ToString("0", CultureInfo.InvariantCulture)}, which exceeds the maximum cost of {_options.MaxCost.ToString(CultureInfo.InvariantCulture)}.", operation);
            }
        }
        return node is DocumentNode ? VisitAction.Continue : VisitAction.SkipChildren;
    }

    /// <param name="set">The selections.</param>
    /// <param name="type">The type they select from (null when unknown; other rules report that).</param>
    /// <param name="paged">Whether <paramref name="type"/> is a connection whose page size is already counted.</param>
    /// <param name="multiplier">How many times the set is estimated to run.</param>
    /// <param name="defaults">Integer defaults of the operation's variables.</param>
    /// <param name="fragmentsOnPath">Fragments being expanded, against cycles.</param>
    private double Cost(SelectionSetNode set, Types.GraphQLNamedType? type, bool paged, double multiplier, Dictionary<string, string> defaults, HashSet<string> fragmentsOnPath)
    {
        double total = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    total += multiplier;
                    if (field.SelectionSet is { } child && total <= _options.MaxCost)
                    {
                        var definition = (type as Types.GraphQLFieldsType)?.GetField(field.Name.Value);
                        var (fieldMultiplier, isConnection) = Multiplier(field, definition, paged, defaults);
                        total += Cost(child, definition?.Type.NamedType, isConnection, multiplier * fieldMultiplier, defaults, fragmentsOnPath);
                    }
                    break;
                case InlineFragmentNode inline:
                    total += Cost(inline.SelectionSet, inline.TypeCondition is { } condition ? Context.Schema.GetType(condition.Name.Value) : type, paged, multiplier, defaults, fragmentsOnPath);
                    break;
                case FragmentSpreadNode spread when Context.Fragments.TryGetValue(spread.Name.Value, out var fragment) && fragmentsOnPath.Add(spread.Name.Value):
                    total += Cost(fragment.SelectionSet, Context.Schema.GetType(fragment.TypeCondition.Name.Value), paged, multiplier, defaults, fragmentsOnPath);
                    fragmentsOnPath.Remove(spread.Name.Value);
                    break;
            }
        }
        return total;
    }

    private (double Multiplier, bool IsConnection) Multiplier(FieldNode field, Types.GraphQLField? definition, bool parentIsPaged, Dictionary<string, string> defaults)
    {
        var takesPageSize = definition?.Arguments.Any(a => a.Name is "first" or "last") ?? false;
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value is "first" or "last")
            {
                var text = argument.Value switch
                {
                    IntValueNode i => i.Value,
                    VariableNode v => defaults.GetValueOrDefault(v.Name.Value),
                    _ => null,
                };
                var size = text is not null && double.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Max(1, n) : _options.DefaultListSize;
                return (size, IsConnection: definition?.Type.Nullable is not Types.GraphQLList);
            }
        }
        if (takesPageSize)
        {
            return (_options.DefaultListSize, IsConnection: definition!.Type.Nullable is not Types.GraphQLList);
        }
        var isList = definition?.Type.Nullable is Types.GraphQLList;
        return (isList && !(parentIsPaged && PagedListFields.Contains(field.Name.Value)) ? _options.DefaultListSize : 1, false);
    }
}

/// <summary>Limits for <see cref="CostRule"/>.</summary>
public sealed class CostRuleOptions
{
    /// <summary>The highest estimated cost allowed.</summary>
    public int MaxCost { get; init; } = 10_000;

    /// <summary>The multiplier for a list field without a <c>first</c> or <c>last</c> argument.</summary>
    public int DefaultListSize { get; init; } = 10;
}
