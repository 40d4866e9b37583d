using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.3 Directives Are Unique Per Location (unless repeatable).</summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is IHasDirectives { Directives.Count: > 1 } owner)
        {
            var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            foreach (var directive in owner.Directives)
            {
                var definition = Context.Schema.GetDirective(directive.Name.Value);
                if (definition is null || definition.IsRepeatable)
                {
                    continue;
                }
                if (seen.TryGetValue(directive.Name.Value, out var first))
                {
                    Context.ReportError($"The directive \"@{directive.Name.Value}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[directive.Name.Value] = directive;
                }
            }
        }
        return VisitAction.Continue;
    }
}
