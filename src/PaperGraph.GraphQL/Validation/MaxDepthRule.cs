using PaperGraph.GraphQL.Language;

using PaperGraph.GraphQL.Validation;

namespace PaperGraph.GraphQL;

/// <summary>Rejects operations whose field nesting (through fragments) is deeper than a limit.</summary>
public static class MaxDepthRule
{
    /// <summary>A rule factory for <see cref="GraphQLEngineOptions.ExtraRules"/>.</summary>
    public static Func<ValidationContext, ASTVisitor> Create(int maxDepth) => context => new Rule(context, maxDepth);

    private sealed class Rule(ValidationContext context, int maxDepth) : ValidationRule(context)
    {
        public override VisitAction Enter(ASTNode node, ASTNode? parent)
        {
            if (node is OperationDefinitionNode operation)
            {
                var depth = Depth(operation.SelectionSet, 0, []);
                if (depth > maxDepth)
                {
                    Context.ReportError($"Operation {(operation.Name is null ? "(anonymous)" : $"\"{operation.Name.Value}\"")} has depth {depth}, which exceeds the maximum depth of {maxDepth}.", operation);
                }
            }
            return node is DocumentNode ? VisitAction.Continue : VisitAction.SkipChildren;
        }

        private int Depth(SelectionSetNode set, int depth, HashSet<string> fragmentsOnPath)
        {
            if (depth > maxDepth)
            {
                return depth;
            }
            var deepest = depth;
            foreach (var selection in set.Selections)
            {
                var d = selection switch
                {
                    FieldNode { SelectionSet: { } child } => Depth(child, depth + 1, fragmentsOnPath),
                    FieldNode => depth + 1,
                    InlineFragmentNode inline => Depth(inline.SelectionSet, depth, fragmentsOnPath),
                    FragmentSpreadNode spread when Context.Fragments.TryGetValue(spread.Name.Value, out var fragment) && fragmentsOnPath.Add(spread.Name.Value)
                        => DepthThrough(fragment, depth, fragmentsOnPath),
                    _ => depth,
                };
                deepest = Math.Max(deepest, d);
            }
            return deepest;
        }

        private int DepthThrough(FragmentDefinitionNode fragment, int depth, HashSet<string> fragmentsOnPath)
        {
            var d = Depth(fragment.SelectionSet, depth, fragmentsOnPath);
            fragmentsOnPath.Remove(fragment.Name.Value);
            return d;
        }
    }
}
