using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.2 Fragment spreads must not form cycles.</summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndex = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            DetectCycle(fragment);
        }
        return node is DocumentNode ? VisitAction.Continue : VisitAction.SkipChildren;
    }

    private void DetectCycle(FragmentDefinitionNode fragment)
    {
        if (!_visited.Add(fragment.Name.Value))
        {
            return;
        }
        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }
        _spreadPathIndex[fragment.Name.Value] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var name = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndex.TryGetValue(name, out var cycleIndex))
            {
                if (Context.Fragments.TryGetValue(name, out var target))
                {
                    DetectCycle(target);
                }
            }
            else
            {
                var cyclePath = _spreadPath.Skip(cycleIndex).ToList();
                var via = cyclePath.Take(cyclePath.Count - 1).Select(s => $"\"{s.Name.Value}\"").ToList();
                Context.ReportError($"Cannot spread fragment \"{name}\" within itself" + (via.Count > 0 ? " via " + string.Join(", ", via) + "." : "."), cyclePath.ToArray<ASTNode?>());
            }
            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
        _spreadPathIndex.Remove(fragment.Name.Value);
    }
}
