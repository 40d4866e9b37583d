using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.1 Field Selections: the field must be defined on the parent type.</summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is FieldNode field && Context.TypeInfo.ParentType is { } parentType && Context.TypeInfo.FieldDef is null)
        {
            Context.ReportError($"Cannot query field \"{field.Name.Value}\" on type \"{parentType.Name}\".", field);
        }
        return VisitAction.Continue;
    }
}
