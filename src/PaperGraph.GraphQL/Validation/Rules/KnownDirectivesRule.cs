using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined, and 5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc/>
    public override VisitAction Enter(ASTNode node, ASTNode? parent)
    {
        if (node is not DirectiveNode directive)
        {
            return VisitAction.Continue;
        }
        var definition = Context.Schema.GetDirective(directive.Name.Value);
        if (definition is null)
        {
            Context.ReportError($"Unknown directive \"@{directive.Name.Value}\".", directive);
            return VisitAction.Continue;
        }
        var location = LocationOf(parent);
        if (location is { } l && !definition.Locations.Contains(l))
        {
            Context.ReportError($"Directive \"@{directive.Name.Value}\" may not be used on {l}.", directive);
        }
        return VisitAction.Continue;
    }

    private static DirectiveLocation? LocationOf(ASTNode? node) => node switch
    {
        OperationDefinitionNode o => o.Operation switch
        {
            OperationType.Query => DirectiveLocation.QUERY,
            OperationType.Mutation => DirectiveLocation.MUTATION,
            _ => DirectiveLocation.SUBSCRIPTION,
        },
        FieldNode => DirectiveLocation.FIELD,
        FragmentSpreadNode => DirectiveLocation.FRAGMENT_SPREAD,
        InlineFragmentNode => DirectiveLocation.INLINE_FRAGMENT,
        FragmentDefinitionNode => DirectiveLocation.FRAGMENT_DEFINITION,
        VariableDefinitionNode => DirectiveLocation.VARIABLE_DEFINITION,
        _ => null,
    };
}
