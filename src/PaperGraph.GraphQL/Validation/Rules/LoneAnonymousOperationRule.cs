using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation.</summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is OperationDefinitionNode { Name: null } operation && Context.Document.Definitions.Count(d => d is OperationDefinitionNode) > 1)
        {
            Context.ReportError("This anonymous operation must be the only defined operation.", operation);
        }
        return node is DocumentNode ? VisitAction.Continue : VisitAction.SkipChildren;
    }
}
