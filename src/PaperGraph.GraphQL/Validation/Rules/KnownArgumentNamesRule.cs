using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: every argument must be defined by the field or directive.</summary>
public sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is ArgumentNode argument && Context.TypeInfo.Argument is null)
        {
            if (parent is DirectiveNode && Context.TypeInfo.Directive is { } directiveDef)
            {
                Context.ReportError($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directiveDef.Name}\".", argument);
            }
            else if (parent is FieldNode && Context.TypeInfo.FieldDef is { } fieldDef && Context.TypeInfo.ParentType is { } parentType)
            {
                Context.ReportError($"Unknown argument \"{argument.Name.Value}\" on field \"{parentType.Name}.{fieldDef.Name}\".", argument);
            }
        }
        return VisitAction.Continue;
    }
}
