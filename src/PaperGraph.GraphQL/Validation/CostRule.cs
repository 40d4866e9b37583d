using System.Globalization;
using PaperGraph.GraphQL.Language;

using PaperGraph.GraphQL.Validation;

namespace PaperGraph.GraphQL;

/// <summary>
/// Estimates an operation's cost as fields times list multipliers, each multiplier read from a <c>first</c> or
/// <c>last</c> argument (literal, or variable default) or else a default, and rejects operations above a maximum.
/// </summary>
public sealed class CostRule : ValidationRule
{
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
        if (node is OperationDefinitionNode operation)
        {
            var defaults = operation.VariableDefinitions.Where(v => v.DefaultValue is IntValueNode)
                .ToDictionary(v => v.Variable.Name.Value, v => ((IntValueNode)v.DefaultValue!).Value, StringComparer.Ordinal);
            var cost = Cost(operation.SelectionSet, 1, defaults, []);
            if (cost > _options.MaxCost)
            {
                Context.ReportError($"Operation {(operation.Name is null ? "(anonymous)" : $"\"{operation.Name.Value}\"")} has an estimated cost of {cost.ToString("0", CultureInfo.InvariantCulture)}, which exceeds the maximum cost of {_options.MaxCost.ToString(CultureInfo.InvariantCulture)}.", operation);
            }
        }
        return node is DocumentNode ? VisitAction.Continue : VisitAction.SkipChildren;
    }

    private double Cost(SelectionSetNode set, double multiplier, Dictionary<string, string> defaults, HashSet<string> fragmentsOnPath)
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
                        total += Cost(child, multiplier * Multiplier(field, defaults), defaults, fragmentsOnPath);
                    }
                    break;
                case InlineFragmentNode inline:
                    total += Cost(inline.SelectionSet, multiplier, defaults, fragmentsOnPath);
                    break;
                case FragmentSpreadNode spread when Context.Fragments.TryGetValue(spread.Name.Value, out var fragment) && fragmentsOnPath.Add(spread.Name.Value):
                    total += Cost(fragment.SelectionSet, multiplier, defaults, fragmentsOnPath);
                    fragmentsOnPath.Remove(spread.Name.Value);
                    break;
            }
        }
        return total;
    }

    private double Multiplier(FieldNode field, Dictionary<string, string> defaults)
    {
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
                if (text is not null && double.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                {
                    return Math.Max(1, n);
                }
                return _options.DefaultListSize;
            }
        }
        return field.SelectionSet is not null && IsListField(field) ? _options.DefaultListSize : 1;
    }

    private bool IsListField(FieldNode field) =>
        Context.TypeInfo.Schema.Types.OfType<Types.GraphQLFieldsType>()
            .Select(t => t.GetField(field.Name.Value)?.Type).Any(t => t?.Nullable is Types.GraphQLList);
}

/// <summary>Limits for <see cref="CostRule"/>.</summary>
public sealed class CostRuleOptions
{
    /// <summary>The highest estimated cost allowed.</summary>
    public int MaxCost { get; init; } = 10_000;

    /// <summary>The multiplier for a list field without a <c>first</c> or <c>last</c> argument.</summary>
    public int DefaultListSize { get; init; } = 10;
}
