using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.2 Fragment Spread Type Existence, and every named type reference: the type must exist.</summary>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is TypeSystemNode)
        {
            return VisitAction.SkipChildren;
        }
        if (node is NamedTypeNode named && Context.Schema.GetType(named.Name.Value) is null)
        {
            Context.ReportError($"Unknown type \"{named.Name.Value}\".", named);
        }
        return VisitAction.Continue;
    }
}
