using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.3.1 Single root field for subscriptions, which may not be an introspection field.</summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation || Context.Schema.SubscriptionType is null)
        {
            return node is DocumentNode ? VisitAction.Continue : VisitAction.SkipChildren;
        }
        var fields = new List<FieldNode>();
        Collect(operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var keys = fields.Select(f => f.ResponseKey).Distinct().ToList();
        var label = operation.Name is null ? "Anonymous Subscription" : $"Subscription \"{operation.Name.Value}\"";
        if (keys.Count > 1)
        {
            var extra = fields.Where(f => f.ResponseKey != keys[0]).ToArray<ASTNode?>();
            Context.ReportError($"{label} must select only one top level field.", extra);
        }
        foreach (var field in fields.Where(f => f.Name.Value.StartsWith("__", StringComparison.Ordinal)))
        {
            Context.ReportError($"{label} must not select an introspection top level field.", field);
        }
        return VisitAction.SkipChildren;
    }

    private void Collect(SelectionSetNode set, List<FieldNode> fields, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode f: fields.Add(f); break;
                case InlineFragmentNode i: Collect(i.SelectionSet, fields, visited); break;
                case FragmentSpreadNode s when visited.Add(s.Name.Value) && Context.Fragments.TryGetValue(s.Name.Value, out var fragment):
                    Collect(fragment.SelectionSet, fields, visited);
                    break;
            }
        }
    }
}
