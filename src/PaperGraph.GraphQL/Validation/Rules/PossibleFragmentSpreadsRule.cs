using PaperGraph.GraphQL.Language;
using PaperGraph.GraphQL.Types;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.3 Fragment spread is possible: the fragment's type and the parent type must overlap.</summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                if (Context.TypeInfo.Type?.NamedType is GraphQLCompositeType fragType && Context.TypeInfo.ParentType is { } parentType
                    && !TypeComparators.DoTypesOverlap(Context.Schema, fragType, parentType))
                {
                    Context.ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".", inline);
                }
                break;
            case FragmentSpreadNode spread:
                if (Context.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && Context.Schema.GetType(fragment.TypeCondition.Name.Value) is GraphQLCompositeType spreadType
                    && Context.TypeInfo.ParentType is { } spreadParent
                    && !TypeComparators.DoTypesOverlap(Context.Schema, spreadType, spreadParent))
                {
                    Context.ReportError($"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{spreadParent.Name}\" can never be of type \"{spreadType.Name}\".", spread);
                }
                break;
        }
        return VisitAction.Continue;
    }
}
