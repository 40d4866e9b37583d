using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1 Required Arguments.</summary>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override void Leave(ASTNode node, ASTNode? parent)
    {
        switch (node)
        {
            case FieldNode field when Context.TypeInfo.FieldDef is { } fieldDef:
                foreach (var argument in fieldDef.Arguments)
                {
                    if (argument.IsRequired && field.Arguments.All(a => a.Name.Value != argument.Name))
                    {
                        Context.ReportError($"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", field);
                    }
                }
                break;
            case DirectiveNode directive when Context.Schema.GetDirective(directive.Name.Value) is { } definition:
                foreach (var argument in definition.Arguments)
                {
                    if (argument.IsRequired && directive.Arguments.All(a => a.Name.Value != argument.Name))
                    {
                        Context.ReportError($"Directive \"@{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", directive);
                    }
                }
                break;
        }
    }
}
