using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3 Fragments On Composite Types.</summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition } when IsNotComposite(condition):
                Context.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
                break;
            case FragmentDefinitionNode fragment when IsNotComposite(fragment.TypeCondition):
                Context.ReportError($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".", fragment.TypeCondition);
                break;
        }
        return VisitAction.Continue;
    }

    private bool IsNotComposite(NamedTypeNode condition) =>
        Context.Schema.GetType(condition.Name.Value) is { } type && type is not GraphQLCompositeType;
}
